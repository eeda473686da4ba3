package io.policygraph.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.policygraph.seed.BulkSeedLoader;
import io.policygraph.seed.GraphSeed;
import io.policygraph.seed.GraphSeed.ReportSeed;
import io.policygraph.seed.SeedReader;
import io.policygraph.seed.SeedSources;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.seed.SeedRecords.Named;
import io.policygraph.seed.SeedValidator;

class SyntheticSeedTest {

	@TempDir
	Path temp;

	@Test
	void theSameScaleAndSeedWriteTheSameBytes() {
		Map<String, byte[]> first = generate(2, 42, "first");
		Map<String, byte[]> second = generate(2, 42, "second");
		assertThat(second.keySet()).isEqualTo(first.keySet());
		first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
	}

	@Test
	void anotherSeedWritesOtherEntries() {
		Map<String, byte[]> first = generate(1, 42, "first");
		Map<String, byte[]> other = generate(1, 7, "other");
		assertThat(other.keySet()).isEqualTo(first.keySet());
		assertThat(other.get("reports/2018-11/initiatives.yaml"))
			.isNotEqualTo(first.get("reports/2018-11/initiatives.yaml"));
	}

	@Test
	void oneTimesIsOneValidReportShapedLikeNovember2018() {
		GraphSeed seed = new SeedReader().parse(generate(1, 42, "one"));
		SeedValidator.validate(seed);
		assertThat(seed.reports()).hasSize(1);
		ReportSeed report = seed.reports().get(0);
		assertThat(report.report().id()).isEqualTo("caict-internet-plus-2018-11");
		assertThat(report.report().periodStart()).isEqualTo(LocalDate.of(2018, 10, 16));
		assertThat(report.report().periodEnd()).isEqualTo(LocalDate.of(2018, 11, 15));
		Map<Integer, Long> bySection = report.initiatives()
			.stream()
			.collect(Collectors.groupingBy(Initiative::section, Collectors.counting()));
		assertThat(bySection).containsEntry(1, 4L).containsEntry(2, 83L).containsEntry(3, 18L);
		assertThat(report.initiatives()).allSatisfy(initiative -> {
			assertThat(initiative.id()).matches("2018-11-s[123]-[a-z0-9-]+-[0-9]+");
			assertThat(initiative.date()).isBetween(LocalDate.of(2018, 10, 16), LocalDate.of(2018, 11, 15));
		});
		assertThat(report.initiatives().stream().filter(i -> i.section() == 2))
			.allSatisfy(initiative -> assertThat(initiative.region()).isNotNull());
		assertThat(report.initiatives().stream().filter(i -> i.section() == 3)).allSatisfy(initiative -> {
			assertThat(initiative.sourceUrl()).isNull();
			assertThat(initiative.partnerships()).isNotEmpty();
		});
		assertThat(report.policies()).hasSizeBetween(10, 40);
		assertThat(report.events()).hasSize(3);
	}

	@Test
	void textsNameTheirActorsAndSectors() {
		GraphSeed seed = new SeedReader().parse(generate(1, 42, "texts"));
		Map<String, Named> entities = new java.util.HashMap<>();
		List.of(seed.ministries(), seed.regions(), seed.companies(), seed.organizations(), seed.sectors())
			.forEach(list -> list.forEach(entity -> entities.put(entity.id(), entity)));
		for (Initiative initiative : seed.reports().get(0).initiatives()) {
			String lead = initiative.actors().get(0).id();
			assertThat(initiative.text()).as(initiative.id()).contains(entities.get(lead).name());
			assertThat(initiative.text()).as(initiative.id())
				.contains(entities.get(initiative.sectors().get(0)).name());
		}
		assertThat(seed.reports().get(0).initiatives()).anySatisfy(i -> assertThat(i.text()).contains("医疗健康"));
	}

	@Test
	void theScaleMultipliesEntriesAndKeepsTheCuratedEntities() {
		GraphSeed curated = new SeedReader().read("classpath:graph-seed/");
		GraphSeed seed = new SeedReader().parse(generate(3, 42, "three"));
		SeedValidator.validate(seed);
		assertThat(seed.reports()).extracting(report -> report.report().month())
			.containsExactly(YearMonth.of(2018, 11), YearMonth.of(2018, 12), YearMonth.of(2019, 1));
		assertThat(seed.reports().stream().mapToInt(report -> report.initiatives().size()).sum()).isEqualTo(315);
		assertThat(seed.reports().stream().mapToInt(report -> report.events().size()).sum()).isEqualTo(9);
		assertThat(seed.regions()).containsAll(curated.regions());
		assertThat(seed.companies()).containsAll(curated.companies());
		assertThat(seed.organizations()).containsAll(curated.organizations());
		assertThat(seed.regions().size()).isGreaterThan(curated.regions().size() + 30);
		assertThat(seed.companies().size()).isGreaterThan(curated.companies().size() + 10);
		Map<String, String> names = seed.regions()
			.stream()
			.collect(Collectors.toMap(Named::id, Named::name, (a, b) -> a));
		assertThat(names).containsEntry("zhejiang", "浙江省").containsEntry("tianjin", "天津市");
		assertThat(seed.companies()).anySatisfy(company -> {
			assertThat(company.id()).isEqualTo("alibaba-group");
			assertThat(company.name()).isEqualTo("阿里巴巴集团");
		});
		var rows = new ArrayList<String>();
		seed.reports().forEach(report -> report.initiatives().forEach(i -> rows.add(i.row())));
		Map<String, Long> byRow = rows.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(byRow.get("zhejiang")).as("the most popular province").isGreaterThan(20);
		assertThat(byRow.get("alibaba-group")).as("the most popular group").isGreaterThan(5);
	}

	@Test
	void theBulkLoaderHashesAFolderAsTheServiceDoes() {
		Map<String, byte[]> files = generate(1, 42, "hashed");
		assertThat(BulkSeedLoader.hash(this.temp.resolve("hashed")))
			.isEqualTo(SeedSources.builtinOnly("file:hashed/", files).hash());
	}

	@Test
	void largeScalesSpreadOverMoreMonthsSoNoFileIsTooLargeToRead() {
		assertThat(SyntheticSeed.months(1)).isEqualTo(1);
		assertThat(SyntheticSeed.months(100)).isEqualTo(100);
		assertThat(SyntheticSeed.months(1000)).isEqualTo(120);
		assertThat(SyntheticSeed.months(10_000)).isEqualTo(263);
		assertThat(SyntheticSeed.share(1_050_000, 263, 0) * 263).isGreaterThanOrEqualTo(1_050_000);
	}

	private Map<String, byte[]> generate(int scale, long seed, String folder) {
		Path out = this.temp.resolve(folder);
		SyntheticSeed.generate(scale, seed, out, line -> {
		});
		return SeedReader.folder(out);
	}

}
