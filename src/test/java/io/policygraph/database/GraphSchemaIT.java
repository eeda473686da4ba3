package io.policygraph.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import io.policygraph.support.PolicyGraphIT;

@PolicyGraphIT
class GraphSchemaIT {

	@Autowired
	Driver driver;

	@Autowired
	GraphSchema schema;

	@Test
	void constraintsAndIndexesExistAfterStartUp() {
		assertThat(constraintNames()).contains("entity_id", "initiative_id", "policy_id", "report_id", "seed_state_id");
		assertThat(onlineIndexes()).contains("entity_name", "initiative_date", "policy_date", "entity_keys",
				"entity_name_search", "initiative_text_search", "policy_title_search");
	}

	@Test
	void searchIndexesUseTheCjkAnalyzerAndTheKeyLookUpKeepsKeysWhole() {
		var analyzers = driver.executableQuery("""
				SHOW FULLTEXT INDEXES YIELD name, options
				RETURN name, options.indexConfig.`fulltext.analyzer` AS analyzer
				""")
			.execute()
			.records()
			.stream()
			.collect(Collectors.toMap(r -> r.get("name").asString(), r -> r.get("analyzer").asString()));
		assertThat(analyzers).containsAllEntriesOf(Map.of("entity_name_search", "cjk", "initiative_text_search", "cjk",
				"policy_title_search", "cjk", "entity_keys", "keyword"));
	}

	@Test
	void theIndexesOverNamesAsPrintedOfEarlierVersionsAreDropped() {
		driver
			.executableQuery("CREATE FULLTEXT INDEX entity_names FOR (n:Entity) ON EACH [n.name, n.nameEn, n.aliases]")
			.execute();
		schema.apply();
		assertThat(onlineIndexes()).doesNotContain("entity_names").contains("entity_name_search");
	}

	@Test
	void applyingTheSchemaAgainChangesNothing() {
		List<String> constraints = constraintNames();
		List<String> indexes = onlineIndexes();
		schema.apply();
		assertThat(constraintNames()).isEqualTo(constraints);
		assertThat(onlineIndexes()).isEqualTo(indexes);
	}

	private List<String> constraintNames() {
		return driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("name").asString())
			.toList();
	}

	private List<String> onlineIndexes() {
		return driver.executableQuery("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name ORDER BY name")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("name").asString())
			.toList();
	}

}
