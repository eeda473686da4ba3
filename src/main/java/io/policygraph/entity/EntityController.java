package io.policygraph.entity;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.policygraph.graph.ApiProperties;
import io.policygraph.graph.Connections.CompanyConnection;
import io.policygraph.graph.Entity;
import io.policygraph.graph.Event;
import io.policygraph.graph.GraphObject;
import io.policygraph.graph.GraphRepository;
import io.policygraph.graph.PageRequest;
import io.policygraph.graph.Region;
import io.policygraph.graph.Sector;

@Controller
class EntityController {

	private final GraphRepository graph;

	private final EntityRepository entities;

	private final ApiProperties api;

	EntityController(GraphRepository graph, EntityRepository entities, ApiProperties api) {
		this.graph = graph;
		this.entities = entities;
		this.api = api;
	}

	@QueryMapping
	GraphObject node(@Argument String id) {
		return graph.byId(id).orElse(null);
	}

	@QueryMapping
	Entity entity(@Argument String name) {
		return graph.resolve(name).orElse(null);
	}

	@QueryMapping
	List<Region> regions(@Argument String level, @Argument Boolean includeHierarchyOnly) {
		return entities.regions(level, Boolean.TRUE.equals(includeHierarchyOnly));
	}

	@QueryMapping
	CompanyConnection companies(@Argument CompanyFilter filter, @Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before) {
		CompanyFilter f = filter == null ? CompanyFilter.NONE : filter;
		var criteria = EntityRepository.Criteria.of(f.name(), graph.idOf(f.region()), graph.idOf(f.sector()),
				graph.idOf(f.group()), graph.idOf(f.businessSector()));
		return entities.companies(criteria, PageRequest.of(criteria.list(), first, after, last, before, api));
	}

	@QueryMapping
	List<Sector> sectors() {
		return entities.sectors();
	}

	@QueryMapping
	List<Event> events() {
		return entities.events();
	}

}
