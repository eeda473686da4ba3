package io.policygraph.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
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
import io.policygraph.graph.Entity;
import io.policygraph.graph.Initiative;
import io.policygraph.graph.PageRequest;
import io.policygraph.graph.Policy;
import io.policygraph.graph.Report;
import io.policygraph.text.NameKey;

@Repository
class InitiativeRepository {

	/** Every condition is skipped when its parameter is null; ids are resolved before. */
	private static final String FILTERED_PAGE = """
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
			WITH i ORDER BY i.date DESC, i.id
			WITH collect(i) AS matching
			RETURN size(matching) AS total, matching[$offset..($offset + $limit + 1)] AS page
			""";

	/** One query answers the nested pages of many objects of one kind; %s matches their initiatives {@code i} for {@code key.id}. */
	private static final String NESTED_PAGES = """
			UNWIND $keys AS key
			CALL (key) {
			  %s
			  WITH DISTINCT i ORDER BY i.date DESC, i.id
			  RETURN collect(i) AS matching
			}
			RETURN key.id AS id, key.offset AS offset, key.limit AS limit, size(matching) AS total,
			       matching[key.offset..(key.offset + key.limit + 1)] AS page
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

	InitiativeConnection page(Criteria criteria, PageRequest page) {
		Map<String, Object> parameters = new HashMap<>(criteria.parameters());
		parameters.put("offset", page.offset());
		parameters.put("limit", page.limit());
		try (var session = driver.session()) {
			Record record = session.executeRead(tx -> tx.run(FILTERED_PAGE, parameters).single(), transactions);
			return InitiativeConnection.of(initiatives(record), record.get("total").asLong(), page);
		}
	}

	/** The pages of many nested {@code initiatives} fields, one query per kind of owner. */
	Map<NestedPage, InitiativeConnection> pages(Collection<NestedPage> keys) {
		Map<NestedPage, InitiativeConnection> result = new HashMap<>();
		Map<NestedPage.Kind, List<NestedPage>> byKind = keys.stream().collect(Collectors.groupingBy(NestedPage::kind));
		try (var session = driver.session()) {
			byKind.forEach((kind, ofKind) -> {
				var rows = ofKind.stream()
					.map(key -> Map.<String, Object>of("id", key.id(), "offset", key.page().offset(), "limit",
							key.page().limit()))
					.toList();
				String cypher = NESTED_PAGES.formatted(NESTED_MATCH.get(kind));
				for (Record record : session.executeRead(tx -> tx.run(cypher, Map.of("keys", rows)).list(), transactions)) {
					var key = new NestedPage(kind, record.get("id").asString(),
							new PageRequest(record.get("offset").asInt(), record.get("limit").asInt()));
					result.put(key, InitiativeConnection.of(initiatives(record), record.get("total").asLong(), key.page()));
				}
			});
		}
		keys.forEach(key -> result.putIfAbsent(key, InitiativeConnection.of(List.of(), 0, key.page())));
		return result;
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

	private static List<Initiative> initiatives(Record record) {
		return new ArrayList<>(record.get("page").asList(value -> Initiative.from(value.asNode())));
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

	}

	/** A company that worked with another party in one initiative. */
	record PartnershipLink(Company company, Entity partner) {
	}

}
