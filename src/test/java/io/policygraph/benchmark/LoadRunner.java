package io.policygraph.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Closed-loop load: N client threads each send a query, wait for its answer and send the
 * next, through a warm-up period and then a measured one. Latencies go to an HdrHistogram
 * {@link Recorder} in microseconds; what the warm-up recorded is dropped.
 */
final class LoadRunner {

	/** A failing system is not hammered: a client pauses this long after an error. */
	private static final long ERROR_PAUSE_MILLIS = 10;

	/**
	 * A query slower than the measured period is measured until its first answers, at
	 * most this much longer.
	 */
	private static final Duration MAX_OVERTIME = Duration.ofSeconds(60);

	private final Duration warmup;

	private final Duration measured;

	LoadRunner(Duration warmup, Duration measured) {
		this.warmup = warmup;
		this.measured = measured;
	}

	Measurement measure(String scale, Target target, String queryId, int clients) throws InterruptedException {
		Recorder recorder = new Recorder(3);
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicBoolean recording = new AtomicBoolean(false);
		AtomicLong errors = new AtomicLong();
		AtomicReference<String> firstError = new AtomicReference<>();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			Thread thread = new Thread(() -> {
				while (running.get()) {
					long start = System.nanoTime();
					try {
						target.run(queryId);
						recorder.recordValue((System.nanoTime() - start) / 1000);
					}
					catch (Exception ex) {
						if (recording.get()) {
							errors.incrementAndGet();
						}
						firstError.compareAndSet(null, String.valueOf(ex));
						pause();
					}
				}
			}, target.name() + "-" + queryId + "-" + i);
			threads.add(thread);
			thread.start();
		}
		Thread.sleep(this.warmup.toMillis());
		recorder.getIntervalHistogram();
		recording.set(true);
		long start = System.nanoTime();
		Thread.sleep(this.measured.toMillis());
		Histogram latencies = recorder.getIntervalHistogram();
		long overtime = System.nanoTime() + MAX_OVERTIME.toNanos();
		while (latencies.getTotalCount() == 0 && errors.get() == 0 && System.nanoTime() < overtime) {
			Thread.sleep(50);
			latencies.add(recorder.getIntervalHistogram());
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		running.set(false);
		for (Thread thread : threads) {
			thread.join();
		}
		return new Measurement(scale, target.name(), queryId, clients, latencies.getTotalCount(), errors.get(),
				millis(latencies.getValueAtPercentile(50)), millis(latencies.getValueAtPercentile(95)),
				millis(latencies.getValueAtPercentile(99)), millis(latencies.getMaxValue()),
				latencies.getTotalCount() == 0 ? 0 : latencies.getMean() / 1000, latencies.getTotalCount() / seconds,
				firstError.get());
	}

	private static double millis(long micros) {
		return micros / 1000.0;
	}

	private static void pause() {
		try {
			Thread.sleep(ERROR_PAUSE_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
