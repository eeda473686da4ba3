package io.policygraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import io.policygraph.importer.format.ParsedEntry;
import io.policygraph.importer.format.ParsedReport;
import io.policygraph.importer.format.ReportParser;

/** The 2018-11 report, its curated reading, and copies of it with one thing changed. */
public final class ReportFixture {

	public static final Path FOLDER = ImporterSeed.NOVEMBER;

	public static final String FILE_NAME = "internet-plus-monitoring-2018-11.txt";

	private ReportFixture() {
	}

	public static String text() {
		return new String(bytes(), StandardCharsets.UTF_8);
	}

	public static byte[] bytes() {
		try {
			return Files.readAllBytes(FOLDER.resolve(FILE_NAME));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static ParsedReport parse(String text) {
		return new ReportParser().parse(text, FILE_NAME);
	}

	/** The entries of a table row, by the row's heading. */
	public static List<ParsedEntry> row(ParsedReport report, String heading) {
		return report.entries().stream().filter((e) -> e.rowHeading().equals(heading)).toList();
	}

	/** Entry {@code number} (1-based) of a table row. */
	public static ParsedEntry entry(ParsedReport report, String heading, int number) {
		List<ParsedEntry> row = row(report, heading);
		assertThat(row).as("entries of row %s", heading).hasSizeGreaterThanOrEqualTo(number);
		return row.get(number - 1);
	}

	/**
	 * The text with the one occurrence of {@code printed} replaced; fails when it is not
	 * there once.
	 */
	public static String replaceOnce(String text, String printed, String replacement) {
		int at = text.indexOf(printed);
		assertThat(at).as("'%s' in the report", printed).isNotNegative();
		assertThat(text.indexOf(printed, at + 1)).as("'%s' printed once", printed).isNegative();
		return text.substring(0, at) + replacement + text.substring(at + printed.length());
	}

	/**
	 * The text's lines {@code from} to {@code to} (1-based, inclusive), each with its
	 * line break.
	 */
	public static String lines(String text, int from, int to) {
		String[] lines = text.split("\n", -1);
		return String.join("\n", List.of(lines).subList(from - 1, to)) + "\n";
	}

	/** The text without the line that is exactly {@code line}. */
	public static String withoutLine(String text, String line) {
		List<String> kept = new ArrayList<>();
		int removed = 0;
		for (String l : text.split("\n", -1)) {
			if (l.equals(line)) {
				removed++;
			}
			else {
				kept.add(l);
			}
		}
		assertThat(removed).as("lines '%s' removed", line).isEqualTo(1);
		return String.join("\n", kept);
	}

	/** One initiative of the curated initiatives.yaml, the fields the parser reads. */
	public record Curated(String id, int section, String row, String date, String text, String sourceUrl) {
	}

	public static List<Curated> curatedInitiatives() {
		JsonNode root = new YAMLMapper().readTree(FOLDER.resolve("initiatives.yaml"));
		List<Curated> curated = new ArrayList<>();
		for (JsonNode node : root) {
			JsonNode url = node.get("sourceUrl");
			curated.add(new Curated(node.get("id").asString(), node.get("section").asInt(), node.get("row").asString(),
					node.get("date").asString(), node.get("text").asString(),
					(url == null || url.isNull()) ? null : url.asString()));
		}
		return curated;
	}

	public static JsonNode curatedReport() {
		return new YAMLMapper().readTree(FOLDER.resolve("report.yaml"));
	}

	public static JsonNode curatedEvents() {
		return new YAMLMapper().readTree(FOLDER.resolve("events.yaml"));
	}

}
