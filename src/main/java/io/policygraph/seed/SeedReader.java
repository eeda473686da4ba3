package io.policygraph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Reads a graph-seed folder, and the imports folder beside it, into records. Syntax
 * errors, unknown fields and values of the wrong type are reported with the file, the
 * line and the record; the content is checked afterwards by {@link SeedValidator}.
 */
public class SeedReader {

	static final String ENTITIES = "entities/";

	private static final Pattern REPORT_FILE = Pattern
		.compile("reports/([^/]+)/(report|initiatives|policies|events)\\.yaml");

	/**
	 * The line the importer writes above the candidates an import of a month added to an
	 * entity file.
	 */
	private static final Pattern CANDIDATES_HEADER = Pattern
		.compile("# Candidates found by the import of (\\d{4}-\\d{2})\\b");

	private static final Logger log = LoggerFactory.getLogger(SeedReader.class);

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

	/**
	 * Reads every {@code .yaml} file below {@code location}, a folder such as
	 * {@code classpath:graph-seed/}.
	 */
	public GraphSeed read(String location) {
		return parse(files(location));
	}

	/**
	 * Reads the built-in seed at {@code location} and, when that folder exists, the
	 * imported months in {@code imports}, as one seed.
	 */
	public GraphSeed read(String location, Path imports) {
		return parse(sources(location, imports));
	}

	/**
	 * The files of the built-in seed at {@code location} and of the imports folder, if it
	 * exists.
	 */
	public SeedSources sources(String location, Path imports) {
		SeedSources builtin = SeedSources.builtinOnly(location, files(location));
		return imports != null && Files.isDirectory(imports) ? builtin.withImported(imports, folder(imports)) : builtin;
	}

	/** The seed's files below {@code location}, by their path relative to it. */
	public Map<String, byte[]> files(String location) {
		Map<String, byte[]> files = load(location.endsWith("/") ? location : location + "/");
		if (files.isEmpty()) {
			throw new SeedException("No graph-seed files (*.yaml) found at " + location, null);
		}
		return files;
	}

	/**
	 * The {@code .yaml} files below a folder on disk by their path relative to it; none
	 * when there is no folder.
	 */
	public static Map<String, byte[]> folder(Path folder) {
		var files = new TreeMap<String, byte[]>();
		if (!Files.isDirectory(folder)) {
			return files;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p)).toList()) {
				files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
			}
			return files;
		}
		catch (IOException ex) {
			throw new SeedException("Cannot read the graph-seed files in " + folder + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Parses seed files given by their path relative to the seed folder, such as
	 * {@code entities/regions.yaml}.
	 */
	public GraphSeed parse(Map<String, byte[]> files) {
		return parse(SeedSources.builtinOnly("the graph-seed", files));
	}

	/**
	 * Parses the built-in seed and the imports folder as one seed: the lists of an entity
	 * file are joined, built-in records first; report folders are added, and a month that
	 * both have comes from the imports folder. Problems name the file in its folder.
	 */
	public GraphSeed parse(SeedSources sources) {
		String importsFolder = sources.importsFolder();
		checkFileNames(sources.builtin(), "");
		checkFileNames(sources.imported(), importsFolder);
		var reports = new TreeMap<String, ReportSeed>();
		readReports(sources.builtin(), month -> SeedLayer.BUILTIN)
			.forEach(report -> reports.put(report.folder(), report));
		for (ReportSeed report : readReports(sources.imported(), month -> SeedLayer.month(month, importsFolder))) {
			if (reports.put(report.folder(), report) != null) {
				log.info("Month {} is both in {} and in {}: the imported one is loaded", report.folder(),
						sources.builtinLocation(), importsFolder);
			}
		}
		var layers = new TreeMap<String, List<SeedLayer>>();
		var present = new TreeSet<String>(Set.of(SeedLayer.BUILTIN_NAME));
		if (sources.imports() != null) {
			present.add(SeedLayer.IMPORTS_NAME);
			sources.importedMonths().forEach(month -> present.add(SeedLayer.month(month, importsFolder).name()));
		}
		return new GraphSeed(sources.hash(), entities(sources, "ministries.yaml", Ministry.class, layers),
				entities(sources, "regions.yaml", Region.class, layers),
				entities(sources, "companies.yaml", Company.class, layers),
				entities(sources, "organizations.yaml", Organization.class, layers),
				entities(sources, "sectors.yaml", Sector.class, layers), List.copyOf(reports.values()),
				new GraphSeed.Layers(present, layers));
	}

	private static void checkFileNames(Map<String, byte[]> files, String folder) {
		List<String> unknown = files.keySet().stream().filter(path -> !isSeedFile(path)).toList();
		if (!unknown.isEmpty()) {
			throw new SeedException(unknown.stream()
				.map(path -> folder + path + ": not a graph-seed file (expected entities/<kind>.yaml,"
						+ " reports/<yyyy-mm>/{report,initiatives,policies,events}.yaml or vocabulary.yaml)")
				.toList());
		}
	}

	private List<ReportSeed> readReports(Map<String, byte[]> files, Function<String, SeedLayer> layerOfMonth) {
		var reports = new ArrayList<ReportSeed>();
		for (String path : files.keySet()) {
			Matcher matcher = REPORT_FILE.matcher(path);
			if (!matcher.matches()) {
				continue;
			}
			SeedLayer layer = layerOfMonth.apply(matcher.group(1));
			if (!files.containsKey("reports/" + matcher.group(1) + "/report.yaml")) {
				throw new SeedException(layer.file(path) + ": the folder has no report.yaml describing its report",
						null);
			}
			if (matcher.group(2).equals("report")) {
				reports.add(readReport(files, matcher.group(1), layer));
			}
		}
		return reports;
	}

	private ReportSeed readReport(Map<String, byte[]> files, String folder, SeedLayer layer) {
		String base = "reports/" + folder + "/";
		String reportPath = base + "report.yaml";
		Report report = value(layer.file(reportPath), files.get(reportPath), yaml.constructType(Report.class));
		if (report == null) {
			throw new SeedException(layer.file(reportPath) + ": the file is empty", null);
		}
		return new ReportSeed(folder, report, list(files, base + "initiatives.yaml", layer, Initiative.class),
				list(files, base + "policies.yaml", layer, Policy.class),
				list(files, base + "events.yaml", layer, Event.class), layer);
	}

	/**
	 * An entity file's records: the built-in ones, then the imports folder's, each of the
	 * layer of the import that added it (the header line above it) and noted in
	 * {@code layers}.
	 */
	private <T> List<T> entities(SeedSources sources, String file, Class<T> type, Map<String, List<SeedLayer>> layers) {
		String path = ENTITIES + file;
		var records = new ArrayList<T>(list(sources.builtin(), path, SeedLayer.BUILTIN, type));
		byte[] imported = sources.imported().get(path);
		if (imported == null) {
			return List.copyOf(records);
		}
		var recordLayers = new ArrayList<SeedLayer>(Collections.nCopies(records.size(), SeedLayer.BUILTIN));
		for (Section section : sections(imported, sources.importsFolder())) {
			List<T> part = list(section.yaml().getBytes(StandardCharsets.UTF_8), section.layer().file(path), type);
			records.addAll(part);
			recordLayers.addAll(Collections.nCopies(part.size(), section.layer()));
		}
		layers.put(path, List.copyOf(recordLayers));
		return List.copyOf(records);
	}

	/**
	 * An imported entity file cut at the header lines the importer writes above the
	 * candidates of each month. Each section keeps the file's line count (other lines
	 * blanked), so that problems name the line in the file.
	 */
	private static List<Section> sections(byte[] bytes, String folder) {
		String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
		var sections = new ArrayList<Section>();
		int start = 0;
		SeedLayer layer = SeedLayer.imports(folder);
		for (int i = 0; i <= lines.length; i++) {
			Matcher header = i < lines.length ? CANDIDATES_HEADER.matcher(lines[i]) : null;
			if (i == lines.length || header.lookingAt()) {
				String[] section = new String[lines.length];
				for (int line = 0; line < lines.length; line++) {
					section[line] = line >= start && line < i ? lines[line] : "";
				}
				sections.add(new Section(layer, String.join("\n", section)));
				if (header != null) {
					layer = SeedLayer.month(header.group(1), folder);
					start = i;
				}
			}
		}
		return sections;
	}

	private record Section(SeedLayer layer, String yaml) {
	}

	private <T> List<T> list(Map<String, byte[]> files, String path, SeedLayer layer, Class<T> type) {
		byte[] bytes = files.get(path);
		return bytes == null ? List.of() : list(bytes, layer.file(path), type);
	}

	private <T> List<T> list(byte[] bytes, String shownPath, Class<T> type) {
		if (new String(bytes, StandardCharsets.UTF_8).lines()
			.allMatch(line -> line.isBlank() || line.startsWith("#"))) {
			return List.of();
		}
		List<T> records = value(shownPath, bytes, yaml.getTypeFactory().constructCollectionType(List.class, type));
		if (records == null) {
			return List.of();
		}
		for (int i = 0; i < records.size(); i++) {
			if (records.get(i) == null) {
				throw new SeedException(shownPath + ": record [" + i + "] is empty", null);
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

	/**
	 * The importer's word lists (graph-seed/vocabulary.yaml): part of the folder, not of
	 * the graph.
	 */
	public static final String VOCABULARY = "vocabulary.yaml";

	private static boolean isSeedFile(String path) {
		return path.equals(VOCABULARY)
				|| (path.startsWith(ENTITIES) && ENTITY_FILES.contains(path.substring(ENTITIES.length())))
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

	/**
	 * The file's path below the seed folder, with forward slashes, for a folder on disk
	 * or inside a jar.
	 */
	private static String relativePath(Resource root, Resource file) throws IOException {
		if (root.isFile() && file.isFile()) {
			Path folder = root.getFile().toPath().toAbsolutePath().normalize();
			return folder.relativize(file.getFile().toPath().toAbsolutePath().normalize())
				.toString()
				.replace('\\', '/');
		}
		String rootUrl = root.getURL().toString();
		String fileUrl = file.getURL().toString();
		if (!fileUrl.startsWith(rootUrl)) {
			throw new IOException(fileUrl + " is not inside " + rootUrl);
		}
		return fileUrl.substring(rootUrl.length());
	}

}
