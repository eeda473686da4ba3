package io.policygraph.seed;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.policygraph.seed.GraphSeed.ReportSeed;
import io.policygraph.seed.SeedRecords.Event;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.seed.SeedRecords.Named;
import io.policygraph.seed.SeedRecords.Policy;

/**
 * Writes a validated {@link GraphSeed} into Neo4j in one write transaction: MERGE by id, so
 * loading twice creates nothing new, then a sweep of what an earlier seed version wrote and this
 * one no longer has. Everything the seed writes carries {@code seedVersion}, the seed's hash.
 */
public class SeedLoader {

	private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

	/** Rows per UNWIND statement. */
	static final int BATCH = 500;

	private static final String ENTITY_LABELS = "Ministry:Region:Company:Organization:Sector:Event";

	private static final String MERGE_ENTITIES = """
			UNWIND $rows AS row
			MERGE (n:Entity {id: row.id})
			REMOVE n:%s
			SET n:%s, n.name = row.name, n.nameEn = row.nameEn, n.aliases = row.aliases,
			    n += row.extra, n.seedVersion = $version
			""";

	/** Endpoints are found through the id constraints of their labels; the key tells parallel relationships apart. */
	private static final String MERGE_LINKS = """
			UNWIND $rows AS row
			MATCH (a:%s {id: row.from})
			MATCH (b:%s {id: row.to})
			MERGE (a)-[r:%s%s]->(b)
			SET r += row.props, r.seedVersion = $version
			""";

	private static final String MERGE_REPORT = """
			MERGE (r:Report {id: $report.id})
			SET r += $report, r.seedVersion = $version
			""";

	private static final String MERGE_INITIATIVES = """
			UNWIND $rows AS row
			MERGE (i:Initiative {id: row.id})
			SET i = row, i.seedVersion = $version
			""";

	private static final String MERGE_POLICIES = """
			UNWIND $rows AS row
			MERGE (p:Policy {id: row.id})
			SET p = row, p.seedVersion = $version
			""";

	private static final String SWEEP_RELATIONSHIPS = """
			MATCH ()-[r]->() WHERE r.seedVersion IS NOT NULL AND r.seedVersion <> $version
			DELETE r
			""";

	private static final String SWEEP_NODES = """
			MATCH (n) WHERE n.seedVersion IS NOT NULL AND n.seedVersion <> $version
			DETACH DELETE n
			""";

	private static final String READ_STATE = """
			MATCH (s:SeedState {id: 'graph-seed'}) RETURN s.version AS version
			""";

	private static final String WRITE_STATE = """
			MERGE (s:SeedState {id: 'graph-seed'})
			SET s.version = $version, s.loadedAt = datetime(), s.reports = $reports
			""";

	private final Driver driver;

	public SeedLoader(Driver driver) {
		this.driver = driver;
	}

	/** The version (content hash) of the seed last loaded into this database, if any. */
	public Optional<String> loadedVersion() {
		try (var session = driver.session()) {
			return session.executeRead(tx -> {
				var result = tx.run(READ_STATE);
				return result.hasNext() ? Optional.of(result.next().get("version").asString()) : Optional.empty();
			});
		}
	}

	/** Validates, then writes the whole seed atomically: on any failure nothing is written. */
	public void load(GraphSeed seed) {
		SeedValidator.validate(seed);
		long started = System.nanoTime();
		try (var session = driver.session()) {
			session.executeWriteWithoutResult(tx -> write(tx, seed));
		}
		log.info("Graph-seed {} loaded in {} ms: {} reports, {} initiatives", seed.hash().substring(0, 12),
				(System.nanoTime() - started) / 1_000_000, seed.reports().size(),
				seed.reports().stream().mapToInt(report -> report.initiatives().size()).sum());
	}

	private void write(TransactionContext tx, GraphSeed seed) {
		var writer = new Writer(tx, seed.hash());
		writer.entities("Ministry", seed.ministries(), ministry -> review(ministry.review(), Map.of()));
		writer.entities("Region", seed.regions(), region -> review(region.review(), Map.of("level", region.level().name())));
		writer.entities("Company", seed.companies(), company -> review(company.review(), Map.of()));
		writer.entities("Organization", seed.organizations(),
				organization -> review(organization.review(), Map.of("kind", organization.kind().name())));
		writer.entities("Sector", seed.sectors(), sector -> Map.of());
		var links = new Links();
		seed.regions().forEach(region -> links.add(Link.PART_OF, region.id(), region.partOf(), Map.of()));
		seed.companies().forEach(company -> {
			links.add(Link.SUBSIDIARY_OF, company.id(), company.parent(), Map.of());
			links.add(Link.LOCATED_IN, company.id(), company.region(), Map.of());
		});
		seed.organizations()
			.forEach(organization -> links.add(Link.LOCATED_IN, organization.id(), organization.region(), Map.of()));
		for (ReportSeed report : seed.reports()) {
			writer.report(report);
			writer.entities("Event", report.events(), Writer::eventProperties);
			writer.rows(MERGE_INITIATIVES, report.initiatives().stream().map(i -> Writer.initiativeProperties(report, i)).toList());
			writer.rows(MERGE_POLICIES, report.policies().stream().map(p -> Writer.policyProperties(report, p)).toList());
			addReportLinks(links, report);
		}
		links.byLink.forEach((link, rows) -> writer.rows(link.statement, rows));
		writer.sweep();
		tx.run(WRITE_STATE, Map.of("version", seed.hash(),
				"reports", seed.reports().stream().map(report -> report.report().id()).toList()))
			.consume();
	}

	/** An entity awaiting a curator's review carries the reason; the property is removed once the review is. */
	private static Map<String, Object> review(String review, Map<String, Object> properties) {
		Map<String, Object> withReview = new HashMap<>(properties);
		withReview.put("review", review);
		return withReview;
	}

	private static void addReportLinks(Links links, ReportSeed seed) {
		String reportId = seed.report().id();
		for (var promotion : seed.report().summary().promotes()) {
			for (String sector : promotion.sectors()) {
				links.add(Link.PROMOTES, promotion.region(), sector, Map.of("source", "summary", "reportId", reportId));
			}
		}
		for (Initiative initiative : seed.initiatives()) {
			String id = initiative.id();
			Map<String, Object> provenance = Map.of("initiativeId", id);
			links.add(Link.INITIATIVE_REPORTED_IN, id, reportId, provenance);
			links.add(Link.IN_REGION, id, initiative.region(), provenance);
			initiative.actors()
				.forEach(actor -> links.add(Link.ACTOR_IN, actor.id(), id,
						Map.of("role", actor.role().name(), "initiativeId", id)));
			initiative.partnerships()
				.forEach(partnership -> links.add(Link.PARTNERED_WITH, partnership.company(), partnership.partner(),
						Map.of("date", initiative.date(), "initiativeId", id)));
			initiative.sectors().forEach(sector -> links.add(Link.INITIATIVE_CONCERNS, id, sector, provenance));
			links.add(Link.DUPLICATE_OF, id, initiative.duplicateOf(), provenance);
		}
		for (Policy policy : seed.policies()) {
			Map<String, Object> provenance = Map.of("initiativeId", policy.initiative());
			policy.issuers()
				.forEach(issuer -> links.add(Link.ISSUED, issuer, policy.id(),
						Map.of("date", policy.date(), "initiativeId", policy.initiative())));
			links.add(Link.ANNOUNCES, policy.initiative(), policy.id(), provenance);
			policy.sectors().forEach(sector -> links.add(Link.POLICY_CONCERNS, policy.id(), sector, provenance));
		}
		for (Event event : seed.events()) {
			links.add(Link.EVENT_REPORTED_IN, event.id(), reportId, Map.of());
			links.add(Link.HELD_IN, event.id(), event.city(), Map.of());
			event.organizers()
				.forEach(organizer -> links.add(Link.ORGANIZED, organizer.id(), event.id(),
						Map.of("role", organizer.role().name())));
		}
	}

	/**
	 * The relationships the seed writes: type, the labels of both ends, and the property that tells
	 * two relationships of this type between the same nodes apart (null where there is only one).
	 */
	enum Link {

		PART_OF("PART_OF", "Entity", "Entity", null), SUBSIDIARY_OF("SUBSIDIARY_OF", "Entity", "Entity", null),
		LOCATED_IN("LOCATED_IN", "Entity", "Entity", null),
		PROMOTES("PROMOTES", "Entity", "Entity", "reportId"),
		INITIATIVE_REPORTED_IN("REPORTED_IN", "Initiative", "Report", null),
		EVENT_REPORTED_IN("REPORTED_IN", "Entity", "Report", null),
		IN_REGION("IN_REGION", "Initiative", "Entity", null), ACTOR_IN("ACTOR_IN", "Entity", "Initiative", "role"),
		PARTNERED_WITH("PARTNERED_WITH", "Entity", "Entity", "initiativeId"),
		INITIATIVE_CONCERNS("CONCERNS", "Initiative", "Entity", null),
		POLICY_CONCERNS("CONCERNS", "Policy", "Entity", null),
		DUPLICATE_OF("DUPLICATE_OF", "Initiative", "Initiative", null),
		ISSUED("ISSUED", "Entity", "Policy", "initiativeId"), ANNOUNCES("ANNOUNCES", "Initiative", "Policy", null),
		HELD_IN("HELD_IN", "Entity", "Entity", null), ORGANIZED("ORGANIZED", "Entity", "Entity", "role");

		private final String statement;

		private final String key;

		Link(String type, String fromLabel, String toLabel, String key) {
			this.statement = MERGE_LINKS.formatted(fromLabel, toLabel, type, key == null ? "" : " {" + key + ": row.key}");
			this.key = key;
		}

	}

	/** Relationships to write, collected per kind of link so each kind is one UNWIND statement. */
	private static final class Links {

		private final Map<Link, List<Map<String, Object>>> byLink = new EnumMap<>(Link.class);

		void add(Link link, String from, String to, Map<String, Object> props) {
			if (from == null || to == null) {
				return;
			}
			Map<String, Object> row = new HashMap<>();
			row.put("from", from);
			row.put("to", to);
			row.put("props", props);
			if (link.key != null) {
				row.put("key", props.get(link.key));
			}
			byLink.computeIfAbsent(link, l -> new ArrayList<>()).add(row);
		}

	}

	private static final class Writer {

		private final TransactionContext tx;

		private final String version;

		Writer(TransactionContext tx, String version) {
			this.tx = tx;
			this.version = version;
		}

		<T extends Named> void entities(String label, List<T> records, Function<T, Map<String, Object>> extra) {
			String statement = MERGE_ENTITIES.formatted(ENTITY_LABELS, label);
			rows(statement, records.stream()
				.map(record -> Map.<String, Object>of("id", record.id(), "name", record.name(), "nameEn",
						record.nameEn(), "aliases", record.aliases(), "extra", extra.apply(record)))
				.toList());
		}

		void report(ReportSeed seed) {
			var report = seed.report();
			Map<String, Object> properties = new HashMap<>();
			properties.put("id", report.id());
			properties.put("title", report.title());
			properties.put("publisher", report.publisher());
			properties.put("month", report.month().toString());
			properties.put("periodStart", report.periodStart());
			properties.put("periodEnd", report.periodEnd());
			properties.put("sourceFile", report.sourceFile());
			properties.put("summary", report.summary().text());
			tx.run(MERGE_REPORT, Map.of("report", properties, "version", version)).consume();
		}

		void rows(String statement, List<Map<String, Object>> rows) {
			for (int start = 0; start < rows.size(); start += BATCH) {
				var batch = rows.subList(start, Math.min(rows.size(), start + BATCH));
				tx.run(statement, Map.of("rows", batch, "version", version)).consume();
			}
		}

		void sweep() {
			tx.run(SWEEP_RELATIONSHIPS, Map.of("version", version)).consume();
			tx.run(SWEEP_NODES, Map.of("version", version)).consume();
		}

		static Map<String, Object> eventProperties(Event event) {
			Map<String, Object> properties = new HashMap<>();
			properties.put("startDate", event.startDate());
			properties.put("endDate", event.endDate());
			properties.put("theme", event.theme());
			properties.put("figures", event.figures());
			properties.put("text", event.text());
			return properties;
		}

		static Map<String, Object> initiativeProperties(ReportSeed report, Initiative initiative) {
			Map<String, Object> properties = new HashMap<>();
			properties.put("id", initiative.id());
			properties.put("reportId", report.report().id());
			properties.put("section", initiative.section());
			properties.put("rowId", initiative.row());
			properties.put("date", initiative.date());
			properties.put("text", initiative.text());
			properties.put("sourceUrl", initiative.sourceUrl());
			properties.put("sourceUrlStatus", initiative.sourceUrlStatus().name());
			properties.put("sourceUrlIssue", initiative.sourceUrlIssue());
			properties.put("notes", initiative.notes());
			return properties;
		}

		static Map<String, Object> policyProperties(ReportSeed report, Policy policy) {
			Map<String, Object> properties = new HashMap<>();
			properties.put("id", policy.id());
			properties.put("reportId", report.report().id());
			properties.put("title", policy.title());
			properties.put("titleEn", policy.titleEn());
			properties.put("date", policy.date());
			return properties;
		}

	}

}
