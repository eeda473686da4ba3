package io.policygraph.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wrong API keys counted per client address in a fixed window: once an address has sent
 * {@code policygraph.security.max-key-failures} wrong keys within
 * {@code key-failure-window}, it is blocked until that window ends. At most
 * {@code key-failure-clients} addresses are remembered, the least recently failing
 * forgotten first, so a flood of addresses cannot exhaust memory.
 */
final class KeyFailures {

	private final int maxFailures;

	private final long windowNanos;

	private final Map<String, Window> windows;

	KeyFailures(int maxFailures, Duration window, int maxClients) {
		this.maxFailures = maxFailures;
		this.windowNanos = window.toNanos();
		this.windows = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
				return size() > maxClients;
			}
		};
	}

	private record Window(long start, int failures) {
	}

	/**
	 * How long {@code client} is still blocked, or {@link Duration#ZERO} when it may try
	 * a key.
	 */
	synchronized Duration blocked(String client) {
		Window window = current(client, System.nanoTime());
		if (window == null || window.failures() < this.maxFailures) {
			return Duration.ZERO;
		}
		return Duration.ofNanos(window.start() + this.windowNanos - System.nanoTime());
	}

	/** Counts a wrong key of {@code client}. */
	synchronized void failed(String client) {
		long now = System.nanoTime();
		Window window = current(client, now);
		this.windows.put(client,
				window == null ? new Window(now, 1) : new Window(window.start(), window.failures() + 1));
	}

	private Window current(String client, long now) {
		Window window = this.windows.get(client);
		if (window != null && now - window.start() >= this.windowNanos) {
			this.windows.remove(client);
			return null;
		}
		return window;
	}

}
