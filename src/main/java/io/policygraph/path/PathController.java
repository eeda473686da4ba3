package io.policygraph.path;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.policygraph.error.InvalidArgumentException;
import io.policygraph.graph.ApiProperties;
import io.policygraph.graph.GraphObject;
import io.policygraph.graph.GraphRepository;
import io.policygraph.graph.Report;

@Controller
class PathController {

	private static final int DEFAULT_HOPS = 4;

	private static final int DEFAULT_PATHS = 5;

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
		return paths(from, to, maxHops, 1).stream().findFirst().orElse(null);
	}

	@QueryMapping
	List<Path> paths(@Argument String from, @Argument String to, @Argument Integer maxHops, @Argument Integer first) {
		int hops = maxHops == null ? DEFAULT_HOPS : maxHops;
		if (hops < 1 || hops > api.maxPathHops()) {
			throw new InvalidArgumentException("maxHops",
					"must be between 1 and " + api.maxPathHops() + " (policygraph.api.max-path-hops), not " + hops);
		}
		int limit = first == null ? DEFAULT_PATHS : first;
		if (limit < 1 || limit > api.maxPageSize()) {
			throw new InvalidArgumentException("first",
					"must be between 1 and " + api.maxPageSize() + " (policygraph.api.max-page-size), not " + limit);
		}
		GraphObject start = end("from", from);
		GraphObject end = end("to", to);
		if (start.id().equals(end.id())) {
			return List.of(Path.of(start));
		}
		return paths.ranked(start.id(), end.id(), hops, limit);
	}

	/**
	 * An entity by name as everywhere else, or an initiative or a policy by id. An
	 * unknown name is an error here, not an empty answer: otherwise "no connection" and
	 * "no such name" would look the same. The name is not repeated in the message: it is
	 * the client's own text.
	 */
	private GraphObject end(String argument, String name) {
		return graph.resolve(name)
			.<GraphObject>map(entity -> entity)
			.or(() -> graph.byId(name.strip()).filter(object -> !(object instanceof Report)))
			.orElseThrow(() -> new InvalidArgumentException(argument, "names no entity, initiative or policy"));
	}

}
