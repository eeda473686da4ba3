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

import io.policygraph.error.InvalidArgumentException;
import io.policygraph.graph.ApiProperties;
import io.policygraph.graph.GraphRepository;
import io.policygraph.search.SearchRepository.Scored;
import io.policygraph.text.NameKey;

@Controller
class SearchController {

	private final SearchRepository search;

	private final GraphRepository graph;

	private final ApiProperties api;

	SearchController(SearchRepository search, GraphRepository graph, ApiProperties api) {
		this.search = search;
		this.graph = graph;
		this.api = api;
	}

	/**
	 * Entities named exactly the text (name, alias or English name, in any spelling)
	 * first, then full-text hits, best first; when they are fewer than asked for,
	 * substring matches follow with lower scores (name matches before text matches).
	 * Everything is compared by {@link NameKey}.
	 */
	@QueryMapping
	List<SearchHit> search(@Argument String text, @Argument List<EntityType> types, @Argument Integer first) {
		int limit = first == null ? api.defaultPageSize() : first;
		if (limit < 1 || limit > api.maxPageSize()) {
			throw new InvalidArgumentException("first",
					"must be between 1 and " + api.maxPageSize() + " (policygraph.api.max-page-size), not " + limit);
		}
		String key = NameKey.of(text);
		if (key.isEmpty()) {
			return List.of();
		}
		Set<EntityType> kinds = types == null || types.isEmpty() ? EnumSet.allOf(EntityType.class)
				: EnumSet.copyOf(types);
		Map<String, SearchHit> hits = new LinkedHashMap<>();
		List<Scored> fullText = search.fullText(LuceneQuery.of(key), kinds, limit);
		double best = fullText.stream().mapToDouble(Scored::score).max().orElse(1.0);
		graph.named(text)
			.stream()
			.filter(entity -> kinds.stream().anyMatch(kind -> kind.holds(entity)))
			.forEach(
					entity -> hits.putIfAbsent(entity.id(), new SearchHit(2 * best, entity, Snippets.of(entity, key))));
		fullText.stream()
			.sorted(Comparator.comparingDouble(Scored::score).reversed())
			.forEach(hit -> hits.putIfAbsent(hit.node().id(),
					new SearchHit(hit.score(), hit.node(), Snippets.of(hit.node(), key))));
		if (hits.size() < limit) {
			double below = hits.values().stream().mapToDouble(SearchHit::score).min().orElse(1.0) / 2;
			for (Scored hit : search.substring(key, kinds, limit)) {
				hits.putIfAbsent(hit.node().id(),
						new SearchHit(hit.byName() ? below : below / 2, hit.node(), Snippets.of(hit.node(), key)));
			}
		}
		List<SearchHit> ranked = new ArrayList<>(hits.values());
		ranked.sort(Comparator.comparingDouble(SearchHit::score).reversed());
		return ranked.subList(0, Math.min(limit, ranked.size()));
	}

}
