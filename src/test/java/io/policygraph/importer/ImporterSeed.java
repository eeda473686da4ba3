package io.policygraph.importer;

import java.nio.file.Path;

/**
 * The importer tests' own graph-seed, a frozen copy of the curated one under
 * {@code src/test/resources/importer/seed/}, so that a curator's edit of
 * {@code graph-seed/} cannot fail a parser or reader test.
 */
public final class ImporterSeed {

	/** The seed folder, for {@code ImportCommand.readSeed} and file copies. */
	public static final Path FOLDER = Path.of("src", "test", "resources", "importer", "seed");

	/** The same folder as a location for {@code SeedReader.read}. */
	public static final String LOCATION = "file:" + FOLDER + "/";

	/** The curated 2018-11 report's folder: its text and its hand-made reading. */
	public static final Path NOVEMBER = FOLDER.resolve(Path.of("reports", "2018-11"));

	private ImporterSeed() {
	}

}
