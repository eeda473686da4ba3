package io.policygraph.seed;

import static io.policygraph.seed.SeedFixture.FIXTURE;
import static io.policygraph.seed.SeedFixture.edit;
import static io.policygraph.seed.SeedFixture.fixtureFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The reader and the validator on a small seed of real entries, and on broken copies of
 * it.
 */
class SeedValidationTest {

	private final SeedReader reader = new SeedReader();

	@Test
	void theFixtureIsReadRecordForRecord() {
		GraphSeed seed = reader.read(FIXTURE);
		SeedValidator.validate(seed);

		assertThat(seed.regions()).extracting(SeedRecords.Region::name).containsExactly("天津市", "陕西省", "西安市");
		var report = seed.reports().get(0);
		assertThat(report.folder()).isEqualTo("2018-11");
		assertThat(report.report().periodStart()).hasToString("2018-10-16");
		var alibabaHealth = report.initiatives().get(0);
		assertThat(alibabaHealth.date()).hasToString("2018-10-22");
		assertThat(alibabaHealth.sourceUrl())
			.isEqualTo("http://news.sina.com.cn/o/2018-10-22/doc-ihmuuiyy9046927.shtml");
		assertThat(alibabaHealth.partnerships())
			.containsExactly(new SeedRecords.Partnership("alibaba-health", "nankai-hospital"));
		assertThat(report.initiatives().get(2).notes()).isEmpty();
	}

	@Test
	void theHashChangesWithTheContentAndOnlyWithIt() {
		Map<String, byte[]> files = fixtureFiles();
		String hash = reader.parse(files).hash();

		assertThat(reader.parse(fixtureFiles()).hash()).isEqualTo(hash);
		assertThat(reader.parse(edit(files, "entities/regions.yaml", "津]", "津, Jin]")).hash()).isNotEqualTo(hash);
	}

	@Test
	void anUnknownReferenceNamesFileRecordAndField() {
		var files = edit(fixtureFiles(), "reports/2018-11/initiatives.yaml", "partner: nankai-hospital",
				"partner: nankai-hospitl");
		assertProblem(files, "reports/2018-11/initiatives.yaml: '2018-11-s2-tianjin-2': partnerships.partner:"
				+ " unknown id 'nankai-hospitl'");
	}

	@Test
	void aReferenceToTheWrongKindIsNamed() {
		var files = edit(fixtureFiles(), "reports/2018-11/initiatives.yaml", "sectors: [food-drug-regulation]",
				"sectors: [tencent]");
		assertProblem(files, "'2018-11-s3-tencent-2': sectors: 'tencent' is a company, expected [sector]");
	}

	@Test
	void aBadDateNamesTheLineAndTheField() {
		var files = edit(fixtureFiles(), "reports/2018-11/initiatives.yaml", "date: 2018-11-13", "date: 2018-11-31");
		assertThatThrownBy(() -> reader.parse(files)).isInstanceOf(SeedException.class)
			.hasMessage("reports/2018-11/initiatives.yaml, line 18, at [1].date: '2018-11-31' is not a valid date"
					+ " (yyyy-mm-dd): Invalid date 'NOVEMBER 31'");
	}

	@Test
	void aDateOutsideThePeriodMustBeNoted() {
		var files = edit(fixtureFiles(), "reports/2018-11/initiatives.yaml", "date: 2018-11-06", "date: 2018-11-16");
		assertProblem(files, "'2018-11-s3-tencent-2': date 2018-11-16 lies outside the monitoring period");
		var noted = edit(files, "reports/2018-11/initiatives.yaml", "  sourceUrlStatus: NONE",
				"  sourceUrlStatus: NONE\n  notes: [\"date outside the monitoring period\"]");
		SeedValidator.validate(reader.parse(noted));
	}

	@Test
	void duplicateIdsAreNamedAcrossEntityFiles() {
		var files = edit(fixtureFiles(), "entities/sectors.yaml", "id: healthcare", "id: tianjin");
		assertProblem(files, "entities/sectors.yaml: 'tianjin': duplicate id, already used by a region");
	}

	@Test
	void anUnknownFieldIsAnError() {
		var files = edit(fixtureFiles(), "entities/regions.yaml", "level: CITY", "level: CITY\n  parentOf: shaanxi");
		assertThatThrownBy(() -> reader.parse(files)).hasMessageStartingWith("entities/regions.yaml, line")
			.hasMessageContaining("parentOf");
	}

	@Test
	void aCityWithoutAProvinceIsAnError() {
		var files = edit(fixtureFiles(), "entities/regions.yaml", "  partOf: shaanxi\n", "");
		assertProblem(files, "entities/regions.yaml: 'xian': partOf is missing: a CITY must belong to a region");
	}

	@Test
	void aDamagedLinkNeedsAReason() {
		var files = edit(fixtureFiles(), "reports/2018-11/initiatives.yaml",
				"content_730668.shtml\n  sourceUrlStatus: OK", "content_730668.shtml\n  sourceUrlStatus: DAMAGED");
		assertProblem(files, "'2018-11-s2-tianjin-4': sourceUrlIssue is missing or blank");
	}

	@Test
	void aPolicyMustNameAnInitiativeOfItsReport() {
		var files = edit(fixtureFiles(), "reports/2018-11/policies.yaml", "initiative: 2018-11-s2-tianjin-4",
				"initiative: 2018-11-s2-tianjin-9");
		assertProblem(files, "initiative '2018-11-s2-tianjin-9' is not an initiative of this report");
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		var files = edit(fixtureFiles(), "entities/companies.yaml", "parent: alibaba", "parent: alibab");
		files = edit(files, "entities/organizations.yaml", "region: xian", "region: xi-an");
		Map<String, byte[]> broken = files;
		assertThatThrownBy(() -> SeedValidator.validate(reader.parse(broken))).isInstanceOfSatisfying(
				SeedException.class,
				ex -> assertThat(ex.problems()).hasSize(2)
					.anyMatch(p -> p.contains("'alibab'"))
					.anyMatch(p -> p.contains("'xi-an'")));
	}

	@Test
	void aFileThatIsNotPartOfTheFormatIsRejected() {
		var files = fixtureFiles();
		files.put("entities/regoins.yaml", "[]".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> reader.parse(files))
			.hasMessageStartingWith("entities/regoins.yaml: not a graph-seed file");
	}

	private void assertProblem(Map<String, byte[]> files, String problem) {
		GraphSeed seed = reader.parse(files);
		assertThatThrownBy(() -> SeedValidator.validate(seed)).isInstanceOfSatisfying(SeedException.class,
				ex -> assertThat(ex.problems()).anyMatch(p -> p.contains(problem)));
	}

}
