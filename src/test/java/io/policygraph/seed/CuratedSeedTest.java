package io.policygraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.policygraph.graph.RegionLevel;
import io.policygraph.graph.UrlStatus;
import io.policygraph.seed.GraphSeed.ReportSeed;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.seed.SeedRecords.Named;
import io.policygraph.support.ReportText;

/** The curated graph-seed held against the text of the report it was read from. */
class CuratedSeedTest {

	static GraphSeed seed;

	static ReportSeed november;

	static ReportText report;

	@BeforeAll
	static void read() {
		seed = new SeedReader().read("file:graph-seed/");
		november = seed.reports().stream().filter(r -> r.folder().equals("2018-11")).findFirst().orElseThrow();
		report = ReportText.read(Path.of("graph-seed/reports/2018-11", november.report().sourceFile()));
	}

	@Test
	void theSeedIsValid() {
		SeedValidator.validate(seed);
	}

	@Test
	void theLinksAreTheReportsLinksEntryForEntryWithSplitLinksRejoined() {
		List<String> links = november.initiatives()
			.stream()
			.map(Initiative::sourceUrl)
			.filter(url -> url != null)
			.toList();

		assertThat(links).hasSize(4 + 83).containsExactlyElementsOf(report.links());
		assertThat(links).contains("http://cq.people.com.cn/GB/365413/news/2018111/20181111616445199766.htm",
				"http://gansu.gscn.com.cn/system/2018/11/02/012049413.shtml");
	}

	@Test
	void everyTextIsPrintedInTheReport() {
		String compact = report.compactProse();
		assertThat(november.initiatives()).allSatisfy(
				initiative -> assertThat(compact).as(initiative.id()).contains(ReportText.compact(initiative.text())));
	}

	@Test
	void eachRegionHasAsManyEntriesAsTheReportPrints() {
		Map<String, Integer> printed = byEntity(report.regionEntries());

		assertThat(printed).hasSize(31);
		assertThat(entriesPerRow(2)).isEqualTo(printed);
	}

	@Test
	void eachMinistryAndCompanyRowHasAsManyEntriesAsTheReportPrints() {
		assertThat(entriesPerRow(1)).isEqualTo(byEntity(report.ministryEntries()));
		assertThat(entriesPerRow(3)).isEqualTo(byEntity(report.companyEntries()));
		assertThat(november.initiatives()).hasSize(4 + 83 + 18);
	}

	@Test
	void everyInitiativeHasARegionOrAMinistryOrCompanyActor() {
		Set<String> ministriesAndCompanies = Stream.concat(seed.ministries().stream(), seed.companies().stream())
			.map(Named::id)
			.collect(Collectors.toSet());
		assertThat(november.initiatives()).allSatisfy(initiative -> assertThat(initiative.region() != null
				|| initiative.actors().stream().anyMatch(actor -> ministriesAndCompanies.contains(actor.id())))
			.as(initiative.id())
			.isTrue());
	}

	@Test
	void everyDateLiesInsideTheMonitoringPeriodOrIsFlagged() {
		var period = november.report();
		List<Initiative> outside = november.initiatives()
			.stream()
			.filter(i -> i.date().isBefore(period.periodStart()) || i.date().isAfter(period.periodEnd()))
			.toList();

		assertThat(outside).extracting(Initiative::id).containsExactly("2018-11-s2-hunan-1");
		assertThat(outside.get(0).notes()).anyMatch(note -> note.contains("outside the monitoring period"));
	}

	@Test
	void allThirtyOneProvinceLevelRegionsExistWithEnglishNames() {
		var provinces = seed.regions().stream().filter(r -> r.level().isProvinceLevel()).toList();

		assertThat(provinces).hasSize(31).allSatisfy(region -> assertThat(region.nameEn()).isNotBlank());
		assertThat(provinces.stream().collect(Collectors.groupingBy(SeedRecords.Region::level, Collectors.counting())))
			.containsEntry(RegionLevel.MUNICIPALITY, 4L)
			.containsEntry(RegionLevel.AUTONOMOUS_REGION, 5L)
			.containsEntry(RegionLevel.PROVINCE, 22L);
	}

	@Test
	void damagedLinksAreKeptAsPrintedWithAReason() {
		Map<String, Initiative> byId = november.initiatives()
			.stream()
			.collect(Collectors.toMap(Initiative::id, Function.identity()));
		Initiative liaoning = byId.get("2018-11-s2-liaoning-1");

		assertThat(liaoning.sourceUrl()).isEqualTo("http://house.china.com.apple/fullview_1539351.htm?1540250282000");
		assertThat(liaoning.sourceUrlStatus()).isEqualTo(UrlStatus.DAMAGED);
		assertThat(liaoning.sourceUrlIssue()).isNotBlank();
		assertThat(byId.get("2018-11-s2-heilongjiang-2").sourceUrlStatus()).isEqualTo(UrlStatus.DAMAGED);
		assertThat(november.initiatives()).filteredOn(i -> i.section() == 3)
			.allSatisfy(i -> assertThat(i.sourceUrlStatus()).isEqualTo(UrlStatus.NONE));
	}

	@Test
	void entriesPrintedTwiceAreKeptAndLinked() {
		Map<String, String> duplicates = november.initiatives()
			.stream()
			.filter(i -> i.duplicateOf() != null)
			.collect(Collectors.toMap(Initiative::id, Initiative::duplicateOf));

		assertThat(duplicates).containsEntry("2018-11-s2-gansu-2", "2018-11-s2-gansu-1")
			.containsEntry("2018-11-s3-alibaba-group-1", "2018-11-s2-tianjin-2")
			.containsEntry("2018-11-s3-tencent-2", "2018-11-s2-shaanxi-3");
	}

	private static Map<String, Integer> entriesPerRow(int section) {
		var counts = new LinkedHashMap<String, Integer>();
		november.initiatives()
			.stream()
			.filter(i -> i.section() == section)
			.forEach(i -> counts.merge(i.row(), 1, Integer::sum));
		return counts;
	}

	/**
	 * Report row headings ("新疆", "工信部、国务院扶贫办") to the id of the entity heading the row.
	 */
	private static Map<String, Integer> byEntity(Map<String, Integer> rows) {
		Map<String, String> ids = new HashMap<>();
		Stream.of(seed.ministries(), seed.regions(), seed.companies()).flatMap(List::stream).forEach(entity -> {
			ids.put(entity.name(), entity.id());
			entity.aliases().forEach(alias -> ids.putIfAbsent(alias, entity.id()));
		});
		var counts = new LinkedHashMap<String, Integer>();
		rows.forEach((heading, count) -> {
			String first = heading.split("、")[0];
			assertThat(ids).as("report row %s", heading).containsKey(first);
			counts.put(ids.get(first), count);
		});
		return counts;
	}

}
