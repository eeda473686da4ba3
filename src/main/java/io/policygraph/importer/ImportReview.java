package io.policygraph.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import io.policygraph.seed.SeedRecords.Initiative;

/**
 * An imported report held against the version already in graph-seed (the curated one, or an
 * earlier import): entry by entry, what differs in date, region, link, actors and sectors.
 */
public record ImportReview(int compared, int identical, int missing, int added, List<String> lines) {

	/** The fields compared, each read from both versions. */
	private static final List<Field> FIELDS = List.of(new Field("date", Initiative::date),
			new Field("region", Initiative::region), new Field("sourceUrl", Initiative::sourceUrl),
			new Field("actors", initiative -> new HashSet<>(initiative.actors())),
			new Field("sectors", initiative -> new HashSet<>(initiative.sectors())));

	private record Field(String name, Function<Initiative, Object> value) {
	}

	public static ImportReview of(List<Initiative> existing, List<Initiative> imported) {
		var lines = new ArrayList<String>();
		int identical = 0;
		int compared = Math.min(existing.size(), imported.size());
		for (int i = 0; i < compared; i++) {
			Initiative before = existing.get(i);
			Initiative after = imported.get(i);
			var differences = new ArrayList<String>();
			for (Field field : FIELDS) {
				Object was = field.value().apply(before);
				Object is = field.value().apply(after);
				if (!Objects.equals(was, is)) {
					differences.add(field.name() + ": " + was + " -> " + is);
				}
			}
			if (differences.isEmpty()) {
				identical++;
			}
			else {
				lines.add("~ " + before.id() + (before.id().equals(after.id()) ? "" : " (imported as " + after.id() + ")"));
				differences.forEach(difference -> lines.add("    " + difference));
			}
		}
		existing.subList(compared, existing.size()).forEach(initiative -> lines.add("- " + initiative.id() + " (not found by the import)"));
		imported.subList(compared, imported.size()).forEach(initiative -> lines.add("+ " + initiative.id() + " (new)"));
		return new ImportReview(compared, identical, existing.size() - compared, imported.size() - compared, lines);
	}

	/** Share of the existing entries the import reproduced exactly, in percent. */
	public int identicalPercent() {
		int total = compared + missing;
		return total == 0 ? 100 : 100 * identical / total;
	}

}
