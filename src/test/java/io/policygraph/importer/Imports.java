package io.policygraph.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.policygraph.seed.SeedReader;

/**
 * An imports folder holding next month's report, as {@code import <report.txt>} writes
 * it.
 */
public final class Imports {

	private Imports() {
	}

	/**
	 * Imports {@link ReportTexts#december()} into {@code imports} beside the built-in
	 * seed; loads nothing.
	 */
	public static void december(Path imports) {
		var service = new ImportService(new SeedReader(),
				new ImportService.Folders("classpath:graph-seed/", null, imports), () -> {
					throw new IllegalStateException("this import loads nothing");
				});
		service
			.importReport(new ImportService.Request("december", ReportTexts.december().getBytes(StandardCharsets.UTF_8),
					"report-2018-12.txt", false, false, null, ImportService.Request.SILENT));
	}

}
