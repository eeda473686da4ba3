package io.policygraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.policygraph.seed.GraphSeed.ReportSeed;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.importer.format.ParsedReport;
import io.policygraph.importer.format.ReportParser;
import io.policygraph.importer.seeding.ReportImporter;

/**
 * Importing report texts against the importer tests' frozen seed (ImporterSeed), without
 * writing anything.
 */
class ReportImporterTest {

	static Map<String, byte[]> curated;

	@BeforeAll
	static void readSeed() throws IOException {
		curated = ImportCommand.readSeed(ImporterSeed.FOLDER);
	}

	@Test
	void importingTheCuratedMonthFindsEveryEntryAndPrintsTheReview() {
		var result = importText(ReportTexts.november());
		ReportSeed existing = result.seed().reports().get(0);
		List<Initiative> curatedEntries = new io.policygraph.seed.SeedReader().parse(curated)
			.reports()
			.get(0)
			.initiatives();

		assertThat(result.report().initiatives()).hasSize(curatedEntries.size());
		assertThat(result.report().initiatives()).extracting(Initiative::id)
			.containsExactlyElementsOf(curatedEntries.stream().map(Initiative::id).toList());
		assertThat(result.report().initiatives()).extracting(Initiative::date)
			.containsExactlyElementsOf(curatedEntries.stream().map(Initiative::date).toList());
		assertThat(result.report().initiatives()).extracting(Initiative::sourceUrl)
			.containsExactlyElementsOf(curatedEntries.stream().map(Initiative::sourceUrl).toList());
		assertThat(existing.folder()).isEqualTo("2018-11");

		ImportReview review = ImportReview.of(curatedEntries, result.report().initiatives());
		System.out.println("Review of the 2018-11 import against the curated seed:");
		review.lines().forEach(System.out::println);
		System.out.printf("identical in date, region, link, actors and sectors: %d of %d (%d%%)%n", review.identical(),
				curatedEntries.size(), review.identicalPercent());
		// the one “互联网+X” of the report that the sector vocabulary lacks is listed for
		// the curator
		assertThat(result.unresolved()).singleElement()
			.asString()
			.startsWith("互联网+营销服务 (2018-11-s2-henan-1): no sector of entities/sectors.yaml names it");
		assertThat(review.missing()).isZero();
		assertThat(review.added()).isZero();
		// the target: at least 95% of the entries identical in all five
		assertThat(review.identicalPercent()).isGreaterThanOrEqualTo(95);
	}

	@Test
	void importingTheSameReportTwiceGivesTheSameFiles() {
		var first = importText(ReportTexts.december());
		var second = importText(ReportTexts.december());
		assertThat(second.changedFiles().keySet()).isEqualTo(first.changedFiles().keySet());
		first.changedFiles()
			.forEach((path, bytes) -> assertThat(Arrays.equals(bytes, second.changedFiles().get(path))).as(path)
				.isTrue());
	}

	@Test
	void aSecondMonthAddsASecondReportAndLinksRecurringEntitiesToTheSameNodes() {
		var result = importText(ReportTexts.december());

		assertThat(result.folder()).isEqualTo("2018-12");
		assertThat(result.seed().reports()).extracting(ReportSeed::folder).containsExactly("2018-11", "2018-12");
		assertThat(result.changedFiles()).containsKeys("reports/2018-12/report.yaml",
				"reports/2018-12/initiatives.yaml");
		assertThat(result.changedFiles().keySet()).noneMatch(path -> path.startsWith("reports/2018-11/"));
		Initiative tianjin = result.report()
			.initiatives()
			.stream()
			.filter(i -> i.id().equals("2018-12-s2-tianjin-2"))
			.findFirst()
			.orElseThrow();
		assertThat(tianjin.date()).hasToString("2018-11-22");
		assertThat(tianjin.region()).isEqualTo("tianjin");
		assertThat(tianjin.actors()).extracting(a -> a.id()).contains("alibaba-health");
		assertThat(result.report().report().periodStart()).hasToString("2018-11-16");
		assertThat(result.newEntities()).doesNotContain("天津市", "阿里健康", "腾讯");
	}

	@Test
	void aMissingEntryIsReviewedAsMissingAndNotAsEveryLaterEntryChanged() {
		String text = ReportTexts.november();
		String beijing = text.lines().filter(line -> line.contains("北京互联网法院首审")).findFirst().orElseThrow();
		var result = importText(text.replace(beijing + "\n", ""));
		List<Initiative> curatedEntries = new io.policygraph.seed.SeedReader().parse(curated)
			.reports()
			.get(0)
			.initiatives();

		ImportReview review = ImportReview.of(curatedEntries, result.report().initiatives());
		assertThat(review.missing()).isEqualTo(1);
		assertThat(review.lines())
			.anyMatch(line -> line.startsWith("- 2018-11-s2-beijing-2 (not found by the import): '北京互联网法院首审"));
		// the entries after it are paired by what they say, not by position: only the
		// sector differences remain
		assertThat(review.identical()).isEqualTo(curatedEntries.size() - 1 - 5);
		assertThat(review.lines())
			.noneMatch(line -> line.contains("Actor[") || line.contains("imported as 2018-11-s2-beijing-2"));
	}

	@Test
	void aRowHeadingThatOnlyStartsWithAKnownNameIsReadButFlagged() {
		var result = importText(ReportTexts.november().replace("\n浙江省\t", "\n浙江生\t"));
		assertThat(result.report().initiatives()).anyMatch(i -> i.id().equals("2018-11-s2-zhejiang-1"));
		assertThat(result.warnings())
			.anyMatch(warning -> warning.startsWith("row heading '浙江生'") && warning.contains("read as 浙江省 (zhejiang)"));
	}

	private static ReportImporter.Result importText(String text) {
		ParsedReport parsed = new ReportParser().parse(text, "report.txt");
		return new ReportImporter(curated, parsed.month()).importReport(parsed, "report.txt");
	}

}
