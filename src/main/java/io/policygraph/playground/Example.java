package io.policygraph.playground;

/**
 * A saved example query, as the playground lists it.
 *
 * @param id the file name without its order number and extension, such as
 * {@code companies-in-tianjin} for {@code 01-companies-in-tianjin.graphql}
 * @param title the file's first line without its {@code #}
 * @param query the whole document, title comment included
 */
record Example(String id, String title, String query) {

	/** Reads a file whose first line is a {@code # Title} comment. */
	static Example parse(String fileName, String document) {
		String firstLine = document.lines().findFirst().orElse("").strip();
		if (!firstLine.startsWith("#") || firstLine.substring(1).isBlank()) {
			throw new IllegalStateException(
					"Example query " + fileName + " must start with a '# Title' comment line, not '" + firstLine + "'");
		}
		String id = fileName.replaceFirst("\\.graphql$", "").replaceFirst("^\\d+-", "");
		return new Example(id, firstLine.substring(1).strip(), document.strip() + "\n");
	}

}
