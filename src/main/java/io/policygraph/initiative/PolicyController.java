package io.policygraph.initiative;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.policygraph.graph.Entity;
import io.policygraph.graph.GraphRepository;
import io.policygraph.graph.Initiative;
import io.policygraph.graph.Policy;
import io.policygraph.graph.Sector;
import io.policygraph.error.InvalidArgumentException;

/**
 * {@code Query.policies} and the fields of {@code Policy}, from {@link PolicyRepository}.
 */
@Controller
class PolicyController {

	private final PolicyRepository policies;

	private final GraphRepository graph;

	PolicyController(PolicyRepository policies, GraphRepository graph) {
		this.policies = policies;
		this.graph = graph;
	}

	/**
	 * Documents, newest first; the filter's names are resolved to entities first (an
	 * unknown name matches nothing).
	 * @throws InvalidArgumentException when {@code filter.from} is after
	 * {@code filter.to}
	 */
	@QueryMapping
	List<Policy> policies(@Argument PolicyFilter filter) {
		PolicyFilter f = filter == null ? PolicyFilter.NONE : filter;
		InvalidArgumentException.requireOrdered(f.from(), f.to(), "filter.from", "filter.to");
		return policies.policies(graph.idOf(f.issuer()), graph.idOf(f.sector()), f.from(), f.to());
	}

	@BatchMapping(typeName = "Policy")
	Map<Policy, List<Entity>> issuers(List<Policy> list) {
		return policies.issuers(list);
	}

	@BatchMapping(typeName = "Policy")
	Map<Policy, Initiative> initiative(List<Policy> list) {
		return policies.initiative(list);
	}

	@BatchMapping(typeName = "Policy")
	Map<Policy, List<Sector>> sectors(List<Policy> list) {
		return policies.sectors(list);
	}

}
