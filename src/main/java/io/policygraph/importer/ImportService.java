package io.policygraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import io.policygraph.importer.format.ParsedReport;
import io.policygraph.importer.format.ReportParser;
import io.policygraph.importer.seeding.ReportImporter;
import io.policygraph.importer.seeding.SeedFolder;
import io.policygraph.security.CuratorRole;
import io.policygraph.seed.GraphSeed;
import io.policygraph.seed.GraphSeed.ReportSeed;
import io.policygraph.seed.SeedException;
import io.policygraph.seed.SeedLayer;
import io.policygraph.seed.SeedProperties;
import io.policygraph.seed.SeedReader;
import io.policygraph.seed.SeedSources;
import io.policygraph.seed.SeedValidator;

/**
 * The one report import: the text is parsed, read against the built-in seed joined with
 * the imports folder ({@link ReportImporter}), checked as a whole, reviewed against the
 * version of the month already there, written into the imports folder and, if asked,
 * loaded. The {@code import} command and the {@code importReport} mutation only map their
 * arguments onto it. Nothing is written when anything fails.
 */
public class ImportService {

	private static final List<String> REPORT_FILES = List.of("report.yaml", "initiatives.yaml", "policies.yaml",
			"events.yaml");

	private final SeedReader reader;

	private final Folders folders;

	private final Supplier<Database> databases;

	private final ImportAudit audit;

	/** One import that writes at a time, so two never interleave their files or loads. */
	private final Object writes = new Object();

	/**
	 * @param databases opens the database a load goes to: the service's own, or one the
	 * command starts; called before any file is written, so a database in use leaves
	 * everything as it was
	 */
	public ImportService(SeedReader reader, Folders folders, Supplier<Database> databases) {
		this(reader, folders, databases, ImportAudit.NONE);
	}

	/**
	 * @param audit the audit trail: the curators' changes an import's load would replace
	 * are listed in its review and recorded with it, and every import that is not a dry
	 * run is recorded there
	 */
	public ImportService(SeedReader reader, Folders folders, Supplier<Database> databases, ImportAudit audit) {
		this.reader = reader;
		this.folders = folders;
		this.databases = databases;
		this.audit = audit;
	}

	/** Parses, imports, checks and reviews the report; writes and loads nothing. */
	public Outcome check(Request request) {
		Prepared prepared = prepare(request);
		request.progress().accept("[5/5] Dry run: nothing written" + (request.load() ? ", nothing loaded" : ""));
		return prepared.outcome(List.of(), false);
	}

	/**
	 * Imports the report: writes its files into the imports folder and, with
	 * {@code load}, loads the seed with it. A month already there that differs from this
	 * import is replaced only with {@code force}; without it the folder is kept as it is
	 * (a curator may have edited it in review), and a load loads it as it is.
	 * @throws ImportConflictException when the month differs, and neither {@code force}
	 * nor {@code load} says what to do
	 */
	@PreAuthorize(CuratorRole.REQUIRED)
	public Outcome importReport(Request request) {
		synchronized (writes) {
			Prepared prepared = prepare(request);
			Consumer<String> progress = request.progress();
			boolean unchanged = prepared.toWrite().isEmpty();
			boolean conflict = !unchanged && prepared.existing() != null && request.out() == null && !request.force();
			if (unchanged) {
				progress.accept("[5/5] " + folders.target() + " already holds exactly this import: nothing to write");
			}
			else if (conflict && !request.load()) {
				throw new ImportConflictException(prepared.existingFolder() + " exists and differs from this import in "
						+ String.join(", ", prepared.toWrite().keySet()) + " (an edit made in review?). Nothing was"
						+ " written; use --force to write this import in their place (undoing such edits), --out to write"
						+ " it elsewhere, or --load to load the folder as it is.");
			}
			else if (conflict) {
				progress.accept("[5/5] " + prepared.existingFolder() + " differs from this import in "
						+ String.join(", ", prepared.toWrite().keySet()) + ": kept as it is; --force replaces it");
			}
			boolean write = !unchanged && !conflict;
			GraphSeed after = write && request.out() == null ? prepared.next() : prepared.current();
			List<Path> written = List.of();
			try (Database database = request.load() ? databases.get() : null) {
				// the command line has no audit trail of its own: the database it loads
				// into
				// has one
				ImportAudit trail = audit;
				List<ImportAudit.CuratorEdit> edits = prepared.curatorEdits();
				if (audit == ImportAudit.NONE && database != null && database.audit() != null) {
					trail = database.audit();
					edits = trail.editsOf(seedIds(prepared.next()));
					edits.forEach(edit -> progress.accept("      " + edit.line()));
				}
				if (write) {
					written = write(prepared.toWrite(), request, progress);
				}
				if (database != null) {
					progress.accept("      loading into the database");
					database.load(after);
					progress.accept("      loaded");
				}
				trail.record(curator(), prepared.result().folder(), details(prepared, edits, written, request.load()));
			}
			return prepared.outcome(written, request.load());
		}
	}

	/**
	 * What the audit entry of an import says: the files written (relative to the folder
	 * written into), the counts, and the curators' changes its load replaced.
	 */
	private static String details(Prepared prepared, List<ImportAudit.CuratorEdit> curatorEdits, List<Path> written,
			boolean loaded) {
		var result = prepared.result();
		String edits = curatorEdits.isEmpty() ? "none"
				: String.join("; ", curatorEdits.stream()
					.map(edit -> edit.action() + " of " + edit.target() + " by " + edit.curator() + " at " + edit.at())
					.toList());
		return "month %s: %d files written %s; loaded: %s; %d initiatives, %d policies, %d events, %d new entities;"
			.formatted(result.folder(), written.size(), written, loaded, result.report().initiatives().size(),
					result.report().policies().size(), result.report().events().size(), result.newEntities().size())
				+ " curators' changes replaced: " + (loaded ? edits : "none (not loaded)");
	}

	/** The curator on the request, or who runs the command line. */
	private static String curator() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		return caller != null ? caller.getName() : "command line (" + System.getProperty("user.name") + ")";
	}

	/**
	 * {@link #read} with the problems of a {@link SeedException} naming the files of the
	 * imports folder relative to it ({@code imports/reports/2018-12/initiatives.yaml}):
	 * the mutation answers with them, and a client learns nothing of the server's disk.
	 */
	private Prepared prepare(Request request) {
		try {
			return read(request);
		}
		catch (SeedException ex) {
			if (folders.imports() == null) {
				throw ex;
			}
			List<String> folderNames = List.of(folders.imports().toAbsolutePath() + "/", folders.imports() + "/");
			throw new SeedException(ex.problems().stream().map(problem -> {
				String relative = problem;
				for (String name : folderNames) {
					relative = relative.replace(name, "imports/");
				}
				return relative;
			}).toList());
		}
	}

	private Prepared read(Request request) {
		Consumer<String> progress = request.progress();
		progress.accept("[1/5] Reading " + request.name());
		String sourceName = request.sourceFile() == null ? request.name() : request.sourceFile();
		ParsedReport parsed = new ReportParser().parse(request.text(), sourceName);
		progress.accept("      %s, %s to %s: section 一 %d entries, section 二 %d, section 三 %d; %d summits".formatted(
				parsed.month(), parsed.periodStart(), parsed.periodEnd(), parsed.entriesOf(1).size(),
				parsed.entriesOf(2).size(), parsed.entriesOf(3).size(), parsed.summits().size()));

		SeedSources sources = folders.read(reader);
		progress.accept("[2/5] Resolving names against " + sources.describe());
		Map<String, byte[]> joined = sources.joined();
		String sourceFile = request.sourceFile() == null ? "report-" + parsed.month() + ".txt" : request.sourceFile();
		ReportImporter.Result result = new ReportImporter(joined, parsed.month()).importReport(parsed, sourceFile);
		progress.accept("      %d initiatives, %d policies, %d events; %d new entities for review".formatted(
				result.report().initiatives().size(), result.report().policies().size(),
				result.report().events().size(), result.newEntities().size()));
		result.newEntities().forEach(name -> progress.accept("      new: " + name));
		result.unresolved().forEach(term -> progress.accept("      unresolved: " + term));
		result.warnings().forEach(warning -> progress.accept("      warning: " + warning));

		GraphSeed current = reader.parse(sources);
		Map<String, byte[]> toWrite = new TreeMap<>();
		SeedSources nextSources = next(sources, joined, result, toWrite);
		String base = "reports/" + result.folder() + "/";
		if (folders.imports() != null && toWrite.keySet().stream().anyMatch(path -> path.startsWith(base))) {
			// the text the month was read from, beside its files, as graph-seed keeps
			// 2018-11's
			toWrite.put(base + Path.of(sourceFile).getFileName(), request.text());
		}
		GraphSeed next = reader.parse(nextSources);
		SeedValidator.validate(next);
		progress.accept("[3/5] Checked: the seed with this report is valid");

		progress.accept("[4/5] Review against " + sources.describe());
		ReportSeed existing = current.reports()
			.stream()
			.filter(report -> report.folder().equals(result.folder()))
			.findFirst()
			.orElse(null);
		ImportReview review = null;
		if (existing == null) {
			progress.accept("      a new report: " + result.report().initiatives().size() + " entries to add");
		}
		else {
			review = ImportReview.of(existing.initiatives(), result.report().initiatives());
			review.lines().forEach(line -> progress.accept("      " + line));
			progress.accept("      %d of %d entries identical in date, region, link, actors and sectors (%d%%)"
				.formatted(review.identical(), review.compared() + review.missing(), review.identicalPercent()));
		}
		List<ImportAudit.CuratorEdit> edits = audit.editsOf(seedIds(next));
		if (!edits.isEmpty()) {
			List<String> lines = edits.stream().map(ImportAudit.CuratorEdit::line).toList();
			lines.forEach(line -> progress.accept("      " + line));
			review = review == null ? ImportReview.newMonth(lines) : review.with(lines);
		}
		String existingFolder = existing == null ? null : folderOf(existing, sources);
		return new Prepared(parsed, result, review, existing, existingFolder, toWrite, current, next, edits);
	}

	/**
	 * The ids of the nodes a load of the seed writes over: its entities, entries and
	 * summits.
	 */
	private static List<String> seedIds(GraphSeed seed) {
		List<String> ids = new ArrayList<>();
		Stream.of(seed.ministries(), seed.regions(), seed.companies(), seed.organizations(), seed.sectors())
			.flatMap(List::stream)
			.forEach(entity -> ids.add(entity.id()));
		for (ReportSeed report : seed.reports()) {
			report.initiatives().forEach(initiative -> ids.add(initiative.id()));
			report.events().forEach(event -> ids.add(event.id()));
		}
		return ids;
	}

	/**
	 * The seed's files once this import is written, and in {@code toWrite} the files that
	 * change in the folder it is written to. Into the imports folder go the month's four
	 * report files (all of them, since the imported month takes the place of any built-in
	 * one) and, of the entity files, the imports' own part: the candidates of imports
	 * only.
	 */
	private SeedSources next(SeedSources sources, Map<String, byte[]> joined, ReportImporter.Result result,
			Map<String, byte[]> toWrite) {
		Map<String, byte[]> changed = result.changedFiles();
		if (folders.imports() == null) {
			toWrite.putAll(changed);
			var builtin = new TreeMap<>(sources.builtin());
			builtin.putAll(changed);
			return SeedSources.builtinOnly(sources.builtinLocation(), builtin);
		}
		var imported = new TreeMap<>(sources.imported());
		String base = "reports/" + result.folder() + "/";
		if (changed.keySet().stream().anyMatch(path -> path.startsWith(base))) {
			for (String file : REPORT_FILES) {
				byte[] bytes = changed.containsKey(base + file) ? changed.get(base + file) : joined.get(base + file);
				if (bytes != null) {
					imported.put(base + file, bytes);
				}
			}
		}
		changed.forEach((path, bytes) -> {
			if (!path.startsWith("reports/")) {
				imported.put(path, sources.importedPart(path, bytes));
			}
		});
		imported.forEach((path, bytes) -> {
			if (!Arrays.equals(bytes, sources.imported().get(path))) {
				toWrite.put(path, bytes);
			}
		});
		return sources.withImported(folders.imports(), imported);
	}

	private List<Path> write(Map<String, byte[]> files, Request request, Consumer<String> progress) {
		Path root = request.out() == null ? folders.target() : request.out();
		try {
			List<Path> written = SeedFolder.write(files, path -> request.out() == null ? root.resolve(path)
					: root.resolve(path.replaceFirst("^reports/[^/]+/", "")));
			progress.accept("[5/5] Wrote %d files under %s:".formatted(written.size(), root));
			written.forEach(path -> progress.accept("      " + path));
			// answered relative to the folder written into: a client learns nothing of
			// the server's disk
			return written.stream().map(path -> root.toAbsolutePath().relativize(path.toAbsolutePath())).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the import's files under " + root + ": " + ex.getMessage(),
					ex);
		}
	}

	/**
	 * The month's folder as a curator finds it: in the imports folder, or in the built-in
	 * seed.
	 */
	private static String folderOf(ReportSeed report, SeedSources sources) {
		String folder = "reports/" + report.folder() + "/";
		return report.layer().equals(SeedLayer.BUILTIN) ? sources.builtinLocation().replaceFirst("/?$", "/") + folder
				: report.layer().file(folder);
	}

	private record Prepared(ParsedReport parsed, ReportImporter.Result result, ImportReview review, ReportSeed existing,
			String existingFolder, Map<String, byte[]> toWrite, GraphSeed current, GraphSeed next,
			List<ImportAudit.CuratorEdit> curatorEdits) {

		Outcome outcome(List<Path> written, boolean loaded) {
			return new Outcome(parsed, result, review, written, loaded);
		}

	}

	/**
	 * One import.
	 *
	 * @param name how messages name the text: its file, or the mutation
	 * @param sourceFile the file name the report's {@code sourceFile} records; null for
	 * {@code report-<yyyy-mm>.txt}
	 * @param load whether to load the seed into the database afterwards
	 * @param force whether to replace a month that differs from this import
	 * @param out a folder to write the files to instead of the seed's (the report's files
	 * flat, the entity files under {@code entities/}); null for the seed's own
	 * @param progress where the five steps and the review are told, line by line
	 */
	public record Request(String name, byte[] text, String sourceFile, boolean load, boolean force, Path out,
			Consumer<String> progress) {

		/** Progress nobody reads. */
		public static final Consumer<String> SILENT = line -> {
		};

	}

	/**
	 * What an import found and did.
	 *
	 * @param review the differences from the version of the month already in the seed;
	 * null for a new month
	 * @param written the files written, relative to the folder written into (the imports
	 * folder: {@code reports/2018-12/initiatives.yaml}), none for a dry run or when the
	 * seed held exactly this import
	 */
	public record Outcome(ParsedReport parsed, ReportImporter.Result result, ImportReview review, List<Path> written,
			boolean loaded) {
	}

	/**
	 * Where an import reads the seed and writes its files.
	 *
	 * @param seed the built-in graph-seed, a Spring resource location
	 * @param seedFolder the same folder on disk, when the import is written into it: set
	 * only without an imports folder (a curator's working copy of graph-seed/)
	 * @param imports the imports folder the report joins and is written into
	 */
	public record Folders(String seed, Path seedFolder, Path imports) {

		/**
		 * The service's own: the built-in seed and the imports folder of its
		 * configuration.
		 */
		public static Folders of(SeedProperties properties) {
			return new Folders(properties.location(), null, properties.imports());
		}

		/**
		 * A working copy of graph-seed/ that the import joins and writes into, as before
		 * imports had a folder.
		 */
		public static Folders workingCopy(Path seedFolder) {
			return new Folders(seedFolder.toAbsolutePath().toUri().toString(), seedFolder, null);
		}

		/**
		 * The same built-in seed, joined with this imports folder, which the import is
		 * written into.
		 */
		public Folders withImports(Path folder) {
			return new Folders(seed, null, folder);
		}

		SeedSources read(SeedReader reader) {
			return reader.sources(seed, imports);
		}

		Path target() {
			if (imports == null && seedFolder == null) {
				throw new IllegalStateException("Neither an imports folder nor a graph-seed folder to write into");
			}
			return imports != null ? imports : seedFolder;
		}

	}

	/** The database a load goes to, open until closed. */
	@FunctionalInterface
	public interface Database extends AutoCloseable {

		void load(GraphSeed seed);

		/**
		 * The audit trail in this database, for an import that has none of its own (the
		 * command line): null when there is none.
		 */
		default ImportAudit audit() {
			return null;
		}

		@Override
		default void close() {
		}

	}

}
