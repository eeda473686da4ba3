package io.policygraph.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one scale gave.
 *
 * @param coldStartMs from the service's process start to its first answer to
 * {@link Queries#COLD_START}
 * @param skipped the systems not measured, with why
 * @param agreement each system's answer to each query, compared with PolicyGraph's
 */
record ScaleResult(String scale, String dataDir, double coldStartMs, Map<String, String> skipped,
		List<Agreement> agreement, List<Measurement> measurements) {

	Optional<Measurement> measurement(String system, String query, int clients) {
		return this.measurements.stream()
			.filter(m -> m.system().equals(system) && m.query().equals(query) && m.clients() == clients)
			.findFirst();
	}

	/**
	 * One system's answer to one query, before the measurements.
	 *
	 * @param verdict {@code reference: N ids} for PolicyGraph's own, {@code agree} (the
	 * same ids in the same order as PolicyGraph's), {@code same ids, other order},
	 * {@code differ: ...}, or the error
	 * @param ids the ids of the answer, in its order
	 */
	record Agreement(String query, String system, String verdict, List<String> ids) {

		static Agreement reference(String query, List<String> ids) {
			return new Agreement(query, Systems.POLICYGRAPH, "reference: %d ids".formatted(ids.size()), ids);
		}

		static Agreement compare(String query, String system, List<String> ids, List<String> reference) {
			if (reference == null) {
				return new Agreement(query, system, "no PolicyGraph answer to compare", ids);
			}
			if (ids.equals(reference)) {
				return new Agreement(query, system, "agree (%d ids)".formatted(ids.size()), ids);
			}
			if (ids.stream().sorted().toList().equals(reference.stream().sorted().toList())) {
				return new Agreement(query, system, "same ids, other order", ids);
			}
			return new Agreement(query, system, "differ: %d ids vs %d; missing %s, extra %s".formatted(ids.size(),
					reference.size(), minus(reference, ids), minus(ids, reference)), ids);
		}

		/** The first few ids of a not in b, counting repeats. */
		private static List<String> minus(List<String> a, List<String> b) {
			List<String> rest = new ArrayList<>(a);
			b.forEach(rest::remove);
			return rest.stream().limit(5).toList();
		}

	}

}
