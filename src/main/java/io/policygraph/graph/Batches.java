package io.policygraph.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Shapes the answer of a batched neighbour query ({@link GraphRepository.NeighbourRow})
 * into what a {@code @BatchMapping} returns: a value per parent object.
 */
public final class Batches {

	private Batches() {
	}

	/** The distinct ids of a batch of parents, as the batched queries take them. */
	public static List<String> ids(List<? extends GraphObject> parents) {
		return parents.stream().map(GraphObject::id).distinct().toList();
	}

	/** A value computed for each parent, in the parents' order. */
	public static <P, V> Map<P, V> each(List<P> parents, Function<P, V> value) {
		Map<P, V> result = new LinkedHashMap<>();
		parents.forEach(parent -> result.put(parent, value.apply(parent)));
		return result;
	}

	/** Each parent's neighbours of the given type, an empty list where it has none. */
	public static <P extends GraphObject, C> Map<P, List<C>> many(List<P> parents,
			Map<String, List<GraphObject>> related, Class<C> type) {
		Map<P, List<C>> result = new LinkedHashMap<>();
		parents.forEach(parent -> result.put(parent,
				related.getOrDefault(parent.id(), List.of())
					.stream()
					.filter(type::isInstance)
					.map(type::cast)
					.toList()));
		return result;
	}

	/**
	 * Each parent's single neighbour, looked up by a key the parent holds (its id, or a
	 * foreign id such as rowId).
	 */
	public static <P, C> Map<P, C> one(List<P> parents, Function<P, String> key, Map<String, List<GraphObject>> related,
			Class<C> type) {
		Map<P, C> result = new LinkedHashMap<>();
		for (P parent : parents) {
			related.getOrDefault(key.apply(parent), List.of())
				.stream()
				.filter(type::isInstance)
				.map(type::cast)
				.findFirst()
				.ifPresent(child -> result.put(parent, child));
		}
		return result;
	}

}
