package io.policygraph.importer;

import java.util.List;

import io.policygraph.stats.Stats.Count;

/** The GraphQL type {@code ImportSummary}. */
public record ImportSummary(String month, boolean dryRun, List<String> written, boolean loaded,
		List<Count> entriesBySection, int policies, int events, List<String> newEntities, List<String> unresolved,
		List<String> warnings, List<String> review, Integer identicalPercent, List<EntryExplanation> readings) {
}
