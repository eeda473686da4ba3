package io.policygraph.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ResourceLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

import io.policygraph.seed.GraphSeed.ReportSeed;
import io.policygraph.seed.SeedException;
import io.policygraph.seed.SeedLoader;
import io.policygraph.seed.SeedProperties;
import io.policygraph.seed.SeedReader;
import io.policygraph.stats.Stats.Count;
import io.policygraph.web.ForbiddenOperationException;
import io.policygraph.web.InvalidArgumentException;
import io.policygraph.importer.format.ParsedReport;
import io.policygraph.importer.format.ReportFormatException;
import io.policygraph.importer.format.ReportParser;
import io.policygraph.importer.seeding.ReportImporter;
import io.policygraph.importer.seeding.SeedFolder;

@Controller
@EnableConfigurationProperties(ImportProperties.class)
class ImportController {

	static final int MAX_TEXT_BYTES = 1024 * 1024;

	private final SeedReader reader;

	private final SeedLoader loader;

	private final SeedProperties seed;

	private final ImportProperties properties;

	private final ResourceLoader resources;

	ImportController(SeedReader reader, SeedLoader loader, SeedProperties seed, ImportProperties properties,
			ResourceLoader resources) {
		this.reader = reader;
		this.loader = loader;
		this.seed = seed;
		this.properties = properties;
		this.resources = resources;
	}

	@MutationMapping
	ImportSummary importReport(@Argument String text, @Argument Boolean dryRun) {
		boolean check = dryRun == null || dryRun;
		if (text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
			throw new InvalidArgumentException("text", "is larger than 1 MB");
		}
		if (!check && !properties.allowWrites()) {
			throw new ForbiddenOperationException("Imports that write are turned off on this server"
					+ " (policygraph.import.allow-writes); run with dryRun: true, or use the command line");
		}
		if (!check && !isCurator()) {
			throw new AccessDeniedException("Only curators may import a report into the graph");
		}
		ParsedReport parsed;
		ReportImporter.Result result;
		Map<String, byte[]> curated = reader.files(seed.location());
		try {
			parsed = new ReportParser().parse(text, "importReport");
			result = new ReportImporter(curated, parsed.month()).importReport(parsed, "report-" + parsed.month() + ".txt");
		}
		catch (ReportFormatException ex) {
			throw new InvalidArgumentException("text", "cannot be read as a report: " + ex.getMessage());
		}
		catch (SeedException ex) {
			throw new InvalidArgumentException("text", "would make an invalid graph-seed: " + ex.getMessage());
		}
		ReportSeed existing = reader.parse(curated)
			.reports()
			.stream()
			.filter(report -> report.folder().equals(result.folder()))
			.findFirst()
			.orElse(null);
		ImportReview review = existing == null ? null : ImportReview.of(existing.initiatives(), result.report().initiatives());
		List<String> written = List.of();
		boolean loaded = false;
		if (!check) {
			written = write(result);
			loader.load(result.seed());
			loaded = true;
		}
		List<Count> bySection = List.of(1, 2, 3)
			.stream()
			.map(section -> new Count(String.valueOf(section), parsed.entriesOf(section).size()))
			.toList();
		return new ImportSummary(result.folder(), check, written, loaded, bySection, result.report().policies().size(),
				result.report().events().size(), result.newEntities(), result.unresolved(), result.warnings(),
				review == null ? List.of() : review.lines(), review == null ? null : review.identicalPercent());
	}

	private static boolean isCurator() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_CURATOR"));
	}

	private List<String> write(ReportImporter.Result result) {
		try {
			var folder = resources.getResource(seed.location());
			if (!folder.isFile()) {
				throw new InvalidArgumentException("dryRun", "cannot be false: the graph-seed at " + seed.location()
						+ " is read-only; run with policygraph.seed.location=file:<folder>");
			}
			Path root = folder.getFile().toPath();
			return SeedFolder.write(result.changedFiles(), root::resolve).stream().map(Path::toString).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
