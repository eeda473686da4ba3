package io.policygraph.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.policygraph.web.InvalidArgumentException;

/**
 * Which slice of an ordered list a client asked for. Cursors are opaque to clients; they encode
 * the position after an item, so a page continues where the previous one ended.
 */
public record PageRequest(int offset, int limit) {

	private static final String PREFIX = "after:";

	public static PageRequest of(Integer first, String after, ApiProperties api) {
		int limit = first == null ? api.defaultPageSize() : first;
		if (limit < 0 || limit > api.maxPageSize()) {
			throw new InvalidArgumentException("first", "must be between 0 and " + api.maxPageSize() + ", not " + limit);
		}
		return new PageRequest(after == null ? 0 : decode(after), limit);
	}

	public static String cursor(int position) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

	private static int decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(PREFIX)) {
				int position = Integer.parseInt(text.substring(PREFIX.length()));
				if (position >= 0) {
					return position + 1;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new InvalidArgumentException("after", "is not a cursor this API gave out");
	}

}
