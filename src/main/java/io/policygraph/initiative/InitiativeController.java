package io.policygraph.initiative;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import io.policygraph.error.InvalidArgumentException;
import io.policygraph.graph.ActorRole;
import io.policygraph.graph.ApiProperties;
import io.policygraph.graph.Batches;
import io.policygraph.graph.Connections.InitiativeConnection;
import io.policygraph.graph.Entity;
import io.policygraph.graph.Event;
import io.policygraph.graph.GraphEnums;
import io.policygraph.graph.GraphRepository;
import io.policygraph.graph.GraphRepository.Link;
import io.policygraph.graph.Initiative;
import io.policygraph.graph.PageRequest;
import io.policygraph.graph.Policy;
import io.policygraph.graph.Region;
import io.policygraph.graph.Report;
import io.policygraph.graph.Sector;
import io.policygraph.initiative.InitiativeRepository.Criteria;
import io.policygraph.initiative.InitiativeRepository.PartnershipLink;
import reactor.core.publisher.Mono;

@Controller
class InitiativeController {

	private static final String ENTITIES_BY_ID = """
			UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, [n] AS nodes
			""";

	private static final String REPORTS_BY_ID = """
			UNWIND $ids AS id MATCH (n:Report {id: id}) RETURN id, [n] AS nodes
			""";

	private static final String REGION = """
			UNWIND $ids AS id MATCH (:Initiative {id: id})-[:IN_REGION]->(r:Region) RETURN id, collect(r) AS nodes
			""";

	/** By id here; {@link #actors} puts them in the order of {@link ActorRole}. */
	private static final String ACTORS = """
			UNWIND $ids AS id
			MATCH (a:Entity)-[r:ACTOR_IN]->(:Initiative {id: id})
			WITH id, a, r
			ORDER BY a.id
			RETURN id, collect({role: r.role, node: a}) AS links
			""";

	private static final String SECTORS = """
			UNWIND $ids AS id
			MATCH (:Initiative {id: id})-[:CONCERNS]->(s:Sector) WITH id, s ORDER BY s.name
			RETURN id, collect(s) AS nodes
			""";

	private static final String ANNOUNCED_POLICIES = """
			UNWIND $ids AS id
			MATCH (:Initiative {id: id})-[:ANNOUNCES]->(p:Policy) WITH id, p ORDER BY p.id
			RETURN id, collect(p) AS nodes
			""";

	private static final String DUPLICATE_OF = """
			UNWIND $ids AS id MATCH (:Initiative {id: id})-[:DUPLICATE_OF]->(o:Initiative) RETURN id, collect(o) AS nodes
			""";

	private static final String DUPLICATES = """
			UNWIND $ids AS id
			MATCH (d:Initiative)-[:DUPLICATE_OF]->(:Initiative {id: id}) WITH id, d ORDER BY d.id
			RETURN id, collect(d) AS nodes
			""";

	private static final String ISSUERS = """
			UNWIND $ids AS id
			MATCH (e:Entity)-[:ISSUED]->(:Policy {id: id}) WITH id, e ORDER BY e.id
			RETURN id, collect(e) AS nodes
			""";

	private static final String ANNOUNCING_INITIATIVE = """
			UNWIND $ids AS id MATCH (i:Initiative)-[:ANNOUNCES]->(:Policy {id: id}) RETURN id, collect(i) AS nodes
			""";

	private static final String POLICY_SECTORS = """
			UNWIND $ids AS id
			MATCH (:Policy {id: id})-[:CONCERNS]->(s:Sector) WITH id, s ORDER BY s.name
			RETURN id, collect(s) AS nodes
			""";

	private static final String REPORT_EVENTS = """
			UNWIND $ids AS id
			MATCH (e:Event)-[:REPORTED_IN]->(:Report {id: id}) WITH id, e ORDER BY e.startDate
			RETURN id, collect(e) AS nodes
			""";

	private final InitiativeRepository initiatives;

	private final GraphRepository graph;

	private final ApiProperties api;

	InitiativeController(InitiativeRepository initiatives, GraphRepository graph, ApiProperties api,
			BatchLoaderRegistry loaders) {
		this.initiatives = initiatives;
		this.graph = graph;
		this.api = api;
		loaders.forTypePair(NestedPage.class, InitiativeConnection.class)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> initiatives.pages(keys)));
	}

	@QueryMapping
	InitiativeConnection initiatives(@Argument InitiativeFilter filter, @Argument Integer first,
			@Argument String after, @Argument Integer last, @Argument String before) {
		InitiativeFilter f = filter == null ? InitiativeFilter.NONE : filter;
		InvalidArgumentException.requireOrdered(f.from(), f.to(), "filter.from", "filter.to");
		if (f.section() != null && (f.section() < 1 || f.section() > 3)) {
			throw new InvalidArgumentException("filter.section", "must be 1, 2 or 3, not " + f.section());
		}
		var criteria = new Criteria(graph.idOf(f.region()), graph.idOf(f.sector()), graph.idOf(f.actor()), f.from(),
				f.to(), f.text(), f.report(), f.section());
		return initiatives.page(criteria, PageRequest.of(criteria.list(), first, after, last, before, api));
	}

	@QueryMapping
	List<Policy> policies(@Argument PolicyFilter filter) {
		PolicyFilter f = filter == null ? PolicyFilter.NONE : filter;
		InvalidArgumentException.requireOrdered(f.from(), f.to(), "filter.from", "filter.to");
		return initiatives.policies(graph.idOf(f.issuer()), graph.idOf(f.sector()), f.from(), f.to());
	}

	@QueryMapping
	List<Report> reports() {
		return initiatives.reports();
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, Entity> row(List<Initiative> list) {
		return Batches.one(list, Initiative::rowId,
				graph.related(ENTITIES_BY_ID, list.stream().map(Initiative::rowId).distinct().toList()), Entity.class);
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, Region> region(List<Initiative> list) {
		return Batches.one(list, Initiative::id, graph.related(REGION, Batches.ids(list)), Region.class);
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, List<Actor>> actors(List<Initiative> list) {
		Map<String, List<Link>> links = graph.links(ACTORS, Batches.ids(list));
		return Batches.each(list, initiative -> links.get(initiative.id())
			.stream()
			.map(link -> new Actor(GraphEnums.read(ActorRole.class, link.role(), "Actor.role"), (Entity) link.node()))
			.sorted(Comparator.comparing(Actor::role))
			.toList());
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, List<PartnershipLink>> partnerships(List<Initiative> list) {
		Map<String, List<PartnershipLink>> links = initiatives.partnerships(Batches.ids(list));
		return Batches.each(list, initiative -> links.getOrDefault(initiative.id(), List.of()));
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, List<Sector>> sectors(List<Initiative> list) {
		return Batches.many(list, graph.related(SECTORS, Batches.ids(list)), Sector.class);
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, List<Policy>> policies(List<Initiative> list) {
		return Batches.many(list, graph.related(ANNOUNCED_POLICIES, Batches.ids(list)), Policy.class);
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, Report> report(List<Initiative> list) {
		return Batches.one(list, Initiative::reportId,
				graph.related(REPORTS_BY_ID, list.stream().map(Initiative::reportId).distinct().toList()), Report.class);
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, Initiative> duplicateOf(List<Initiative> list) {
		return Batches.one(list, Initiative::id, graph.related(DUPLICATE_OF, Batches.ids(list)), Initiative.class);
	}

	@BatchMapping(typeName = "Initiative")
	Map<Initiative, List<Initiative>> duplicates(List<Initiative> list) {
		return Batches.many(list, graph.related(DUPLICATES, Batches.ids(list)), Initiative.class);
	}

	@BatchMapping(typeName = "Policy")
	Map<Policy, List<Entity>> issuers(List<Policy> list) {
		return Batches.many(list, graph.related(ISSUERS, Batches.ids(list)), Entity.class);
	}

	@BatchMapping(typeName = "Policy")
	Map<Policy, Initiative> initiative(List<Policy> list) {
		return Batches.one(list, Policy::id, graph.related(ANNOUNCING_INITIATIVE, Batches.ids(list)), Initiative.class);
	}

	@BatchMapping(typeName = "Policy", field = "sectors")
	Map<Policy, List<Sector>> policySectors(List<Policy> list) {
		return Batches.many(list, graph.related(POLICY_SECTORS, Batches.ids(list)), Sector.class);
	}

	@BatchMapping(typeName = "Report")
	Map<Report, List<Event>> events(List<Report> list) {
		return Batches.many(list, graph.related(REPORT_EVENTS, Batches.ids(list)), Event.class);
	}

	@SchemaMapping(typeName = "Report")
	CompletableFuture<InitiativeConnection> initiatives(Report report, @Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before, DataLoader<NestedPage, InitiativeConnection> pages) {
		return pages.load(NestedPage.of(NestedPage.Kind.REPORT, "Report", report.id(), first, after, last, before, api));
	}

	/** A party in an initiative and its role (the GraphQL type {@code Actor}). */
	record Actor(ActorRole role, Entity entity) {
	}

}
