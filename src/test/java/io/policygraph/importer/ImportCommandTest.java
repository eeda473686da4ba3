package io.policygraph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * The command line, writing into an imports folder beside the built-in seed or into a
 * copy of graph-seed: files written, idempotence, reviewed months kept, and nothing
 * written on errors.
 */
class ImportCommandTest {

	@TempDir
	Path work;

	Path seed;

	@BeforeEach
	void copySeed() throws IOException {
		seed = work.resolve("graph-seed");
		FileSystemUtils.copyRecursively(ImporterSeed.FOLDER, seed);
	}

	@Test
	void nextMonthsReportIsWrittenForReviewAndASecondImportChangesNothing() throws IOException {
		Path report = Files.writeString(work.resolve("2018-12.txt"), ReportTexts.december());

		CommandRun first = run(report.toString(), "--seed", seed.toString());
		assertThat(first.exit()).as(first.out() + first.err()).isZero();
		assertThat(first.out()).contains("[1/5] Reading").contains("section 二 83").contains("[5/5] Wrote");
		assertThat(seed.resolve("reports/2018-12/initiatives.yaml")).exists();
		assertThat(Files.readString(seed.resolve("reports/2018-12/initiatives.yaml"))).contains("2018-12-s2-tianjin-2")
			.contains("http://news.sina.com.cn/o/2018-10-22/doc-ihmuuiyy9046927.shtml");
		assertASecondImportChangesNothing(seed, report.toString(), "--seed", seed.toString());
	}

	@Test
	void explainNamesTheRuleBehindEveryRoleAndPlace() {
		CommandRun run = run("src/test/resources/importer/cases/unknown-places-not-candidates.txt", "--seed",
				seed.toString(), "--dry-run", "--explain");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("Why each entry reads as it does")
			.contains("2019-03-s2-hunan-1  株洲市印发《株洲市工业互联网发展三年行动计划》")
			.containsPattern("ISSUER +株洲市 \\(region-[0-9a-f]{8}\\)  by region-acts-alone")
			.containsPattern("place +株洲市 \\(region-[0-9a-f]{8}\\)  by most-specific-place")
			.containsPattern("LEAD +华为 \\(huawei\\)  by company-units-lead")
			.containsPattern("PARTNER +华为 \\(huawei\\)  by cooperation-partners");
	}

	@Test
	void aDryRunWritesNothing() throws IOException {
		Path report = Files.writeString(work.resolve("2018-12.txt"), ReportTexts.december());
		Map<String, String> before = tree(seed);

		CommandRun run = run(report.toString(), "--seed", seed.toString(), "--dry-run");
		assertThat(run.exit()).isZero();
		assertThat(run.out()).contains("Dry run: nothing written");
		assertThat(tree(seed)).isEqualTo(before);
	}

	@Test
	void reimportingTheCuratedMonthPrintsTheReviewAndKeepsTheCuratedFiles() throws IOException {
		Map<String, String> before = tree(seed);
		CommandRun run = run(ReportTexts.NOVEMBER.toString(), "--seed", seed.toString());

		assertThat(run.out()).contains("entries identical in date, region, link, actors and sectors");
		assertThat(tree(seed)).isEqualTo(before);
		if (run.exit() != 0) {
			assertThat(run.err()).contains("exists and differs from this import").contains("Nothing was written");
		}
	}

	@Test
	void malformedInputIsRefusedWithALineAndNothingIsWritten() throws IOException {
		String november = ReportTexts.november();
		Map<String, byte[]> inputs = new TreeMap<>();
		inputs.put("empty.txt", new byte[0]);
		inputs.put("truncated.txt", november.substring(0, november.indexOf("湖北省")).getBytes(StandardCharsets.UTF_8));
		inputs.put("gbk.txt", november.getBytes(Charset.forName("GBK")));
		inputs.put("garbage.bin", new byte[] { 0, 1, 2, (byte) 0xff, (byte) 0xfe, 42, 7, 0 });
		inputs.put("other-layout.csv", "id,name\n1,天津\n".getBytes(StandardCharsets.UTF_8));
		inputs.put("no-section-three.txt",
				november.replace("三、电信运营商及互联网相关企业参与情况\n", "\n").getBytes(StandardCharsets.UTF_8));
		Map<String, String> before = tree(seed);
		for (var input : inputs.entrySet()) {
			Path file = Files.write(work.resolve(input.getKey()), input.getValue());
			CommandRun run = run(file.toString(), "--seed", seed.toString());
			assertThat(run.exit()).as(input.getKey()).isEqualTo(1);
			assertThat(run.err()).as(input.getKey()).contains("Cannot import").contains("Nothing was written");
			assertThat(tree(seed)).as(input.getKey()).isEqualTo(before);
		}
		assertThat(run(work.resolve("gbk.txt").toString(), "--seed", seed.toString()).err()).contains("GBK");
	}

	@Test
	void byDefaultTheMonthIsWrittenIntoTheImportsFolderAndASecondImportChangesNothing() throws IOException {
		Path report = Files.writeString(work.resolve("2018-12.txt"), ReportTexts.december());
		Path imports = work.resolve("imports");

		CommandRun first = run(report.toString(), "--imports", imports.toString());
		assertThat(first.exit()).as(first.out() + first.err()).isZero();
		assertThat(first.out()).contains("[2/5] Resolving names against classpath:graph-seed/")
			.contains("[5/5] Wrote 5 files");
		// the month's four files, and the text it was read from
		assertThat(tree(imports)).containsOnlyKeys("reports/2018-12/report.yaml", "reports/2018-12/initiatives.yaml",
				"reports/2018-12/policies.yaml", "reports/2018-12/events.yaml", "reports/2018-12/2018-12.txt");
		assertThat(Files.readString(imports.resolve("reports/2018-12/2018-12.txt"))).isEqualTo(ReportTexts.december());
		assertASecondImportChangesNothing(imports, report.toString(), "--imports", imports.toString());
	}

	@Test
	void theImportsFolderIsTheOneTheServiceIsConfiguredWith() throws IOException {
		Path report = Files.writeString(work.resolve("2018-12.txt"), ReportTexts.december());
		Path imports = work.resolve("elsewhere");

		CommandRun run = run(report.toString(), "--policygraph.seed.imports=" + imports);
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(imports.resolve("reports/2018-12/initiatives.yaml")).exists();
	}

	@Test
	void aMonthEditedInReviewIsReplacedOnlyWithForce() throws IOException {
		Path report = Files.writeString(work.resolve("2018-12.txt"), ReportTexts.december());
		Path imports = work.resolve("imports");
		run(report.toString(), "--imports", imports.toString());
		Path initiatives = imports.resolve("reports/2018-12/initiatives.yaml");
		String imported = Files.readString(initiatives);
		Files.writeString(initiatives, imported.replace("阿里健康与南开医院携手开启", "阿里健康与天津市南开医院携手开启"));
		Map<String, String> reviewed = tree(imports);

		CommandRun again = run(report.toString(), "--imports", imports.toString());
		assertThat(again.exit()).isEqualTo(1);
		assertThat(again.err()).contains("reports/2018-12/ exists and differs from this import")
			.contains("Nothing was written");
		assertThat(tree(imports)).isEqualTo(reviewed);

		CommandRun forced = run(report.toString(), "--imports", imports.toString(), "--force");
		assertThat(forced.exit()).as(forced.err()).isZero();
		assertThat(Files.readString(initiatives)).isEqualTo(imported);
	}

	@Test
	void theCuratedMonthGoesIntoTheImportsFolderOnlyWithForce() throws IOException {
		Path imports = work.resolve("imports");

		CommandRun run = run(ReportTexts.NOVEMBER.toString(), "--imports", imports.toString());
		assertThat(run.exit()).isEqualTo(1);
		assertThat(run.err()).contains("classpath:graph-seed/reports/2018-11/ exists and differs from this import");
		assertThat(imports).doesNotExist();

		CommandRun forced = run(ReportTexts.NOVEMBER.toString(), "--imports", imports.toString(), "--force");
		assertThat(forced.exit()).as(forced.err()).isZero();
		assertThat(tree(imports)).containsKeys("reports/2018-11/report.yaml", "reports/2018-11/initiatives.yaml",
				"reports/2018-11/policies.yaml", "reports/2018-11/events.yaml");
	}

	@Test
	void candidatesAreWrittenIntoTheImportsFolderBesideThoseOfOtherMonths() throws IOException {
		Path report = Files.writeString(work.resolve("2018-12.txt"),
				ReportTexts.december().replace("\n中国移动\t", "\n星河数科\t"));
		Path imports = work.resolve("imports");
		String october = """
				# Candidates found by the import of 2018-10: check each `review`, then delete it.
				- id: company-yuntu
				  name: 云途科技
				  nameEn: 云途科技
				  review: New company found by the import of 2018-10
				""";
		Files.createDirectories(imports.resolve("entities"));
		Files.writeString(imports.resolve("entities/companies.yaml"), october);

		CommandRun run = run(report.toString(), "--imports", imports.toString());
		assertThat(run.exit()).as(run.out() + run.err()).isZero();
		assertThat(run.out()).contains("new: 星河数科");
		String companies = Files.readString(imports.resolve("entities/companies.yaml"));
		assertThat(companies).startsWith(october)
			.contains("# Candidates found by the import of 2018-12")
			.contains("name: 星河数科")
			.doesNotContain("id: alibaba\n");
		assertASecondImportChangesNothing(imports, report.toString(), "--imports", imports.toString());
	}

	/**
	 * Importing the same report again finds nothing to write and leaves the folder as it
	 * is.
	 */
	private static void assertASecondImportChangesNothing(Path folder, String... args) throws IOException {
		Map<String, String> before = tree(folder);
		CommandRun again = run(args);
		assertThat(again.exit()).as(again.err()).isZero();
		assertThat(again.out()).contains("nothing to write");
		assertThat(tree(folder)).isEqualTo(before);
	}

	private static CommandRun run(String... args) {
		return CommandRun.of(args);
	}

	private static Map<String, String> tree(Path root) throws IOException {
		return CommandRun.files(root);
	}

}
