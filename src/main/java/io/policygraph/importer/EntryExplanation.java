package io.policygraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.policygraph.graph.ActorRole;
import io.policygraph.importer.reading.EntryReader.Reason;
import io.policygraph.importer.seeding.ReportImporter;
import io.policygraph.seed.GraphSeed;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.seed.SeedRecords.Named;

/**
 * Why an imported entry reads as it does: each actor's role and the entry's place, with
 * the name of the reading rule that gave it
 * ({@code io.policygraph.importer.reading.RoleRule}, {@code PlaceRule}). Printed by
 * {@code import --explain}; the GraphQL type {@code EntryReading}.
 *
 * @param initiative the entry's initiative id ({@code 2019-03-s2-hunan-1})
 * @param text the entry's text, as imported
 * @param actors each actor with its role and rule, in the order read
 * @param place the entry's place and its rule; null when the entry names none (sections
 * 一, 三)
 */
public record EntryExplanation(String initiative, String text, List<Assigned> actors, Assigned place) {

	/**
	 * One role or place given by a rule.
	 *
	 * @param id the entity's id (a candidate's for a body the seed did not know)
	 * @param name its Chinese name
	 * @param value the role (LEAD, ISSUER, PARTNER, PARTICIPANT), or the region's id for
	 * a place
	 * @param role the role given to an actor; null for a place
	 * @param rule the rule's name ({@code first-party-acts},
	 * {@code most-specific-place}...)
	 */
	public record Assigned(String id, String name, String value, ActorRole role, String rule) {
	}

	/** Every entry of an import, explained, in report order. */
	public static List<EntryExplanation> of(ReportImporter.Result result) {
		Map<String, String> names = names(result.seed());
		var explanations = new ArrayList<EntryExplanation>();
		for (Initiative initiative : result.report().initiatives()) {
			var actors = new ArrayList<Assigned>();
			Assigned place = null;
			for (Reason reason : result.reasons().getOrDefault(initiative.id(), List.of())) {
				if (reason.subject().equals("place")) {
					place = new Assigned(reason.assigned(), names.get(reason.assigned()), reason.assigned(), null,
							reason.rule());
				}
				else {
					actors.add(new Assigned(reason.subject(), names.get(reason.subject()), reason.assigned(),
							ActorRole.valueOf(reason.assigned()), reason.rule()));
				}
			}
			explanations.add(new EntryExplanation(initiative.id(), initiative.text(), List.copyOf(actors), place));
		}
		return explanations;
	}

	/**
	 * The explanation as lines of the command's review: the entry, then a line per actor
	 * and the place.
	 */
	public List<String> lines() {
		var lines = new ArrayList<String>();
		lines.add(initiative + "  " + (text.length() > 40 ? text.substring(0, 40) + "…" : text));
		actors.forEach(actor -> lines
			.add("    %-11s %s (%s)  by %s".formatted(actor.value(), actor.name(), actor.id(), actor.rule())));
		if (place != null) {
			lines.add("    %-11s %s (%s)  by %s".formatted("place", place.name(), place.id(), place.rule()));
		}
		return lines;
	}

	private static Map<String, String> names(GraphSeed seed) {
		var names = new HashMap<String, String>();
		Stream.of(seed.ministries(), seed.regions(), seed.companies(), seed.organizations())
			.flatMap(List::stream)
			.forEach((Named named) -> names.put(named.id(), named.name()));
		return names;
	}

}
