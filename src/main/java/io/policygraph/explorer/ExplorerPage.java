package io.policygraph.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * The explorer's HTML page as Vite built it, read once at start-up. Absent when the jar
 * was built without it (the npm build skipped on a clone that never ran it): the service
 * still starts, and {@code /} says how to build it.
 */
class ExplorerPage {

	private final String html;

	ExplorerPage(Resource page) {
		this.html = page.exists() ? read(page) : null;
	}

	Optional<String> html() {
		return Optional.ofNullable(html);
	}

	private static String read(Resource page) {
		try {
			return page.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the explorer page " + page, ex);
		}
	}

}
