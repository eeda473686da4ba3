package io.policygraph.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;

import io.policygraph.seed.GraphSeed.ReportSeed;

/**
 * Loads a large graph-seed folder into an empty database, month by month: only the entity
 * files and one month's report folder are in memory at a time, and each batch of rows is
 * its own transaction. Writes the same nodes, relationships and properties as
 * {@link SeedLoader} (keys, {@code seedVersion}, {@code seedLayer} {@code builtin}, the
 * {@code SeedState} node), so a service started on the database with this folder as its
 * built-in seed finds it already loaded.
 * <p>
 * Differences from {@link SeedLoader}, for speed: initiatives and policies are CREATEd,
 * not MERGEd (the database must be empty: {@link #isEmpty()}); validation runs per month
 * against the entity files, so a month that fails stops the load with the earlier months
 * written and no {@code SeedState} (load again with a cleared database); and ids repeated
 * across months are caught by the id constraints rather than named by the validator. The
 * schema ({@code GraphSchema}) must be in place: relationships find their ends by id.
 */
public class BulkSeedLoader {

	private static final String CREATE_INITIATIVES = """
			UNWIND $rows AS row
			CREATE (i:Initiative)
			SET i = row.properties, i.seedVersion = $version, i.seedLayer = row.layer
			""";

	private static final String CREATE_POLICIES = """
			UNWIND $rows AS row
			CREATE (p:Policy)
			SET p = row.properties, p.seedVersion = $version, p.seedLayer = row.layer
			""";

	private static final String COUNT_NODES = "MATCH (n) RETURN count(n) AS nodes";

	private static final String DELETE_ALL = """
			MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
			""";

	private final Driver driver;

	private final int batchSize;

	private final Consumer<String> progress;

	/**
	 * @param driver the database to write
	 * @param batchSize rows per UNWIND statement and transaction
	 * @param progress told of each month loaded, one line of text
	 */
	public BulkSeedLoader(Driver driver, int batchSize, Consumer<String> progress) {
		this.driver = driver;
		this.batchSize = batchSize;
		this.progress = progress;
	}

	/**
	 * What a load wrote.
	 *
	 * @param months report folders loaded
	 * @param nodes nodes written (entities, reports, initiatives, policies, events)
	 * @param relationships relationship rows written
	 * @param millis wall-clock time of the whole load
	 * @param version the seed's hash, kept on the {@code SeedState} node
	 */
	public record Result(int months, long nodes, long relationships, long millis, String version) {

		/** Nodes and relationships written per second. */
		public long rowsPerSecond() {
			return (this.nodes + this.relationships) * 1000 / Math.max(1, this.millis);
		}

	}

	/** Whether the database holds no node at all. */
	public boolean isEmpty() {
		try (var session = this.driver.session()) {
			return session.run(COUNT_NODES).single().get("nodes").asLong() == 0;
		}
	}

	/** Deletes every node and relationship, a few thousand per transaction. */
	public void clear() {
		try (var session = this.driver.session()) {
			session.run(DELETE_ALL).consume();
		}
	}

	/**
	 * Loads the folder into the (empty) database.
	 * @param folder a graph-seed folder: {@code entities/*.yaml} and
	 * {@code reports/<yyyy-mm>/}
	 * @return the counts and the time taken
	 * @throws SeedException when a file is unreadable or invalid; the months before it
	 * stay written
	 */
	public Result load(Path folder) {
		long started = System.nanoTime();
		Map<String, List<Path>> months = months(folder);
		String version = hash(folder);
		var reader = new SeedReader();
		GraphSeed entities = reader.parse(entityFiles(folder));
		List<String> builtin = List.of(SeedLayer.BUILTIN_NAME);
		entities = new GraphSeed(version, entities.ministries(), entities.regions(), entities.companies(),
				entities.organizations(), entities.sectors(), List.of());
		SeedValidator.validate(entities);
		write(entities, version);
		var entityLinks = new SeedLoader.Links();
		SeedLoader.addEntityLinks(entityLinks, entities);
		long nodes = entities.ministries().size() + entities.regions().size() + entities.companies().size()
				+ entities.organizations().size() + entities.sectors().size();
		long relationships = writeLinks(entityLinks, version);
		this.progress
			.accept("entities: " + nodes + " nodes, " + relationships + " relationships, " + seconds(started) + " s");
		var reportIds = new ArrayList<String>();
		int done = 0;
		for (var month : months.entrySet()) {
			long monthStarted = System.nanoTime();
			ReportSeed report = readMonth(reader, folder, month.getKey(), month.getValue());
			SeedValidator.validate(new GraphSeed(version, entities.ministries(), entities.regions(),
					entities.companies(), entities.organizations(), entities.sectors(), List.of(report)));
			long monthNodes = writeNodes(report, version);
			var links = new SeedLoader.Links();
			SeedLoader.addReportLinks(links, report);
			long monthLinks = writeLinks(links, version);
			nodes += monthNodes;
			relationships += monthLinks;
			reportIds.add(report.report().id());
			done++;
			double monthSeconds = (System.nanoTime() - monthStarted) / 1e9;
			this.progress.accept(String.format(
					"month %d/%d %s: %d nodes, %d relationships in %.1f s (%.0f rows/s);"
							+ " total %d nodes, %d relationships, %.0f rows/s, elapsed %.0f s",
					done, months.size(), month.getKey(), monthNodes, monthLinks, monthSeconds,
					(monthNodes + monthLinks) / monthSeconds, nodes, relationships,
					(nodes + relationships) / seconds(started), seconds(started)));
		}
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx
				.run(SeedLoader.WRITE_STATE, Map.of("version", version, "layers", builtin, "reports", reportIds))
				.consume());
		}
		return new Result(done, nodes, relationships, (System.nanoTime() - started) / 1_000_000, version);
	}

	/**
	 * The hash {@link SeedSources#hash()} gives the folder as a built-in seed alone,
	 * computed file by file: SHA-256 over each {@code .yaml} file's relative path and
	 * bytes, in path order.
	 */
	public static String hash(Path folder) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			for (var file : yamlFiles(folder).entrySet()) {
				digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				try (InputStream in = Files.newInputStream(file.getValue())) {
					for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
						digest.update(buffer, 0, read);
					}
				}
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + folder + ": " + ex.getMessage(), ex);
		}
	}

	private long writeNodes(ReportSeed report, String version) {
		String layer = report.layer().name();
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				var writer = new SeedLoader.Writer(tx, version);
				writer.report(report);
				writer.entities("Event", report.events(), i -> report.layer(), SeedLoader.Writer::eventProperties);
			});
		}
		batches(CREATE_INITIATIVES,
				report.initiatives()
					.stream()
					.map(i -> Map.<String, Object>of("properties", SeedLoader.Writer.initiativeProperties(report, i),
							"layer", layer))
					.toList(),
				version);
		batches(CREATE_POLICIES,
				report.policies()
					.stream()
					.map(p -> Map.<String, Object>of("properties", SeedLoader.Writer.policyProperties(report, p),
							"layer", layer))
					.toList(),
				version);
		return 1 + report.events().size() + report.initiatives().size() + report.policies().size();
	}

	private void write(GraphSeed entities, String version) {
		try (var session = this.driver.session()) {
			session.executeWriteWithoutResult(
					tx -> SeedLoader.writeEntities(new SeedLoader.Writer(tx, version), entities));
		}
	}

	private long writeLinks(SeedLoader.Links links, String version) {
		long written = 0;
		for (var link : links.byLink.entrySet()) {
			batches(link.getKey().statement, link.getValue(), version);
			written += link.getValue().size();
		}
		return written;
	}

	private void batches(String statement, List<Map<String, Object>> rows, String version) {
		try (var session = this.driver.session()) {
			for (int start = 0; start < rows.size(); start += this.batchSize) {
				var batch = rows.subList(start, Math.min(rows.size(), start + this.batchSize));
				session.executeWriteWithoutResult(
						tx -> tx.run(statement, Map.of("rows", batch, "version", version)).consume());
			}
		}
	}

	private static ReportSeed readMonth(SeedReader reader, Path folder, String month, List<Path> files) {
		var monthFiles = new TreeMap<String, byte[]>();
		for (Path file : files) {
			monthFiles.put("reports/" + month + "/" + file.getFileName(), read(file));
		}
		List<ReportSeed> reports = reader.parse(monthFiles).reports();
		if (reports.size() != 1) {
			throw new SeedException(folder.resolve("reports").resolve(month) + ": no report.yaml", null);
		}
		return reports.get(0);
	}

	private static Map<String, byte[]> entityFiles(Path folder) {
		var files = new TreeMap<String, byte[]>();
		yamlFiles(folder).forEach((path, file) -> {
			if (path.startsWith(SeedReader.ENTITIES)) {
				files.put(path, read(file));
			}
		});
		if (files.isEmpty()) {
			throw new SeedException("No entity files (entities/*.yaml) in " + folder, null);
		}
		return files;
	}

	/** Each month's files, by month, in month order. */
	private static Map<String, List<Path>> months(Path folder) {
		var months = new TreeMap<String, List<Path>>();
		yamlFiles(folder).forEach((path, file) -> {
			String[] parts = path.split("/");
			if (parts.length == 3 && parts[0].equals("reports")) {
				months.computeIfAbsent(parts[1], month -> new ArrayList<>()).add(file);
			}
		});
		return months;
	}

	/**
	 * The {@code .yaml} files below the folder by their relative path, as the reader sees
	 * them.
	 */
	private static TreeMap<String, Path> yamlFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new SeedException("No graph-seed folder at " + folder, null);
		}
		var files = new TreeMap<String, Path>();
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p))
				.forEach(p -> files.put(folder.relativize(p).toString().replace('\\', '/'), p));
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder + ": " + ex.getMessage(), ex);
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
