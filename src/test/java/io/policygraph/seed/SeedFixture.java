package io.policygraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The small seed of real entries in {@code src/test/resources/seed-fixtures/valid/}, and
 * edited copies of it.
 */
final class SeedFixture {

	static final String FIXTURE = "classpath:seed-fixtures/valid/";

	private SeedFixture() {
	}

	/** The fixture's files by their path in the seed. */
	static Map<String, byte[]> fixtureFiles() {
		try {
			var resolver = new PathMatchingResourcePatternResolver();
			String root = resolver.getResource(FIXTURE).getURL().toString();
			var files = new TreeMap<String, byte[]>();
			for (Resource resource : resolver.getResources(FIXTURE + "**/*.yaml")) {
				files.put(resource.getURL().toString().substring(root.length()), resource.getContentAsByteArray());
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A copy of the files with {@code from} replaced by {@code to} in one of them, which
	 * must contain it.
	 */
	static Map<String, byte[]> edit(Map<String, byte[]> files, String path, String from, String to) {
		String text = new String(files.get(path), StandardCharsets.UTF_8);
		assertThat(text).as("fixture %s", path).contains(from);
		var copy = new TreeMap<>(files);
		copy.put(path, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
		return copy;
	}

}
