package io.policygraph.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import io.policygraph.error.ForbiddenOperationException;
import io.policygraph.error.InvalidArgumentException;
import io.policygraph.importer.format.ReportFormatException;
import io.policygraph.security.CuratorRole;
import io.policygraph.seed.SeedException;
import io.policygraph.stats.Stats.Count;

/**
 * The {@code importReport} mutation: the import service, with a dry run by default. Only
 * curators may run it, dry runs included: reading a report costs seconds of CPU, so it is
 * no anonymous operation. The reading ends at the request's execution time limit.
 */
@Controller
class ImportController {

	static final int MAX_TEXT_BYTES = 1024 * 1024;

	private final ImportService imports;

	private final ImportProperties properties;

	ImportController(ImportService imports, ImportProperties properties) {
		this.imports = imports;
		this.properties = properties;
	}

	@MutationMapping
	@PreAuthorize(CuratorRole.REQUIRED)
	ImportSummary importReport(@Argument String text, @Argument Boolean dryRun) {
		boolean check = dryRun == null || dryRun;
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (bytes.length > MAX_TEXT_BYTES) {
			throw new InvalidArgumentException("text", "is larger than 1 MB");
		}
		if (!check && !properties.allowWrites()) {
			throw new ForbiddenOperationException("Imports that write are turned off on this server"
					+ " (policygraph.import.allow-writes); run with dryRun: true, or use the command line");
		}
		// An import that writes also loads: the service's graph then holds what its next
		// start-up loads.
		var request = new ImportService.Request("importReport", bytes, null, !check, false, null,
				ImportService.Request.SILENT);
		try {
			return summary(check ? imports.check(request) : imports.importReport(request), check);
		}
		catch (ReportFormatException ex) {
			throw new InvalidArgumentException("text", "cannot be read as a report: " + ex.getMessage());
		}
		catch (SeedException ex) {
			throw new InvalidArgumentException("text", "would make an invalid graph-seed: " + ex.getMessage());
		}
		catch (ImportConflictException ex) {
			throw new InvalidArgumentException("text", ex.getMessage());
		}
	}

	private static ImportSummary summary(ImportService.Outcome outcome, boolean dryRun) {
		var result = outcome.result();
		List<Count> bySection = List.of(1, 2, 3)
			.stream()
			.map(section -> new Count(String.valueOf(section), outcome.parsed().entriesOf(section).size()))
			.toList();
		ImportReview review = outcome.review();
		return new ImportSummary(result.folder(), dryRun, outcome.written().stream().map(Path::toString).toList(),
				outcome.loaded(), bySection, result.report().policies().size(), result.report().events().size(),
				result.newEntities(), result.unresolved(), result.warnings(),
				review == null ? List.of() : review.lines(), review == null ? null : review.identicalPercent(),
				EntryExplanation.of(result));
	}

}
