package io.policygraph.path;

import java.util.List;
import java.util.Optional;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.policygraph.graph.ApiProperties;
import io.policygraph.graph.GraphObject;
import io.policygraph.graph.GraphRepository;
import io.policygraph.web.InvalidArgumentException;

@Controller
class PathController {

	private final PathRepository paths;

	private final GraphRepository graph;

	private final ApiProperties api;

	PathController(PathRepository paths, GraphRepository graph, ApiProperties api) {
		this.paths = paths;
		this.graph = graph;
		this.api = api;
	}

	@QueryMapping
	Path path(@Argument String from, @Argument String to, @Argument Integer maxHops) {
		int hops = maxHops == null ? 4 : maxHops;
		if (hops < 1 || hops > api.maxPathHops()) {
			throw new InvalidArgumentException("maxHops", "must be between 1 and " + api.maxPathHops() + ", not " + hops);
		}
		Optional<GraphObject> start = find(from);
		Optional<GraphObject> end = find(to);
		if (start.isEmpty() || end.isEmpty()) {
			return null;
		}
		if (start.get().id().equals(end.get().id())) {
			return new Path(List.of(start.get()), List.of());
		}
		return paths.shortest(start.get().id(), end.get().id(), hops).orElse(null);
	}

	/** An entity by name as everywhere else, or any object by id (an initiative, a policy). */
	private Optional<GraphObject> find(String name) {
		return graph.resolve(name).<GraphObject>map(entity -> entity).or(() -> graph.byId(name.strip()));
	}

}
