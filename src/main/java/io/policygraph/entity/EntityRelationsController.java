package io.policygraph.entity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import io.policygraph.graph.ApiProperties;
import io.policygraph.graph.Batches;
import io.policygraph.graph.Company;
import io.policygraph.graph.Connections.InitiativeConnection;
import io.policygraph.graph.Connections.Slice;
import io.policygraph.graph.Entity;
import io.policygraph.graph.Event;
import io.policygraph.graph.GraphEnums;
import io.policygraph.graph.GraphObject;
import io.policygraph.graph.GraphRepository;
import io.policygraph.graph.GraphRepository.Link;
import io.policygraph.graph.Ministry;
import io.policygraph.graph.Organization;
import io.policygraph.graph.OrganizerRole;
import io.policygraph.graph.ParticipantRole;
import io.policygraph.graph.Policy;
import io.policygraph.graph.Region;
import io.policygraph.graph.RegionLevel;
import io.policygraph.graph.Report;
import io.policygraph.graph.Sector;
import io.policygraph.initiative.NestedPage;

/**
 * The relationship fields of the entity types. Each is batch-loaded: one Cypher query per field
 * and level of a request, whatever the number of parent objects.
 */
@Controller
class EntityRelationsController {

	/** {@link RegionLevel#provinceLevels()} as a Cypher list, for the batch statements below. */
	private static final String PROVINCE_LEVELS = RegionLevel.provinceLevels()
		.stream()
		.map(level -> "'" + level + "'")
		.collect(Collectors.joining(", ", "[", "]"));

	private static final String REGION_PARENT = """
			UNWIND $ids AS id MATCH (:Entity {id: id})-[:PART_OF]->(p:Region) RETURN id, collect(p) AS nodes
			""";

	private static final String REGION_PROVINCE = """
			UNWIND $ids AS id
			MATCH (:Entity {id: id})-[:PART_OF*0..]->(p:Region) WHERE p.level IN %s
			RETURN id, collect(p) AS nodes
			""".formatted(PROVINCE_LEVELS);

	/**
	 * The cities and districts a report names in a region: those directly part of it, and in place of
	 * one held only to complete the hierarchy, the places under it (黄陂区 under 武汉市 for 湖北省).
	 */
	private static final String REGION_CITIES = """
			UNWIND $ids AS id
			MATCH chain = (c:Region)-[:PART_OF*1..3]->(:Entity {id: id})
			WHERE NOT %s AND all(between IN nodes(chain)[1..-1] WHERE %s)
			WITH DISTINCT id, c ORDER BY c.id
			RETURN id, collect(c) AS nodes
			""".formatted(EntityRepository.HIERARCHY_ONLY.formatted("c"), EntityRepository.HIERARCHY_ONLY.formatted("between"));

	/** Whether a place or a group is held only to complete the hierarchy (see EntityRepository.HIERARCHY_ONLY). */
	private static final String HIERARCHY_ONLY = """
			UNWIND $ids AS id
			MATCH (n:Entity {id: id})
			RETURN id, %s AS value
			""".formatted(EntityRepository.HIERARCHY_ONLY.formatted("n"));

	/**
	 * The firms that worked with or in a region: a co-action placed there (or with a partner there),
	 * or their own activity in an entry placed there; not a product as a service channel.
	 */
	private static final String REGION_PARTNERS = """
			UNWIND $ids AS id
			MATCH (r:Entity {id: id})
			CALL (r) {
			  MATCH (c:Company)-[a:ACTOR_IN]->(i:Initiative)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(r)
			  WHERE NOT coalesce(a.channel, false) AND NOT EXISTS { MATCH (c)-[t:TOOK_PART_IN]->() WHERE t.initiativeId = i.id }
			  RETURN c
			  UNION
			  MATCH (c:Company)-[:PARTNERED_WITH]->(partner)-[:PART_OF|LOCATED_IN*0..3]->(r)
			  RETURN c
			}
			WITH id, c ORDER BY c.id
			RETURN id, collect(DISTINCT c) AS nodes
			""";

	private static final String REGION_POLICIES = """
			UNWIND $ids AS id
			MATCH (r:Entity {id: id})
			CALL (r) {
			  MATCH (issuer:Entity)-[:ISSUED]->(p:Policy) WHERE (issuer)-[:PART_OF|LOCATED_IN*0..3]->(r)
			  RETURN p
			  UNION
			  MATCH (p:Policy)<-[:ANNOUNCES]-(:Initiative)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(r)
			  RETURN p
			}
			WITH id, p ORDER BY p.date DESC, p.id
			RETURN id, collect(DISTINCT p) AS nodes
			""";

	private static final String REGION_SECTORS = """
			UNWIND $ids AS id
			MATCH (s:Sector)<-[:CONCERNS]-(i:Initiative)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Entity {id: id})
			WITH id, s, count(DISTINCT i) AS entries ORDER BY entries DESC, s.name
			RETURN id, collect(s) AS nodes
			""";

	private static final String REGION_PROMOTED_SECTORS = """
			UNWIND $ids AS id
			MATCH (:Entity {id: id})-[:PROMOTES]->(s:Sector) WITH id, s ORDER BY s.name
			RETURN id, collect(DISTINCT s) AS nodes
			""";

	private static final String COMPANY_PARENT = """
			UNWIND $ids AS id MATCH (:Entity {id: id})-[:SUBSIDIARY_OF]->(p:Company) RETURN id, collect(p) AS nodes
			""";

	private static final String COMPANY_SUBSIDIARIES = """
			UNWIND $ids AS id
			MATCH (s:Company)-[:SUBSIDIARY_OF]->(:Entity {id: id}) WITH id, s ORDER BY s.id
			RETURN id, collect(s) AS nodes
			""";

	/**
	 * The provinces a company worked with or in: where its co-actions happened (the entry's place, else
	 * the partner's), and where the entries it acted in on its own are placed; not as a service channel.
	 */
	private static final String COMPANY_REGIONS = """
			UNWIND $ids AS id
			MATCH (c:Entity {id: id})
			CALL (c) {
			  MATCH (c)-[p:PARTNERED_WITH]->(partner)
			  MATCH (i:Initiative {id: p.initiativeId})
			  RETURN coalesce(head([(i)-[:IN_REGION]->(place:Region) | place]),
			                  head([(partner)-[:LOCATED_IN|PART_OF*0..1]->(place:Region) | place])) AS place
			  UNION
			  MATCH (c)-[a:ACTOR_IN]->(i:Initiative)-[:IN_REGION]->(place:Region)
			  WHERE NOT coalesce(a.channel, false) AND NOT EXISTS { MATCH (c)-[t:TOOK_PART_IN]->() WHERE t.initiativeId = i.id }
			  RETURN place
			}
			WITH id, place WHERE place IS NOT NULL
			MATCH (place)-[:PART_OF*0..]->(province:Region) WHERE province.level IN %s
			WITH id, province ORDER BY province.id
			RETURN id, collect(DISTINCT province) AS nodes
			""".formatted(PROVINCE_LEVELS);

	/** A company's line of business: its own sectors, else those of the nearest group above it that has some. */
	private static final String COMPANY_BUSINESS_SECTORS = """
			UNWIND $ids AS id
			MATCH (c:Entity {id: id})
			OPTIONAL MATCH chain = (c)-[:SUBSIDIARY_OF*0..5]->(g:Company) WHERE EXISTS { (g)-[:OPERATES_IN]->(:Sector) }
			WITH id, g ORDER BY length(chain)
			WITH id, head(collect(g)) AS owner
			OPTIONAL MATCH (owner)-[:OPERATES_IN]->(s:Sector)
			WITH id, s ORDER BY s.id
			RETURN id, collect(s) AS nodes
			""";

	private static final String COMPANY_PARTNERS = """
			UNWIND $ids AS id
			MATCH (:Entity {id: id})-[:PARTNERED_WITH]->(partner:Entity) WITH id, partner ORDER BY partner.id
			RETURN id, collect(DISTINCT partner) AS nodes
			""";

	private static final String PARTNERING_COMPANIES = """
			UNWIND $ids AS id
			MATCH (c:Company)-[:PARTNERED_WITH]->(:Entity {id: id}) WITH id, c ORDER BY c.id
			RETURN id, collect(DISTINCT c) AS nodes
			""";

	private static final String ISSUED_POLICIES = """
			UNWIND $ids AS id
			MATCH (:Entity {id: id})-[:ISSUED]->(p:Policy) WITH id, p ORDER BY p.date DESC, p.id
			RETURN id, collect(DISTINCT p) AS nodes
			""";

	private static final String ORGANIZATION_REGION = """
			UNWIND $ids AS id MATCH (:Entity {id: id})-[:LOCATED_IN]->(r:Region) RETURN id, collect(r) AS nodes
			""";

	private static final String SECTOR_PROMOTED_BY = """
			UNWIND $ids AS id
			MATCH (r:Region)-[:PROMOTES]->(:Entity {id: id}) WITH id, r ORDER BY r.id
			RETURN id, collect(DISTINCT r) AS nodes
			""";

	private static final String SECTOR_POLICIES = """
			UNWIND $ids AS id
			MATCH (s:Entity {id: id})
			CALL (s) {
			  MATCH (p:Policy)-[:CONCERNS]->(s) RETURN p
			  UNION
			  MATCH (p:Policy)<-[:ANNOUNCES]-(:Initiative)-[:CONCERNS]->(s) RETURN p
			}
			WITH id, p ORDER BY p.date DESC, p.id
			RETURN id, collect(DISTINCT p) AS nodes
			""";

	private static final String EVENT_CITY = """
			UNWIND $ids AS id MATCH (:Entity {id: id})-[:HELD_IN]->(r:Region) RETURN id, collect(r) AS nodes
			""";

	private static final String EVENT_ORGANIZERS = """
			UNWIND $ids AS id
			MATCH (o:Entity)-[r:ORGANIZED]->(:Entity {id: id})
			WITH id, o, r ORDER BY CASE r.role WHEN 'HOST' THEN 0 ELSE 1 END, o.id
			RETURN id, collect({role: r.role, node: o}) AS links
			""";

	private static final String EVENT_PARTICIPANTS = """
			UNWIND $ids AS id
			MATCH (p:Entity)-[r:TOOK_PART_IN]->(:Entity {id: id})
			OPTIONAL MATCH (i:Initiative {id: r.initiativeId})
			WITH id, p, r, i ORDER BY r.role, p.id
			RETURN id, collect({role: r.role, node: p, initiative: i}) AS links
			""";

	private static final String EVENT_REPORT = """
			UNWIND $ids AS id MATCH (:Entity {id: id})-[:REPORTED_IN]->(r:Report) RETURN id, collect(r) AS nodes
			""";

	private final GraphRepository graph;

	private final ApiProperties api;

	EntityRelationsController(GraphRepository graph, ApiProperties api) {
		this.graph = graph;
		this.api = api;
	}

	@BatchMapping(typeName = "Region")
	Map<Region, Region> parent(List<Region> regions) {
		return one(REGION_PARENT, regions, Region.class);
	}

	@BatchMapping(typeName = "Region")
	Map<Region, Region> province(List<Region> regions) {
		return one(REGION_PROVINCE, regions, Region.class);
	}

	@BatchMapping(typeName = "Region", field = "hierarchyOnly")
	Map<Region, Boolean> regionHierarchyOnly(List<Region> regions) {
		return flags(regions);
	}

	@BatchMapping(typeName = "Company", field = "hierarchyOnly")
	Map<Company, Boolean> companyHierarchyOnly(List<Company> companies) {
		return flags(companies);
	}

	private <P extends GraphObject> Map<P, Boolean> flags(List<P> parents) {
		Map<String, Boolean> byId = graph.flags(HIERARCHY_ONLY, Batches.ids(parents));
		var result = new java.util.LinkedHashMap<P, Boolean>();
		parents.forEach(parent -> result.put(parent, byId.getOrDefault(parent.id(), false)));
		return result;
	}

	@BatchMapping(typeName = "Region")
	Map<Region, List<Region>> cities(List<Region> regions) {
		return many(REGION_CITIES, regions, Region.class);
	}

	@BatchMapping(typeName = "Region", field = "partners")
	Map<Region, List<Company>> regionPartners(List<Region> regions) {
		return many(REGION_PARTNERS, regions, Company.class);
	}

	@BatchMapping(typeName = "Region", field = "policies")
	Map<Region, List<Policy>> regionPolicies(List<Region> regions) {
		return many(REGION_POLICIES, regions, Policy.class);
	}

	@BatchMapping(typeName = "Region")
	Map<Region, List<Sector>> sectors(List<Region> regions) {
		return many(REGION_SECTORS, regions, Sector.class);
	}

	@BatchMapping(typeName = "Region")
	Map<Region, List<Sector>> promotedSectors(List<Region> regions) {
		return many(REGION_PROMOTED_SECTORS, regions, Sector.class);
	}

	@SchemaMapping(typeName = "Region", field = "initiatives")
	CompletableFuture<InitiativeConnection> regionInitiatives(Region region, @Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before, DataLoader<NestedPage, InitiativeConnection> pages) {
		return page(pages, NestedPage.Kind.REGION, "Region", region, first, after, last, before);
	}

	@BatchMapping(typeName = "Company", field = "parent")
	Map<Company, Company> companyParent(List<Company> companies) {
		return one(COMPANY_PARENT, companies, Company.class);
	}

	@BatchMapping(typeName = "Company")
	Map<Company, List<Company>> subsidiaries(List<Company> companies) {
		return many(COMPANY_SUBSIDIARIES, companies, Company.class);
	}

	@BatchMapping(typeName = "Company")
	Map<Company, List<Region>> regions(List<Company> companies) {
		return many(COMPANY_REGIONS, companies, Region.class);
	}

	@BatchMapping(typeName = "Company")
	Map<Company, List<Sector>> businessSectors(List<Company> companies) {
		return many(COMPANY_BUSINESS_SECTORS, companies, Sector.class);
	}

	@BatchMapping(typeName = "Company", field = "partners")
	Map<Company, List<Entity>> companyPartners(List<Company> companies) {
		return many(COMPANY_PARTNERS, companies, Entity.class);
	}

	@SchemaMapping(typeName = "Company", field = "initiatives")
	CompletableFuture<InitiativeConnection> companyInitiatives(Company company, @Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before, DataLoader<NestedPage, InitiativeConnection> pages) {
		return page(pages, NestedPage.Kind.GROUP, "Company", company, first, after, last, before);
	}

	@BatchMapping(typeName = "Ministry", field = "policies")
	Map<Ministry, List<Policy>> ministryPolicies(List<Ministry> ministries) {
		return many(ISSUED_POLICIES, ministries, Policy.class);
	}

	@BatchMapping(typeName = "Ministry", field = "partners")
	Map<Ministry, List<Company>> ministryPartners(List<Ministry> ministries) {
		return many(PARTNERING_COMPANIES, ministries, Company.class);
	}

	@SchemaMapping(typeName = "Ministry", field = "initiatives")
	CompletableFuture<InitiativeConnection> ministryInitiatives(Ministry ministry, @Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before, DataLoader<NestedPage, InitiativeConnection> pages) {
		return page(pages, NestedPage.Kind.ACTOR, "Ministry", ministry, first, after, last, before);
	}

	@BatchMapping(typeName = "Organization", field = "region")
	Map<Organization, Region> organizationRegion(List<Organization> organizations) {
		return one(ORGANIZATION_REGION, organizations, Region.class);
	}

	@BatchMapping(typeName = "Organization", field = "policies")
	Map<Organization, List<Policy>> organizationPolicies(List<Organization> organizations) {
		return many(ISSUED_POLICIES, organizations, Policy.class);
	}

	@BatchMapping(typeName = "Organization", field = "partners")
	Map<Organization, List<Company>> organizationPartners(List<Organization> organizations) {
		return many(PARTNERING_COMPANIES, organizations, Company.class);
	}

	@SchemaMapping(typeName = "Organization", field = "initiatives")
	CompletableFuture<InitiativeConnection> organizationInitiatives(Organization organization,
			@Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before, DataLoader<NestedPage, InitiativeConnection> pages) {
		return page(pages, NestedPage.Kind.ACTOR, "Organization", organization, first, after, last, before);
	}

	@BatchMapping(typeName = "Sector")
	Map<Sector, List<Region>> promotedBy(List<Sector> sectors) {
		return many(SECTOR_PROMOTED_BY, sectors, Region.class);
	}

	@BatchMapping(typeName = "Sector", field = "policies")
	Map<Sector, List<Policy>> sectorPolicies(List<Sector> sectors) {
		return many(SECTOR_POLICIES, sectors, Policy.class);
	}

	@SchemaMapping(typeName = "Sector", field = "initiatives")
	CompletableFuture<InitiativeConnection> sectorInitiatives(Sector sector, @Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before, DataLoader<NestedPage, InitiativeConnection> pages) {
		return page(pages, NestedPage.Kind.SECTOR, "Sector", sector, first, after, last, before);
	}

	@BatchMapping(typeName = "Event")
	Map<Event, Region> city(List<Event> events) {
		return one(EVENT_CITY, events, Region.class);
	}

	@BatchMapping(typeName = "Event")
	Map<Event, List<Organizer>> organizers(List<Event> events) {
		Map<String, List<Link>> links = graph.links(EVENT_ORGANIZERS, Batches.ids(events));
		return Batches.each(events, event -> links.get(event.id())
			.stream()
			.map(link -> new Organizer(GraphEnums.read(OrganizerRole.class, link.role(), "Organizer.role"),
					(Entity) link.node()))
			.toList());
	}

	@SchemaMapping(typeName = "Event")
	List<io.policygraph.graph.Participant> participants(Event event, @Argument ParticipantRole role) {
		return graph.participants(EVENT_PARTICIPANTS, List.of(event.id()))
			.getOrDefault(event.id(), List.of())
			.stream()
			.filter(participant -> role == null || participant.role() == role)
			.toList();
	}

	@BatchMapping(typeName = "Event")
	Map<Event, Report> report(List<Event> events) {
		return one(EVENT_REPORT, events, Report.class);
	}

	/** Summits are not report entries; the field exists because every entity has it. */
	@SchemaMapping(typeName = "Event", field = "initiatives")
	InitiativeConnection eventInitiatives(Event event, @Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before) {
		return InitiativeConnection.of(Slice.empty(),
				NestedPage.of(NestedPage.Kind.ACTOR, "Event", event.id(), first, after, last, before, api).page());
	}

	private CompletableFuture<InitiativeConnection> page(DataLoader<NestedPage, InitiativeConnection> pages,
			NestedPage.Kind kind, String type, GraphObject owner, Integer first, String after, Integer last,
			String before) {
		return pages.load(NestedPage.of(kind, type, owner.id(), first, after, last, before, api));
	}

	private <P extends GraphObject, C> Map<P, C> one(String cypher, List<P> parents, Class<C> type) {
		return Batches.one(parents, GraphObject::id, graph.related(cypher, Batches.ids(parents)), type);
	}

	private <P extends GraphObject, C> Map<P, List<C>> many(String cypher, List<P> parents, Class<C> type) {
		return Batches.many(parents, graph.related(cypher, Batches.ids(parents)), type);
	}


	/** A party that organized a summit, and how (the GraphQL type {@code Organizer}). */
	record Organizer(OrganizerRole role, Entity entity) {
	}

}
