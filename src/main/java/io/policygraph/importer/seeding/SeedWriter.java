package io.policygraph.importer.seeding;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes seed records as the YAML of graph-seed/: one list per file, no empty fields,
 * readable diffs.
 */
final class SeedWriter {

	private final YAMLMapper yaml = YAMLMapper.builder()
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.changeDefaultPropertyInclusion(
				inclusion -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
		.build();

	private static final Pattern EMPTY_LIST = Pattern.compile("(?m)^\\s*\\[\\s*\\]\\s*$\\n?");

	byte[] file(String header, Object content) {
		String body = yaml.writeValueAsString(content);
		return ("# " + header + "\n" + body).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Records to append to an existing entity file, keeping what curators wrote above
	 * untouched.
	 */
	byte[] append(byte[] existing, String header, List<?> records) {
		String current = existing == null ? "" : new String(existing, StandardCharsets.UTF_8);
		// an empty list written as [] takes the records in its place
		current = EMPTY_LIST.matcher(current).replaceAll("");
		if (!current.isEmpty() && !current.endsWith("\n")) {
			current += "\n";
		}
		return (current + "\n# " + header + "\n" + yaml.writeValueAsString(records)).getBytes(StandardCharsets.UTF_8);
	}

}
