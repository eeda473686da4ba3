package io.policygraph.importer.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.policygraph.importer.ImporterSeed;
import io.policygraph.importer.reading.EntryReader.Reading;
import io.policygraph.importer.reading.EntryReader.Reason;
import io.policygraph.seed.SeedReader;

/**
 * Each rule on its own example sentence: the role (or place) it gives there, with the
 * rule named as the reason. The sentences are written for the rules, not taken from a
 * report.
 */
class RuleExamplesTest {

	private static EntryReader reader() {
		return new EntryReader(new Gazetteer(new SeedReader().read(ImporterSeed.LOCATION)));
	}

	@ParameterizedTest
	@EnumSource(RoleRule.class)
	void eachRoleRuleGivesItsExamplesRole(RoleRule rule) {
		RoleRule.Example example = rule.example();
		Reading reading = reader().read(example.section(), example.rowId(), example.text());
		String[] gives = example.gives().split(":");
		if (gives[1].equals("NONE")) {
			assertThat(reading.actors()).as(rule.ruleName() + " leaves " + gives[0] + " without a role")
				.noneMatch(actor -> actor.id().equals(gives[0]));
			return;
		}
		assertThat(reading.reasons()).as(rule.ruleName() + " on: " + example.text())
			.contains(new Reason(gives[0], gives[1], rule.ruleName()));
	}

	@ParameterizedTest
	@EnumSource(PlaceRule.class)
	void eachPlaceRuleGivesItsExamplesPlace(PlaceRule rule) {
		Reading reading = reader().read(2, rule.exampleRow(), rule.exampleText());
		assertThat(reading.region()).isEqualTo(rule.exampleRegion());
		assertThat(reading.reasons()).contains(new Reason("place", rule.exampleRegion(), rule.ruleName()));
	}

	@ParameterizedTest
	@EnumSource(RoleRule.class)
	void rulesHaveDistinctPriorities(RoleRule rule) {
		assertThat(Stream.of(RoleRule.values()).filter(other -> other.priority() == rule.priority())).hasSize(1);
		assertThat(Arrays.stream(RoleRule.values()).map(RoleRule::ruleName)).doesNotHaveDuplicates();
	}

}
