package io.policygraph.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

import io.policygraph.graph.Batches;
import io.policygraph.graph.Company;
import io.policygraph.graph.Connections.InitiativeConnection;
import io.policygraph.graph.Connections.Slice;
import io.policygraph.graph.Entity;
import io.policygraph.graph.GraphEnums;
import io.policygraph.graph.GraphObject;
import io.policygraph.graph.GraphRepository;
import io.policygraph.graph.GraphRepository.Link;
import io.policygraph.graph.Initiative;
import io.policygraph.graph.PageRequest;
import io.policygraph.graph.PagedList;
import io.policygraph.graph.Policy;
import io.policygraph.graph.Region;
import io.policygraph.graph.Report;
import io.policygraph.graph.Sector;
import io.policygraph.graph.ActorRole;
import io.policygraph.text.NameKey;

/**
 * {@code Query.initiatives}, the nested {@code initiatives} pages of other types, and the
 * fields of {@code Initiative}. The fields are batch-loaded: one statement per field and
 * level of a request.
 */
@Repository
class InitiativeRepository {

	/**
	 * {@code i} comes after the {@code after} cursor's key in the order
	 * {@code date DESC, id} (or there is none).
	 */
	private static final String AFTER_CURSOR = """
			(key.afterId IS NULL OR i.date < key.afterDate OR (i.date = key.afterDate AND i.id > key.afterId))""";

	/** {@code i} comes before the {@code before} cursor's key (or there is none). */
	private static final String BEFORE_CURSOR = """
			(key.beforeId IS NULL OR i.date > key.beforeDate OR (i.date = key.beforeDate AND i.id < key.beforeId))""";

	/**
	 * Pages of initiatives, one per row of {@code $keys}: %1$s matches the initiatives
	 * {@code i} of the list for {@code key} (a nested list's owner is {@code key.id})
	 * that can be in the window, %6$s all of them, anchored where the planner can start
	 * from an index. The subquery reads the window between the cursors with keyset
	 * predicates (the cursors' dates also bound a range of the date index), in the order
	 * %5$s: newest first, or oldest first for a backward page, which the date index can
	 * give. It reads at most {@code $limit} items, of which the row keeps
	 * {@code key.limit}; each item comes with its region, sectors and actors, which the
	 * fields of {@code Initiative} then need no statement for. Whether the list holds
	 * items outside the cursors stops at the first such item; %4$s counts the list, or is
	 * -1 when the request does not ask for {@code totalCount}.
	 */
	private static final String PAGES = """
			UNWIND $keys AS key
			CALL (key) {
			  %1$s
			  WITH DISTINCT i
			  WHERE i.date <= key.latest AND i.date >= key.earliest AND %2$s AND %3$s
			  WITH i ORDER BY %5$s
			  LIMIT $limit
			  RETURN collect({node: i,
			                  region: COLLECT { MATCH (i)-[:IN_REGION]->(r:Region) RETURN r }[0],
			                  sectors: COLLECT { MATCH (i)-[:CONCERNS]->(s:Sector) RETURN s ORDER BY s.name },
			                  actors: COLLECT { MATCH (a:Entity)-[r:ACTOR_IN]->(i)
			                                    RETURN {role: r.role, node: a} ORDER BY a.id }}) AS window
			}
			RETURN key.index AS index, %4$s AS total,
			       CASE WHEN key.afterId IS NULL THEN false
			            ELSE EXISTS { %6$s WITH DISTINCT i WHERE NOT %2$s RETURN i } END AS itemsBeforeAfter,
			       CASE WHEN key.beforeId IS NULL THEN false
			            ELSE EXISTS { %6$s WITH DISTINCT i WHERE NOT %3$s RETURN i } END AS itemsAfterBefore,
			       window[..key.limit] AS page
			""";

	/** The bounds of the date index's range when a page has no cursor on that side. */
	private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

	/** The size of the list of {@link #PAGES}, for %4$s. */
	private static final String COUNT = "COUNT { %s WITH DISTINCT i RETURN i }";

	private static final Map<NestedPage.Kind, String> NESTED_MATCH = Map.of(NestedPage.Kind.REGION,
			"MATCH (i:Initiative)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Entity {id: key.id})",
			NestedPage.Kind.SECTOR, "MATCH (i:Initiative)-[:CONCERNS]->(:Entity {id: key.id})", NestedPage.Kind.REPORT,
			"MATCH (i:Initiative)-[:REPORTED_IN]->(:Report {id: key.id})", NestedPage.Kind.ACTOR,
			"MATCH (:Entity {id: key.id})-[:ACTOR_IN]->(i:Initiative)", NestedPage.Kind.GROUP,
			"MATCH (a:Company)-[:SUBSIDIARY_OF*0..]->(:Entity {id: key.id}) MATCH (a)-[:ACTOR_IN]->(i:Initiative)");

	/**
	 * By the entry, whose {@code rowId} is read again here: a merge that committed after
	 * the entry was read has moved its row to the kept entity, and the removed one is
	 * gone.
	 */
	private static final String ROW_ENTITIES = """
			UNWIND $ids AS id MATCH (i:Initiative {id: id}) MATCH (n:Entity {id: i.rowId}) RETURN id, [n] AS nodes
			""";

	private static final String REPORTS_BY_ID = """
			UNWIND $ids AS id MATCH (n:Report {id: id}) RETURN id, [n] AS nodes
			""";

	private static final String REGION = """
			UNWIND $ids AS id MATCH (:Initiative {id: id})-[:IN_REGION]->(r:Region) RETURN id, collect(r) AS nodes
			""";

	/**
	 * By id here, rows of {@link GraphRepository.LinkRow}; {@link #actors} puts them in
	 * the order of {@link ActorRole}.
	 */
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

	/**
	 * Rows of {@link PartnershipsRow}: each company that acted in the entry, with each
	 * party it partnered with there.
	 */
	private static final String PARTNERSHIPS = """
			UNWIND $ids AS id
			MATCH (c:Company)-[:ACTOR_IN]->(:Initiative {id: id})
			MATCH (c)-[:PARTNERED_WITH {initiativeId: id}]->(partner)
			WITH id, c, partner ORDER BY c.id, partner.id
			RETURN id, collect({company: c, partner: partner}) AS links
			""";

	private final Driver driver;

	/**
	 * Reads are routed as reads and bounded in time
	 * (policygraph.limits.transaction-timeout).
	 */
	private final QueryConfig reads;

	private final GraphRepository graph;

	InitiativeRepository(Driver driver, QueryConfig reads, GraphRepository graph) {
		this.driver = driver;
		this.reads = reads;
		this.graph = graph;
	}

	/**
	 * A page of {@code Query.initiatives}: one statement, which also reads each item's
	 * region, sectors and actors into {@code neighbours}.
	 * @param counted whether to count the whole list ({@code totalCount}); -1 when not
	 */
	InitiativeConnection page(Criteria criteria, PageRequest page, boolean counted, Neighbours neighbours) {
		Map<String, Object> parameters = new HashMap<>(criteria.parameters());
		Map<String, Object> key = keyParameters(0, null, page);
		parameters.put("keys", List.of(key));
		parameters.put("latest", key.get("latest"));
		parameters.put("earliest", key.get("earliest"));
		parameters.put("limit", page.fetch());
		Record record = driver
			.executableQuery(pages(criteria.match(true), criteria.match(false), counted, page.backward()))
			.withParameters(parameters)
			.withConfig(reads)
			.execute()
			.records()
			.get(0);
		return InitiativeConnection.of(slice(record, neighbours), page);
	}

	/**
	 * The pages of many nested {@code initiatives} fields, one statement per kind of
	 * owner; each item's region, sectors and actors go into {@code neighbours}.
	 */
	Map<NestedPage, InitiativeConnection> pages(Collection<NestedPage> keys, Neighbours neighbours) {
		Map<NestedPage, InitiativeConnection> result = new HashMap<>();
		Map<List<Object>, List<NestedPage>> byKind = keys.stream()
			.collect(Collectors.groupingBy(key -> List.of(key.kind(), key.page().backward())));
		byKind.forEach((kindAndDirection, ofKind) -> {
			NestedPage.Kind kind = ofKind.get(0).kind();
			boolean backward = ofKind.get(0).page().backward();
			List<Map<String, Object>> rows = new ArrayList<>();
			for (int index = 0; index < ofKind.size(); index++) {
				rows.add(keyParameters(index, ofKind.get(index).id(), ofKind.get(index).page()));
			}
			int limit = ofKind.stream().mapToInt(key -> key.page().fetch()).max().orElse(1);
			boolean counted = ofKind.stream().anyMatch(NestedPage::counted);
			List<Record> records = driver.executableQuery(pages(NESTED_MATCH.get(kind), counted, backward))
				.withParameters(Map.of("keys", rows, "limit", limit))
				.withConfig(reads)
				.execute()
				.records();
			for (Record record : records) {
				NestedPage key = ofKind.get(record.get("index").asInt());
				result.put(key, InitiativeConnection.of(slice(record, neighbours), key.page()));
			}
		});
		keys.forEach(key -> result.putIfAbsent(key, InitiativeConnection.of(Slice.empty(), key.page())));
		return result;
	}

	private static String pages(String match, boolean counted, boolean backward) {
		return pages(match, match, counted, backward);
	}

	/**
	 * @param window the {@code MATCH} of the initiatives that can be in the page
	 * @param list the {@code MATCH} of the whole list, for its count and for whether it
	 * holds items outside the cursors
	 */
	private static String pages(String window, String list, boolean counted, boolean backward) {
		return PAGES.formatted(window, AFTER_CURSOR, BEFORE_CURSOR, counted ? COUNT.formatted(list) : "-1",
				backward ? "i.date, i.id DESC" : "i.date DESC, i.id", list);
	}

	/** One row of {@code $keys}: which list and which window of it. */
	private static Map<String, Object> keyParameters(int index, String ownerId, PageRequest page) {
		Map<String, Object> key = new HashMap<>();
		key.put("index", index);
		key.put("id", ownerId);
		key.put("afterDate", page.after() == null ? null : page.after().date());
		key.put("afterId", page.after() == null ? null : page.after().id());
		key.put("beforeDate", page.before() == null ? null : page.before().date());
		key.put("beforeId", page.before() == null ? null : page.before().id());
		key.put("latest", page.after() == null ? LATEST : page.after().date());
		key.put("earliest", page.before() == null ? EARLIEST : page.before().date());
		key.put("limit", page.fetch());
		return key;
	}

	private static Slice<Initiative> slice(Record record, Neighbours neighbours) {
		List<Initiative> items = record.get("page").asList(item -> {
			Initiative initiative = Initiative.from(item.get("node").asNode());
			Value region = item.get("region");
			neighbours.put(initiative.id(),
					new Neighbours.Of(region.isNull() ? null : Region.from(region.asNode()),
							item.get("sectors").asList(sector -> Sector.from(sector.asNode())),
							sortedActors(item.get("actors")
								.asList(link -> new Link(link.get("role").asString(),
										GraphObject.from(link.get("node").asNode()))))));
			return initiative;
		});
		return new Slice<>(items, record.get("total").asLong(), record.get("itemsBeforeAfter").asBoolean(),
				record.get("itemsAfterBefore").asBoolean());
	}

	/** The entity in whose table row of the report an entry is printed. */
	Map<Initiative, Entity> row(List<Initiative> initiatives) {
		return graph.one(ROW_ENTITIES, initiatives, Initiative::id, Entity.class);
	}

	Map<Initiative, Region> region(List<Initiative> initiatives) {
		return graph.one(REGION, initiatives, Initiative::id, Region.class);
	}

	/**
	 * Leads first, then issuers, partners and the rest.
	 * @throws GraphEnums.UnknownValueException for a role the schema does not know
	 */
	Map<Initiative, List<Actor>> actors(List<Initiative> initiatives) {
		Map<Initiative, List<Link>> links = graph.links(ACTORS, initiatives);
		return Batches.each(initiatives, initiative -> sortedActors(links.get(initiative)));
	}

	/** Links of {@code ACTOR_IN} by entity id, as actors by role. */
	private static List<Actor> sortedActors(List<Link> links) {
		return links.stream()
			.map(link -> new Actor(GraphEnums.read(ActorRole.class, link.role(), "Actor.role"), (Entity) link.node()))
			.sorted(Comparator.comparing(Actor::role))
			.toList();
	}

	/**
	 * The companies that acted in an entry with the parties they partnered with there, by
	 * company and partner id.
	 */
	Map<Initiative, List<PartnershipLink>> partnerships(List<Initiative> initiatives) {
		Map<String, List<PartnershipLink>> byId = new HashMap<>();
		graph.batch(PARTNERSHIPS, Batches.ids(initiatives), PartnershipsRow::of)
			.forEach(row -> byId.put(row.id(), row.links()));
		return Batches.each(initiatives, initiative -> byId.getOrDefault(initiative.id(), List.of()));
	}

	/** By name. */
	Map<Initiative, List<Sector>> sectors(List<Initiative> initiatives) {
		return graph.many(SECTORS, initiatives, Sector.class);
	}

	/** The documents an entry announces, by id. */
	Map<Initiative, List<Policy>> policies(List<Initiative> initiatives) {
		return graph.many(ANNOUNCED_POLICIES, initiatives, Policy.class);
	}

	/** The report an entry is printed in. */
	Map<Initiative, Report> report(List<Initiative> initiatives) {
		return graph.one(REPORTS_BY_ID, initiatives, Initiative::reportId, Report.class);
	}

	/** The entry a curator marked this one a duplicate of. */
	Map<Initiative, Initiative> duplicateOf(List<Initiative> initiatives) {
		return graph.one(DUPLICATE_OF, initiatives, Initiative::id, Initiative.class);
	}

	/** The entries marked duplicates of this one, by id. */
	Map<Initiative, List<Initiative>> duplicates(List<Initiative> initiatives) {
		return graph.many(DUPLICATES, initiatives, Initiative.class);
	}

	/** The filter with its names resolved to ids; a null id means "no condition". */
	record Criteria(String regionId, String sectorId, String actorId, LocalDate from, LocalDate to, String text,
			String report, Integer section) {

		Map<String, Object> parameters() {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("region", regionId);
			parameters.put("sector", sectorId);
			parameters.put("actor", actorId);
			parameters.put("from", from);
			parameters.put("to", to);
			String textKey = NameKey.of(text);
			parameters.put("text", textKey.isEmpty() ? null : textKey);
			parameters.put("report", report);
			parameters.put("section", section);
			return parameters;
		}

		/**
		 * The {@code MATCH} of the initiatives {@code i} these criteria select, with the
		 * given conditions only: each entity condition is a pattern from that entity
		 * (found by its id constraint) and dates are a range on the {@code date} index,
		 * so the planner starts from the most selective one instead of reading every
		 * initiative. A region includes its cities and districts; an actor, its
		 * subsidiaries and branches.
		 * @param window true for the initiatives that can be in the page (bounded by the
		 * dates of its cursors, {@code $latest} and {@code $earliest}), false for the
		 * whole list
		 */
		String match(boolean window) {
			List<String> patterns = new ArrayList<>(List.of("(i:Initiative)"));
			List<String> conditions = new ArrayList<>();
			if (regionId != null) {
				patterns.add("(i)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Entity {id: $region})");
			}
			if (sectorId != null) {
				patterns.add("(i)-[:CONCERNS]->(:Entity {id: $sector})");
			}
			if (actorId != null) {
				patterns.add("(:Entity {id: $actor})<-[:SUBSIDIARY_OF*0..]-(:Entity)-[:ACTOR_IN]->(i)");
			}
			if (report != null) {
				patterns.add("(i)-[:REPORTED_IN]->(report:Report)");
				conditions.add("(report.id = $report OR report.month = $report)");
			}
			if (window) {
				// the cursors' dates ($latest, $earliest) bound a range of the date
				// index,
				// which also gives the initiatives newest first
				conditions.add("i.date <= $latest AND i.date >= $earliest");
			}
			if (from != null) {
				conditions.add("i.date >= $from");
			}
			if (to != null) {
				conditions.add("i.date <= $to");
			}
			if (!NameKey.of(text).isEmpty()) {
				conditions.add("i.textKey CONTAINS $text");
			}
			if (section != null) {
				conditions.add("i.section = $section");
			}
			return "MATCH " + String.join(", ", patterns)
					+ (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
		}

		/**
		 * The list these criteria select, for the fingerprint of its cursors: the
		 * resolved, normalized values.
		 */
		PagedList list() {
			String textKey = NameKey.of(text);
			return new PagedList("Query.initiatives",
					Arrays.asList(regionId, sectorId, actorId, from == null ? null : from.toString(),
							to == null ? null : to.toString(), textKey.isEmpty() ? null : textKey, report,
							section == null ? null : section.toString()),
					PagedList.Order.NEWEST_FIRST);
		}

	}

	/**
	 * A company that worked with another party in one initiative (the GraphQL type
	 * {@code PartnershipLink}).
	 */
	record PartnershipLink(Company company, Entity partner) {
	}

	/**
	 * A row of {@link #PARTNERSHIPS}: {@code RETURN id, collect({company: c, partner:
	 * partner}) AS links}.
	 *
	 * @param id the entry's id
	 * @param links each company that acted in it with each party it partnered with there
	 */
	record PartnershipsRow(String id, List<PartnershipLink> links) {

		static PartnershipsRow of(Record record) {
			return new PartnershipsRow(record.get("id").asString(),
					record.get("links")
						.asList(link -> new PartnershipLink(Company.from(link.get("company").asNode()),
								Entity.from(link.get("partner").asNode()))));
		}

	}

}
