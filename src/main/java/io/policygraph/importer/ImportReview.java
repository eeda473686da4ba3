package io.policygraph.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import io.policygraph.seed.SeedRecords.Initiative;

/**
 * An imported report held against the version already in graph-seed (the curated one, or
 * an earlier import): entry by entry, what differs in date, region, link, actors and
 * sectors. Entries are paired by what they say (section, date and the start of the text),
 * not by position, so an entry missing from one version shows as missing, not as every
 * later entry changed.
 *
 * @param compared entries found in both versions
 * @param identical of those, the ones equal in all five fields
 * @param missing entries of the existing version the import did not find
 * @param added entries the import found that the existing version lacks
 * @param lines one line per difference, readable:
 * {@code actors: [hunan:LEAD] -> [org-…:LEAD]}; then one line, starting {@code !}, per
 * curator's change (from the audit trail) that loading the import replaces
 * @param newMonth whether no version of the month was there to compare with (the review
 * then holds only the curators' changes)
 */
public record ImportReview(int compared, int identical, int missing, int added, List<String> lines, boolean newMonth) {

	/**
	 * The fields compared, each read from both versions as text that sorts the same way
	 * every time.
	 */
	private static final List<Field> FIELDS = List.of(new Field("date", Initiative::date),
			new Field("region", Initiative::region), new Field("sourceUrl", Initiative::sourceUrl),
			new Field("actors",
					initiative -> sorted(initiative.actors().stream().map(a -> a.id() + ":" + a.role()).toList())),
			new Field("sectors", initiative -> sorted(initiative.sectors())));

	private record Field(String name, Function<Initiative, Object> value) {
	}

	public static ImportReview of(List<Initiative> existing, List<Initiative> imported) {
		var lines = new ArrayList<String>();
		Set<Initiative> unmatched = new LinkedHashSet<>(imported);
		var missing = new ArrayList<Initiative>();
		int identical = 0;
		int compared = 0;
		for (Initiative before : existing) {
			Initiative after = unmatched.stream()
				.filter(candidate -> sameEntry(before, candidate))
				.findFirst()
				.orElse(null);
			if (after == null) {
				missing.add(before);
				continue;
			}
			unmatched.remove(after);
			compared++;
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
				lines.add("~ " + before.id()
						+ (before.id().equals(after.id()) ? "" : " (imported as " + after.id() + ")"));
				differences.forEach(difference -> lines.add("    " + difference));
			}
		}
		missing.forEach(
				initiative -> lines.add("- " + initiative.id() + " (not found by the import): " + start(initiative)));
		unmatched.forEach(initiative -> lines.add("+ " + initiative.id() + " (new): " + start(initiative)));
		return new ImportReview(compared, identical, missing.size(), unmatched.size(), lines, false);
	}

	/** The review of a new month: only the curators' changes its load replaces. */
	public static ImportReview newMonth(List<String> curatorEdits) {
		return new ImportReview(0, 0, 0, 0, List.copyOf(curatorEdits), true);
	}

	/** The same review with the curators' changes its load replaces. */
	public ImportReview with(List<String> curatorEdits) {
		var all = new ArrayList<>(lines);
		all.addAll(curatorEdits);
		return new ImportReview(compared, identical, missing, added, all, newMonth);
	}

	/**
	 * The same entry of the report: same section and date, and one text starts as the
	 * other.
	 */
	private static boolean sameEntry(Initiative a, Initiative b) {
		String textA = compact(a.text());
		String textB = compact(b.text());
		int length = Math.min(12, Math.min(textA.length(), textB.length()));
		return a.section() == b.section() && a.date().equals(b.date())
				&& textA.substring(0, length).equals(textB.substring(0, length));
	}

	private static String compact(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static String start(Initiative initiative) {
		String text = initiative.text();
		return "'" + (text.length() > 30 ? text.substring(0, 30) + "…" : text) + "'";
	}

	private static List<String> sorted(List<String> values) {
		return List.copyOf(new TreeSet<>(values));
	}

	/**
	 * Share of the existing entries the import reproduced exactly, in percent; null for a
	 * new month.
	 */
	public Integer identicalPercent() {
		if (newMonth) {
			return null;
		}
		int total = compared + missing;
		return total == 0 ? 100 : 100 * identical / total;
	}

}
