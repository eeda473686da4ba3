package io.policygraph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.dataformat.yaml.YAMLMapper;

import io.policygraph.seed.GraphSeed.ReportSeed;
import io.policygraph.seed.SeedRecords.Company;
import io.policygraph.seed.SeedRecords.Event;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.seed.SeedRecords.Ministry;
import io.policygraph.seed.SeedRecords.Organization;
import io.policygraph.seed.SeedRecords.Policy;
import io.policygraph.seed.SeedRecords.Region;
import io.policygraph.seed.SeedRecords.Report;
import io.policygraph.seed.SeedRecords.Sector;

/**
 * Reads a graph-seed folder into records. Syntax errors, unknown fields and values of the wrong
 * type are reported with the file, the line and the record; the content is checked afterwards by
 * {@link SeedValidator}.
 */
public class SeedReader {

	static final String ENTITIES = "entities/";

	private static final Pattern REPORT_FILE = Pattern
		.compile("reports/([^/]+)/(report|initiatives|policies|events)\\.yaml");

	private static final List<String> ENTITY_FILES = List.of("ministries.yaml", "regions.yaml", "companies.yaml",
			"organizations.yaml", "sectors.yaml");

	private final YAMLMapper yaml = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		// A list with one item may be written as that item: `notes: "truncated"`.
		.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
		.build();

	private final ResourcePatternResolver resources;

	public SeedReader(ResourcePatternResolver resources) {
		this.resources = resources;
	}

	public SeedReader() {
		this(new PathMatchingResourcePatternResolver());
	}

	/** Reads every {@code .yaml} file below {@code location}, a folder such as {@code classpath:graph-seed/}. */
	public GraphSeed read(String location) {
		return parse(files(location));
	}

	/** The seed's files below {@code location}, by their path relative to it. */
	public Map<String, byte[]> files(String location) {
		Map<String, byte[]> files = load(location.endsWith("/") ? location : location + "/");
		if (files.isEmpty()) {
			throw new SeedException("No graph-seed files (*.yaml) found at " + location, null);
		}
		return files;
	}

	/** Parses seed files given by their path relative to the seed folder, such as {@code entities/regions.yaml}. */
	public GraphSeed parse(Map<String, byte[]> files) {
		var sorted = new TreeMap<>(files);
		List<String> unknown = sorted.keySet().stream().filter(path -> !isSeedFile(path)).toList();
		if (!unknown.isEmpty()) {
			throw new SeedException(unknown.stream()
				.map(path -> path + ": not a graph-seed file (expected entities/<kind>.yaml,"
						+ " reports/<yyyy-mm>/{report,initiatives,policies,events}.yaml or vocabulary.yaml)")
				.toList());
		}
		var reports = new ArrayList<ReportSeed>();
		for (String path : sorted.keySet()) {
			Matcher matcher = REPORT_FILE.matcher(path);
			if (matcher.matches() && matcher.group(2).equals("report")) {
				reports.add(readReport(sorted, matcher.group(1)));
			}
		}
		for (String path : sorted.keySet()) {
			Matcher matcher = REPORT_FILE.matcher(path);
			if (matcher.matches() && !sorted.containsKey("reports/" + matcher.group(1) + "/report.yaml")) {
				throw new SeedException(path + ": the folder has no report.yaml describing its report", null);
			}
		}
		return new GraphSeed(hash(sorted), list(sorted, ENTITIES + "ministries.yaml", Ministry.class),
				list(sorted, ENTITIES + "regions.yaml", Region.class),
				list(sorted, ENTITIES + "companies.yaml", Company.class),
				list(sorted, ENTITIES + "organizations.yaml", Organization.class),
				list(sorted, ENTITIES + "sectors.yaml", Sector.class), List.copyOf(reports));
	}

	private ReportSeed readReport(Map<String, byte[]> files, String folder) {
		String base = "reports/" + folder + "/";
		String reportPath = base + "report.yaml";
		Report report = value(reportPath, files.get(reportPath), yaml.constructType(Report.class));
		if (report == null) {
			throw new SeedException(reportPath + ": the file is empty", null);
		}
		return new ReportSeed(folder, report, list(files, base + "initiatives.yaml", Initiative.class),
				list(files, base + "policies.yaml", Policy.class), list(files, base + "events.yaml", Event.class));
	}

	private <T> List<T> list(Map<String, byte[]> files, String path, Class<T> type) {
		byte[] bytes = files.get(path);
		if (bytes == null) {
			return List.of();
		}
		List<T> records = value(path, bytes, yaml.getTypeFactory().constructCollectionType(List.class, type));
		if (records == null) {
			return List.of();
		}
		for (int i = 0; i < records.size(); i++) {
			if (records.get(i) == null) {
				throw new SeedException(path + ": record [" + i + "] is empty", null);
			}
		}
		return records;
	}

	private <T> T value(String path, byte[] bytes, JavaType type) {
		try {
			return yaml.readValue(bytes, type);
		}
		catch (JacksonException ex) {
			throw new SeedException(path + describe(ex), ex);
		}
	}

	private static String describe(JacksonException ex) {
		var where = new StringBuilder();
		if (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) {
			where.append(", line ").append(ex.getLocation().getLineNr());
		}
		var field = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				field.append('[').append(reference.getIndex()).append(']');
			}
		}
		if (!field.isEmpty()) {
			where.append(", at ").append(field);
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DateTimeParseException parse) {
				return where + ": '" + parse.getParsedString() + "' is not a valid date (yyyy-mm-dd): "
						+ parse.getMessage().replaceFirst(".*could not be parsed: ", "");
			}
		}
		String message = ex.getOriginalMessage() == null ? ex.getClass().getSimpleName() : ex.getOriginalMessage();
		return where + ": " + message.lines().findFirst().orElse(message);
	}

	/** The importer's word lists (graph-seed/vocabulary.yaml): part of the folder, not of the graph. */
	public static final String VOCABULARY = "vocabulary.yaml";

	private static boolean isSeedFile(String path) {
		return path.equals(VOCABULARY) || (path.startsWith(ENTITIES) && ENTITY_FILES.contains(path.substring(ENTITIES.length())))
				|| REPORT_FILE.matcher(path).matches();
	}

	private Map<String, byte[]> load(String location) {
		try {
			Resource root = resources.getResource(location);
			var files = new TreeMap<String, byte[]>();
			for (Resource resource : resources.getResources(location + "**/*.yaml")) {
				files.put(relativePath(root, resource), resource.getContentAsByteArray());
			}
			return files;
		}
		catch (IOException ex) {
			throw new SeedException("Cannot read the graph-seed at " + location + ": " + ex.getMessage(), ex);
		}
	}

	/** The file's path below the seed folder, with forward slashes, for a folder on disk or inside a jar. */
	private static String relativePath(Resource root, Resource file) throws IOException {
		if (root.isFile() && file.isFile()) {
			Path folder = root.getFile().toPath().toAbsolutePath().normalize();
			return folder.relativize(file.getFile().toPath().toAbsolutePath().normalize()).toString().replace('\\', '/');
		}
		String rootUrl = root.getURL().toString();
		String fileUrl = file.getURL().toString();
		if (!fileUrl.startsWith(rootUrl)) {
			throw new IOException(fileUrl + " is not inside " + rootUrl);
		}
		return fileUrl.substring(rootUrl.length());
	}

	private static String hash(Map<String, byte[]> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			files.forEach((path, bytes) -> {
				digest.update(path.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(bytes);
				digest.update((byte) 0);
			});
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
