package io.policygraph.entity;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.policygraph.graph.Entity;
import io.policygraph.graph.GraphObject;
import io.policygraph.graph.GraphRepository;

/**
 * {@code Query.node} and {@code Query.entity}: an object by id, an entity by name, from
 * {@link GraphRepository}.
 */
@Controller
class EntityController {

	private final GraphRepository graph;

	EntityController(GraphRepository graph) {
		this.graph = graph;
	}

	@QueryMapping
	GraphObject node(@Argument String id) {
		return graph.byId(id).orElse(null);
	}

	@QueryMapping
	Entity entity(@Argument String name) {
		return graph.resolve(name).orElse(null);
	}

}
