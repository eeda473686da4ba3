package io.policygraph.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

import io.policygraph.graph.Company;
import io.policygraph.graph.Connections.InitiativeConnection;
import io.policygraph.graph.Connections.Slice;
import io.policygraph.graph.Entity;
import io.policygraph.graph.Initiative;
import io.policygraph.graph.PageRequest;
import io.policygraph.graph.PagedList;
import io.policygraph.graph.Policy;
import io.policygraph.graph.Report;
import io.policygraph.text.NameKey;

@Repository
class InitiativeRepository {

	/** Every condition is skipped when its parameter is null; ids are resolved before. */
	private static final String FILTERED = """
			MATCH (i:Initiative)
			WHERE ($region IS NULL OR EXISTS { (i)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Entity {id: $region}) })
			  AND ($sector IS NULL OR EXISTS { (i)-[:CONCERNS]->(:Entity {id: $sector}) })
			  AND ($actor IS NULL OR EXISTS {
			        MATCH (a:Entity)-[:ACTOR_IN]->(i)
			        WHERE a.id = $actor OR EXISTS { (a)-[:SUBSIDIARY_OF*1..]->(:Entity {id: $actor}) } })
			  AND ($from IS NULL OR i.date >= $from)
			  AND ($to IS NULL OR i.date <= $to)
			  AND ($text IS NULL OR i.textKey CONTAINS $text)
			  AND ($report IS NULL OR i.reportId = $report OR EXISTS { (i)-[:REPORTED_IN]->(:Report {month: $report}) })
			  AND ($section IS NULL OR i.section = $section)
			""";

	/** {@code i} comes after the {@code after} cursor's key in the order {@code date DESC, id} (or there is none). */
	private static final String AFTER_CURSOR = """
			(key.afterId IS NULL OR i.date < key.afterDate OR (i.date = key.afterDate AND i.id > key.afterId))""";

	/** {@code i} comes before the {@code before} cursor's key (or there is none). */
	private static final String BEFORE_CURSOR = """
			(key.beforeId IS NULL OR i.date > key.beforeDate OR (i.date = key.beforeDate AND i.id < key.beforeId))""";

	/**
	 * Pages of initiatives, one per row of {@code $keys}: %1$s matches the initiatives {@code i} of
	 * the list for {@code key} (a nested list's owner is {@code key.id}). The first subquery counts
	 * the list and tells whether it holds items outside the cursors; the second reads the window
	 * between them with keyset predicates, newest first (oldest first for a backward page), at most
	 * {@code $limit} items, of which the row keeps {@code key.limit}.
	 */
	private static final String PAGES = """
			UNWIND $keys AS key
			CALL (key) {
			  %1$s
			  WITH DISTINCT i
			  RETURN count(i) AS total,
			         count(CASE WHEN NOT %2$s THEN 1 END) > 0 AS itemsBeforeAfter,
			         count(CASE WHEN NOT %3$s THEN 1 END) > 0 AS itemsAfterBefore
			}
			CALL (key) {
			  %1$s
			  WITH DISTINCT i
			  WHERE %2$s AND %3$s
			  WITH i ORDER BY CASE WHEN key.backward THEN null ELSE i.date END DESC,
			                  CASE WHEN key.backward THEN null ELSE i.id END,
			                  CASE WHEN key.backward THEN i.date END,
			                  CASE WHEN key.backward THEN i.id END DESC
			  LIMIT $limit
			  RETURN collect(i) AS window
			}
			RETURN key.index AS index, total, itemsBeforeAfter, itemsAfterBefore, window[..key.limit] AS page
			""";

	private static final Map<NestedPage.Kind, String> NESTED_MATCH = Map.of(
			NestedPage.Kind.REGION, "MATCH (i:Initiative)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Entity {id: key.id})",
			NestedPage.Kind.SECTOR, "MATCH (i:Initiative)-[:CONCERNS]->(:Entity {id: key.id})",
			NestedPage.Kind.REPORT, "MATCH (i:Initiative)-[:REPORTED_IN]->(:Report {id: key.id})",
			NestedPage.Kind.ACTOR, "MATCH (:Entity {id: key.id})-[:ACTOR_IN]->(i:Initiative)",
			NestedPage.Kind.GROUP, "MATCH (a:Company)-[:SUBSIDIARY_OF*0..]->(:Entity {id: key.id}) MATCH (a)-[:ACTOR_IN]->(i:Initiative)");

	private static final String POLICIES = """
			MATCH (p:Policy)
			WHERE ($issuer IS NULL OR EXISTS {
			        MATCH (issuer:Entity)-[:ISSUED]->(p)
			        WHERE issuer.id = $issuer
			           OR EXISTS { (issuer)-[:LOCATED_IN|PART_OF]->(:Region)-[:PART_OF*0..]->(:Entity {id: $issuer}) }
			           OR EXISTS { (issuer)-[:PART_OF*1..]->(:Entity {id: $issuer}) } })
			  AND ($sector IS NULL OR EXISTS { (p)-[:CONCERNS]->(:Entity {id: $sector}) }
			       OR EXISTS { (p)<-[:ANNOUNCES]-(:Initiative)-[:CONCERNS]->(:Entity {id: $sector}) })
			  AND ($from IS NULL OR p.date >= $from)
			  AND ($to IS NULL OR p.date <= $to)
			RETURN p ORDER BY p.date DESC, p.id
			""";

	private static final String REPORTS = """
			MATCH (r:Report) RETURN r ORDER BY r.month
			""";

	private static final String PARTNERSHIPS_OF_INITIATIVES = """
			UNWIND $ids AS id
			MATCH (c:Company)-[:ACTOR_IN]->(:Initiative {id: id})
			MATCH (c)-[:PARTNERED_WITH {initiativeId: id}]->(partner)
			WITH id, c, partner ORDER BY c.id, partner.id
			RETURN id, collect({company: c, partner: partner}) AS links
			""";

	private final Driver driver;

	/** Every transaction of the API is bounded in time (policygraph.limits.transaction-timeout). */
	private final TransactionConfig transactions;

	InitiativeRepository(Driver driver, TransactionConfig transactions) {
		this.driver = driver;
		this.transactions = transactions;
	}

	/** A page of {@code Query.initiatives}: one statement. */
	InitiativeConnection page(Criteria criteria, PageRequest page) {
		Map<String, Object> parameters = new HashMap<>(criteria.parameters());
		parameters.put("keys", List.of(keyParameters(0, null, page)));
		parameters.put("limit", page.fetch());
		try (var session = driver.session()) {
			Record record = session.executeRead(tx -> tx.run(pages(FILTERED), parameters).single(), transactions);
			return InitiativeConnection.of(slice(record), page);
		}
	}

	/** The pages of many nested {@code initiatives} fields, one statement per kind of owner. */
	Map<NestedPage, InitiativeConnection> pages(Collection<NestedPage> keys) {
		Map<NestedPage, InitiativeConnection> result = new HashMap<>();
		Map<NestedPage.Kind, List<NestedPage>> byKind = keys.stream().collect(Collectors.groupingBy(NestedPage::kind));
		try (var session = driver.session()) {
			byKind.forEach((kind, ofKind) -> {
				List<Map<String, Object>> rows = new ArrayList<>();
				for (int index = 0; index < ofKind.size(); index++) {
					rows.add(keyParameters(index, ofKind.get(index).id(), ofKind.get(index).page()));
				}
				int limit = ofKind.stream().mapToInt(key -> key.page().fetch()).max().orElse(1);
				String cypher = pages(NESTED_MATCH.get(kind));
				for (Record record : session.executeRead(
						tx -> tx.run(cypher, Map.of("keys", rows, "limit", limit)).list(), transactions)) {
					NestedPage key = ofKind.get(record.get("index").asInt());
					result.put(key, InitiativeConnection.of(slice(record), key.page()));
				}
			});
		}
		keys.forEach(key -> result.putIfAbsent(key, InitiativeConnection.of(Slice.empty(), key.page())));
		return result;
	}

	private static String pages(String match) {
		return PAGES.formatted(match, AFTER_CURSOR, BEFORE_CURSOR);
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
		key.put("backward", page.backward());
		key.put("limit", page.fetch());
		return key;
	}

	private static Slice<Initiative> slice(Record record) {
		return new Slice<>(record.get("page").asList(value -> Initiative.from(value.asNode())),
				record.get("total").asLong(), record.get("itemsBeforeAfter").asBoolean(),
				record.get("itemsAfterBefore").asBoolean());
	}

	List<Policy> policies(String issuerId, String sectorId, LocalDate from, LocalDate to) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("issuer", issuerId);
		parameters.put("sector", sectorId);
		parameters.put("from", from);
		parameters.put("to", to);
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(POLICIES, parameters).list(r -> Policy.from(r.get("p").asNode())), transactions);
		}
	}

	List<Report> reports() {
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(REPORTS).list(r -> Report.from(r.get("r").asNode())), transactions);
		}
	}

	Map<String, List<PartnershipLink>> partnerships(Collection<String> initiativeIds) {
		Map<String, List<PartnershipLink>> result = new HashMap<>();
		try (var session = driver.session()) {
			session.executeRead(tx -> tx.run(PARTNERSHIPS_OF_INITIATIVES, Map.of("ids", List.copyOf(initiativeIds))).list(), transactions)
				.forEach(record -> result.put(record.get("id").asString(), record.get("links")
					.asList(link -> new PartnershipLink(Company.from(link.get("company").asNode()),
							Entity.from(link.get("partner").asNode())))));
		}
		return result;
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

		/** The list these criteria select, for the fingerprint of its cursors: the resolved, normalized values. */
		PagedList list() {
			String textKey = NameKey.of(text);
			return new PagedList("Query.initiatives",
					Arrays.asList(regionId, sectorId, actorId, from == null ? null : from.toString(),
							to == null ? null : to.toString(), textKey.isEmpty() ? null : textKey, report,
							section == null ? null : section.toString()),
					PagedList.Order.NEWEST_FIRST);
		}

	}

	/** A company that worked with another party in one initiative. */
	record PartnershipLink(Company company, Entity partner) {
	}

}
