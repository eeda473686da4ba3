package io.policygraph.seed;

import static io.policygraph.seed.SeedFixture.FIXTURE;
import static io.policygraph.seed.SeedFixture.edit;
import static io.policygraph.seed.SeedFixture.fixtureFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import io.policygraph.seed.GraphSeed.ReportSeed;
import io.policygraph.seed.SeedRecords.Company;
import io.policygraph.seed.SeedRecords.Initiative;

/**
 * The built-in seed and the imports folder read as one seed, each record in its layer.
 */
class SeedLayersTest {

	private static final Path IMPORTS = Path.of("data/imports");

	private static final String DECEMBER_CANDIDATES = """
			# Candidates found by the import of 2018-12: check each `review`, then delete it.
			- id: company-xinghe
			  name: 星河数科
			  nameEn: 星河数科
			  region: tianjin
			  review: "New company found by the import of 2018-12"
			""";

	private static final String JANUARY_CANDIDATES = """
			# Candidates found by the import of 2019-01: check each `review`, then delete it.
			- id: company-yuntu
			  name: 云途科技
			  nameEn: 云途科技
			  review: "New company found by the import of 2019-01"
			""";

	private final SeedReader reader = new SeedReader();

	@Test
	void entityListsOfOneFileAreJoinedBuiltinFirstEachRecordInTheLayerOfItsImport() {
		GraphSeed seed = reader.parse(withImported(
				Map.of("entities/companies.yaml", "- id: company-curated\n  name: 手工公司\n  nameEn: Hand-made\n\n"
						+ DECEMBER_CANDIDATES + "\n" + JANUARY_CANDIDATES)));
		SeedValidator.validate(seed);

		assertThat(seed.companies()).extracting(Company::id)
			.containsExactly("alibaba", "alibaba-health", "tencent", "company-curated", "company-xinghe",
					"company-yuntu");
		assertThat(seed.layerOf("entities/companies.yaml", 0)).isEqualTo(SeedLayer.BUILTIN);
		assertThat(seed.layerOf("entities/companies.yaml", 2)).isEqualTo(SeedLayer.BUILTIN);
		assertThat(seed.layerOf("entities/companies.yaml", 3).name()).isEqualTo("imports");
		assertThat(seed.layerOf("entities/companies.yaml", 4)).isEqualTo(SeedLayer.month("2018-12", "data/imports/"));
		assertThat(seed.layerOf("entities/companies.yaml", 5).name()).isEqualTo("import:2019-01");
		assertThat(seed.layerOf("entities/regions.yaml", 0)).isEqualTo(SeedLayer.BUILTIN);
		assertThat(seed.regions()).hasSize(3);
	}

	@Test
	void theLayersPresentAreTheBuiltinSeedTheImportsFolderAndTheMonthsWithAReportFolder() {
		Map<String, String> imported = new TreeMap<>(november());
		imported.put("entities/companies.yaml", DECEMBER_CANDIDATES);

		GraphSeed seed = reader.parse(withImported(imported));

		// 2018-12 has candidates but no report folder: its nodes are written, never swept
		// by this load.
		assertThat(seed.layers().present()).containsExactlyInAnyOrder("builtin", "imports", "import:2018-11");
		assertThat(reader.parse(fixtureFiles()).layers().present()).containsExactly("builtin");
	}

	@Test
	void aMonthInBothFoldersIsReadFromTheImportsFolder() {
		Map<String, String> imported = november();
		imported.put("reports/2018-11/initiatives.yaml",
				imported.get("reports/2018-11/initiatives.yaml").replace("阿里健康与南开医院携手", "阿里健康与南开医院再次携手"));

		GraphSeed seed = reader.parse(withImported(imported));
		SeedValidator.validate(seed);

		assertThat(seed.reports()).hasSize(1);
		ReportSeed november = seed.reports().get(0);
		assertThat(november.layer()).isEqualTo(SeedLayer.month("2018-11", "data/imports/"));
		assertThat(november.initiatives()).extracting(Initiative::text).anyMatch(text -> text.contains("再次携手"));
	}

	@Test
	void aProblemInAnImportedMonthNamesTheFileInTheImportsFolder() {
		Map<String, String> imported = november();
		imported.put("reports/2018-11/initiatives.yaml", imported.get("reports/2018-11/initiatives.yaml")
			.replace("partner: nankai-hospital", "partner: nankai-hospitl"));

		assertThatThrownBy(() -> SeedValidator.validate(reader.parse(withImported(imported)))).isInstanceOfSatisfying(
				SeedException.class,
				ex -> assertThat(ex.problems()).containsExactly(
						"data/imports/reports/2018-11/initiatives.yaml: '2018-11-s2-tianjin-2': partnerships.partner:"
								+ " unknown id 'nankai-hospitl'"));
	}

	@Test
	void aProblemInAnImportedCandidateNamesTheImportsFileAndABuiltinProblemTheBuiltinFile() {
		var builtin = edit(fixtureFiles(), "entities/organizations.yaml", "region: xian", "region: xi-an");
		SeedSources sources = SeedSources.builtinOnly(FIXTURE, builtin)
			.withImported(IMPORTS,
					bytes(Map.of("entities/companies.yaml",
							DECEMBER_CANDIDATES.replace("region: tianjin", "region: atlantis")
									+ JANUARY_CANDIDATES.replace("id: company-yuntu", "id: tencent"))));

		assertThatThrownBy(() -> SeedValidator.validate(reader.parse(sources))).isInstanceOfSatisfying(
				SeedException.class,
				ex -> assertThat(ex.problems()).containsExactlyInAnyOrder(
						"data/imports/entities/companies.yaml: 'company-xinghe': region: unknown id 'atlantis'",
						"data/imports/entities/companies.yaml: 'tencent': duplicate id, already used by a company",
						"entities/organizations.yaml: 'xian-fda': region: unknown id 'xi-an'"));
	}

	@Test
	void aSyntaxErrorInALaterSectionNamesTheImportsFileAndTheLineOfTheWholeFile() {
		String companies = DECEMBER_CANDIDATES
				+ JANUARY_CANDIDATES.replace("  nameEn: 云途科技", "  nameEn: 云途科技\n  nickname: 云途");
		String readWhole = problem(
				() -> reader.parse(Map.of("entities/companies.yaml", companies.getBytes(StandardCharsets.UTF_8))));

		assertThat(problem(() -> reader.parse(withImported(Map.of("entities/companies.yaml", companies)))))
			.startsWith("data/imports/" + readWhole.substring(0, readWhole.indexOf(", at ")))
			.contains("nickname");
	}

	private static String problem(ThrowingCallable parse) {
		Throwable thrown = catchThrowable(parse);
		assertThat(thrown).isInstanceOf(SeedException.class);
		return thrown.getMessage();
	}

	@Test
	void aFileOutsideTheLayoutOfTheImportsFolderIsNamedThere() {
		assertThatThrownBy(() -> reader.parse(withImported(Map.of("reports/2018-12/notes.yaml", "[]"))))
			.hasMessageStartingWith("data/imports/reports/2018-12/notes.yaml: not a graph-seed file");
	}

	@Test
	void theHashCoversBothFoldersAndIsTheBuiltinHashWithoutImports() {
		String builtin = reader.parse(fixtureFiles()).hash();

		assertThat(reader.parse(SeedSources.builtinOnly(FIXTURE, fixtureFiles())).hash()).isEqualTo(builtin);
		assertThat(reader.parse(withImported(Map.of())).hash()).isEqualTo(builtin);
		assertThat(reader.parse(withImported(Map.of("entities/companies.yaml", DECEMBER_CANDIDATES))).hash())
			.isNotEqualTo(builtin);
	}

	@Test
	void theJoinedViewAppendsImportedEntitiesAndTakesApartAgain() {
		SeedSources sources = withImported(Map.of("entities/companies.yaml", DECEMBER_CANDIDATES));
		Map<String, String> expected = november();

		Map<String, byte[]> joined = sources.joined();

		String companies = text(joined.get("entities/companies.yaml"));
		assertThat(companies).startsWith(text(fixtureFiles().get("entities/companies.yaml")))
			.endsWith(DECEMBER_CANDIDATES);
		assertThat(reader.parse(joined).companies()).hasSize(4);
		assertThat(text(joined.get("reports/2018-11/initiatives.yaml")))
			.isEqualTo(expected.get("reports/2018-11/initiatives.yaml"));
		String withJanuary = companies + "\n" + JANUARY_CANDIDATES;
		assertThat(text(sources.importedPart("entities/companies.yaml", withJanuary.getBytes(StandardCharsets.UTF_8))))
			.isEqualTo(DECEMBER_CANDIDATES + "\n" + JANUARY_CANDIDATES);
	}

	private SeedSources withImported(Map<String, String> imported) {
		return SeedSources.builtinOnly(FIXTURE, fixtureFiles()).withImported(IMPORTS, bytes(imported));
	}

	/** The fixture's 2018-11 folder, as text by path, to copy into the imports folder. */
	private static Map<String, String> november() {
		var files = new TreeMap<String, String>();
		fixtureFiles().forEach((path, bytes) -> {
			if (path.startsWith("reports/2018-11/")) {
				files.put(path, text(bytes));
			}
		});
		return files;
	}

	private static Map<String, byte[]> bytes(Map<String, String> files) {
		var result = new TreeMap<String, byte[]>();
		files.forEach((path, text) -> result.put(path, text.getBytes(StandardCharsets.UTF_8)));
		return result;
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
