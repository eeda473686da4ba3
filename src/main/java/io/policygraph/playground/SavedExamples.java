package io.policygraph.playground;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The example queries the playground opens with: every {@code *.graphql} file of
 * {@code playground/examples/} on the classpath, in file-name order (a leading number
 * sets it). Read once at start-up, so a file without a title stops the service instead of
 * a broken page.
 */
class SavedExamples {

	static final String LOCATION = "classpath*:playground/examples/*.graphql";

	private final List<Example> examples;

	SavedExamples(ResourcePatternResolver resources) {
		this.examples = read(resources);
	}

	List<Example> all() {
		return examples;
	}

	private static List<Example> read(ResourcePatternResolver resources) {
		try {
			return Arrays.stream(resources.getResources(LOCATION))
				.sorted(Comparator.comparing(Resource::getFilename))
				.map(SavedExamples::parse)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + LOCATION, ex);
		}
	}

	private static Example parse(Resource file) {
		try {
			return Example.parse(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read example query " + file, ex);
		}
	}

}
