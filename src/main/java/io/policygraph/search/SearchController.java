package io.policygraph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.policygraph.graph.ApiProperties;
import io.policygraph.graph.Entity;
import io.policygraph.graph.GraphObject;
import io.policygraph.search.SearchRepository.Scored;
import io.policygraph.web.InvalidArgumentException;

@Controller
class SearchController {

	static final int MAX_TEXT_LENGTH = 200;

	private final SearchRepository search;

	private final ApiProperties api;

	SearchController(SearchRepository search, ApiProperties api) {
		this.search = search;
		this.api = api;
	}

	/**
	 * Full-text hits first, best first; when they are fewer than asked for, substring matches
	 * follow with lower scores (name matches before text matches).
	 */
	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument List<EntityType> types, @Argument Integer first) {
		int limit = first == null ? api.defaultPageSize() : first;
		if (limit < 1 || limit > api.maxPageSize()) {
			throw new InvalidArgumentException("first", "must be between 1 and " + api.maxPageSize() + ", not " + limit);
		}
		if (text.length() > MAX_TEXT_LENGTH) {
			throw new InvalidArgumentException("text", "is longer than " + MAX_TEXT_LENGTH + " characters");
		}
		String query = text.strip();
		if (query.isEmpty()) {
			return List.of();
		}
		Set<EntityType> kinds = types == null || types.isEmpty() ? EnumSet.allOf(EntityType.class) : EnumSet.copyOf(types);
		Map<String, SearchHit> hits = new LinkedHashMap<>();
		List<Scored> fullText = search.fullText(LuceneQuery.of(query), kinds, limit);
		double best = fullText.stream().mapToDouble(Scored::score).max().orElse(0);
		fullText.stream()
			.map(hit -> new SearchHit(isNamed(hit.node(), query) ? hit.score() + best : hit.score(), hit.node(),
					Snippets.of(hit.node(), query)))
			.sorted(Comparator.comparingDouble(SearchHit::score).reversed())
			.forEach(hit -> hits.putIfAbsent(hit.node().id(), hit));
		if (hits.size() < limit) {
			double below = hits.values().stream().mapToDouble(SearchHit::score).min().orElse(1.0) / 2;
			for (Scored hit : search.substring(query, kinds, limit)) {
				hits.putIfAbsent(hit.node().id(),
						new SearchHit(hit.byName() ? below : below / 2, hit.node(), Snippets.of(hit.node(), query)));
			}
		}
		List<SearchHit> ranked = new ArrayList<>(hits.values());
		ranked.sort(Comparator.comparingDouble(SearchHit::score).reversed());
		return ranked.subList(0, Math.min(limit, ranked.size()));
	}

	/** An entity whose name, English name or an alias is exactly the query outranks partial matches. */
	private static boolean isNamed(GraphObject node, String query) {
		return node instanceof Entity entity && (entity.name().equalsIgnoreCase(query)
				|| entity.nameEn().equalsIgnoreCase(query) || entity.aliases().stream().anyMatch(query::equalsIgnoreCase));
	}

}
