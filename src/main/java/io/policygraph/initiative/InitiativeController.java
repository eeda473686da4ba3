package io.policygraph.initiative;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;

import io.policygraph.error.InvalidArgumentException;
import io.policygraph.graph.ActorRole;
import io.policygraph.graph.ApiProperties;
import io.policygraph.graph.Connections.InitiativeConnection;
import io.policygraph.graph.Entity;
import io.policygraph.graph.GraphRepository;
import io.policygraph.graph.Initiative;
import io.policygraph.graph.PageRequest;
import io.policygraph.graph.Policy;
import io.policygraph.graph.Region;
import io.policygraph.graph.Report;
import io.policygraph.graph.Sector;
import io.policygraph.initiative.InitiativeRepository.Criteria;
import io.policygraph.initiative.InitiativeRepository.PartnershipLink;
import io.policygraph.error.InvalidArgumentException;
import reactor.core.publisher.Mono;

/**
 * {@code Query.initiatives} and the fields of {@code Initiative}, from
 * {@link InitiativeRepository}. Registers the data loader of {@link NestedPage}s, which
 * the nested {@code initiatives} fields of other types load through: one statement per
 * kind of owner and level of a request.
 */
@Controller
class InitiativeController {

	private final InitiativeRepository initiatives;

	private final GraphRepository graph;

	private final ApiProperties api;

	InitiativeController(InitiativeRepository initiatives, GraphRepository graph, ApiProperties api,
			BatchLoaderRegistry loaders) {
		this.initiatives = initiatives;
		this.graph = graph;
		this.api = api;
		loaders.forTypePair(NestedPage.class, InitiativeConnection.class)
			.registerMappedBatchLoader((keys, environment) -> Mono
				.fromCallable(() -> initiatives.pages(keys, Neighbours.in((GraphQLContext) environment.getContext()))));
	}

	/**
	 * A page of entries, newest first; the filter's names are resolved to entities first
	 * (an unknown name matches nothing).
	 * @throws InvalidArgumentException for {@code filter.from} after {@code filter.to},
	 * or a section other than 1 to 3
	 */
	@QueryMapping
	InitiativeConnection initiatives(@Argument InitiativeFilter filter, @Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before, DataFetchingEnvironment field) {
		InitiativeFilter f = filter == null ? InitiativeFilter.NONE : filter;
		InvalidArgumentException.requireOrdered(f.from(), f.to(), "filter.from", "filter.to");
		if (f.section() != null && (f.section() < 1 || f.section() > 3)) {
			throw new InvalidArgumentException("filter.section", "must be 1, 2 or 3, not " + f.section());
		}
		var criteria = new Criteria(graph.idOf(f.region()), graph.idOf(f.sector()), graph.idOf(f.actor()), f.from(),
				f.to(), f.text(), f.report(), f.section());
		return initiatives.page(criteria, PageRequest.of(criteria.list(), first, after, last, before, api),
				field.getSelectionSet().contains("totalCount"), Neighbours.in(field.getGraphQlContext()));
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, Entity> row(List<Initiative> list) {
		return initiatives.row(list);
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, Region> region(List<Initiative> list, GraphQLContext context) {
		return Neighbours.in(context).field(list, Neighbours.Of::region, initiatives::region);
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, List<Actor>> actors(List<Initiative> list, GraphQLContext context) {
		return Neighbours.in(context).field(list, Neighbours.Of::actors, initiatives::actors);
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, List<PartnershipLink>> partnerships(List<Initiative> list) {
		return initiatives.partnerships(list);
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, List<Sector>> sectors(List<Initiative> list, GraphQLContext context) {
		return Neighbours.in(context).field(list, Neighbours.Of::sectors, initiatives::sectors);
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, List<Policy>> policies(List<Initiative> list) {
		return initiatives.policies(list);
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, Report> report(List<Initiative> list) {
		return initiatives.report(list);
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, Initiative> duplicateOf(List<Initiative> list) {
		return initiatives.duplicateOf(list);
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, List<Initiative>> duplicates(List<Initiative> list) {
		return initiatives.duplicates(list);
	}

}
