package io.policygraph.seed;

import java.util.ArrayList;
import java.util.List;

import io.policygraph.seed.GraphSeed.ReportSeed;
import io.policygraph.seed.SeedRecords.Initiative;

/**
 * Copies of a read seed with one month's entries changed, layers and all, for loading
 * tests.
 */
final class SeedEdits {

	private SeedEdits() {
	}

	static List<Initiative> initiatives(GraphSeed seed, String month) {
		return report(seed, month).initiatives();
	}

	/**
	 * The month's last initiative that no policy announces and no other entry duplicates.
	 */
	static Initiative removableInitiative(GraphSeed seed, String month) {
		ReportSeed report = report(seed, month);
		List<Initiative> candidates = report.initiatives()
			.stream()
			.filter(i -> report.policies().stream().noneMatch(p -> p.initiative().equals(i.id())))
			.filter(i -> report.initiatives().stream().noneMatch(o -> i.id().equals(o.duplicateOf())))
			.toList();
		return candidates.get(candidates.size() - 1);
	}

	static GraphSeed without(GraphSeed seed, String month, Initiative dropped) {
		return replaceInitiatives(seed, month,
				initiatives(seed, month).stream().filter(initiative -> !initiative.id().equals(dropped.id())).toList(),
				"without-" + dropped.id());
	}

	/**
	 * The same seed with one month's entries replaced; {@code version} stands for its
	 * hash.
	 */
	static GraphSeed replaceInitiatives(GraphSeed seed, String month, List<Initiative> initiatives, String version) {
		var reports = new ArrayList<ReportSeed>();
		for (ReportSeed report : seed.reports()) {
			reports.add(!report.folder().equals(month) ? report : new ReportSeed(report.folder(), report.report(),
					initiatives, report.policies(), report.events(), report.layer()));
		}
		return new GraphSeed(version, seed.ministries(), seed.regions(), seed.companies(), seed.organizations(),
				seed.sectors(), reports, seed.layers());
	}

	private static ReportSeed report(GraphSeed seed, String month) {
		return seed.reports().stream().filter(report -> report.folder().equals(month)).findFirst().orElseThrow();
	}

}
