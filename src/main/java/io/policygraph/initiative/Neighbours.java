package io.policygraph.initiative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.GraphQLContext;

import io.policygraph.graph.Initiative;
import io.policygraph.graph.Region;
import io.policygraph.graph.Sector;

/**
 * The region, sectors and actors of the initiatives a request has read with their page,
 * by initiative id: a page statement reads them with the items, so the fields
 * {@code Initiative.region}, {@code sectors} and {@code actors} of a front end's nested
 * query cost no statement of their own. Lives in the request's {@link GraphQLContext} and
 * ends with it: nothing is cached across requests.
 */
final class Neighbours {

	private static final String KEY = Neighbours.class.getName();

	private final Map<String, Of> byId = new ConcurrentHashMap<>();

	private Neighbours() {
	}

	/** The neighbours read so far in the request of this context. */
	static Neighbours in(GraphQLContext context) {
		return context.computeIfAbsent(KEY, key -> new Neighbours());
	}

	/** Keeps an initiative's neighbours for the rest of the request. */
	void put(String initiativeId, Of neighbours) {
		byId.put(initiativeId, neighbours);
	}

	/**
	 * A field of each initiative of a batch: from what the request has read where it can,
	 * and from {@code load}, one statement for the rest, where it cannot.
	 * @param field the field's value among an initiative's neighbours (null: none)
	 * @param load reads the field for the initiatives not read yet
	 */
	<V> Map<Initiative, V> field(List<Initiative> batch, Function<Of, V> field,
			Function<List<Initiative>, Map<Initiative, V>> load) {
		List<Initiative> unknown = new ArrayList<>();
		for (Initiative initiative : batch) {
			if (!byId.containsKey(initiative.id())) {
				unknown.add(initiative);
			}
		}
		Map<Initiative, V> result = unknown.isEmpty() ? new HashMap<>() : new HashMap<>(load.apply(unknown));
		for (Initiative initiative : batch) {
			Of known = byId.get(initiative.id());
			if (known != null) {
				V value = field.apply(known);
				if (value != null) {
					result.put(initiative, value);
				}
			}
		}
		return result;
	}

	/**
	 * What a page statement reads beside an initiative.
	 *
	 * @param region the most specific place of the entry, or null
	 * @param sectors by name
	 * @param actors leads first, then issuers, partners and the rest
	 */
	record Of(Region region, List<Sector> sectors, List<Actor> actors) {
	}

}
