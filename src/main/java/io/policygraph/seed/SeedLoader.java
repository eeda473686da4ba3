package io.policygraph.seed;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.policygraph.graph.RelationshipType;
import io.policygraph.seed.GraphSeed.ReportSeed;
import io.policygraph.seed.SeedRecords.Event;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.seed.SeedRecords.Named;
import io.policygraph.seed.SeedRecords.Policy;
import io.policygraph.text.NameKey;

/**
 * Writes a validated {@link GraphSeed} into Neo4j in one write transaction: MERGE by id,
 * so loading twice creates nothing new, then a sweep of what an earlier seed version
 * wrote and this one no longer has. Everything the seed writes carries
 * {@code seedVersion}, the seed's hash, and {@code seedLayer}, the {@link SeedLayer} it
 * comes from. The sweep stays within the layers present in the seed being loaded: a month
 * missing from the imports folder is never deleted by a load.
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
			SET n:%s, n.name = row.name, n.nameEn = row.nameEn, n.aliases = row.aliases, n.nameKeys = row.nameKeys,
			    n += row.extra, n.seedVersion = $version, n.seedLayer = row.layer
			""";

	/**
	 * Endpoints are found through the id constraints of their labels; the key tells
	 * parallel relationships apart.
	 */
	private static final String MERGE_LINKS = """
			UNWIND $rows AS row
			MATCH (a:%s {id: row.from})
			MATCH (b:%s {id: row.to})
			MERGE (a)-[r:%s%s]->(b)
			SET r += row.props, r.seedVersion = $version, r.seedLayer = row.layer
			""";

	private static final String MERGE_REPORT = """
			MERGE (r:Report {id: $report.id})
			SET r += $report, r.seedVersion = $version, r.seedLayer = $layer
			""";

	private static final String MERGE_INITIATIVES = """
			UNWIND $rows AS row
			MERGE (i:Initiative {id: row.properties.id})
			SET i = row.properties, i.seedVersion = $version, i.seedLayer = row.layer
			""";

	private static final String MERGE_POLICIES = """
			UNWIND $rows AS row
			MERGE (p:Policy {id: row.properties.id})
			SET p = row.properties, p.seedVersion = $version, p.seedLayer = row.layer
			""";

	/**
	 * Records written before layers existed have no seedLayer: they are the built-in
	 * seed's.
	 */
	private static final String SWEEP_RELATIONSHIPS = """
			MATCH ()-[r]->() WHERE r.seedVersion IS NOT NULL AND r.seedVersion <> $version
			  AND coalesce(r.seedLayer, 'builtin') IN $layers
			DELETE r
			""";

	private static final String SWEEP_NODES = """
			MATCH (n) WHERE n.seedVersion IS NOT NULL AND n.seedVersion <> $version
			  AND coalesce(n.seedLayer, 'builtin') IN $layers
			DETACH DELETE n
			""";

	private static final String READ_STATE = """
			MATCH (s:SeedState {id: 'graph-seed'}) RETURN s.version AS version
			""";

	static final String WRITE_STATE = """
			MERGE (s:SeedState {id: 'graph-seed'})
			SET s.version = $version, s.loadedAt = datetime(), s.reports = $reports, s.layers = $layers
			""";

	/**
	 * Nodes without the keys of their names or text: written by an earlier version, or by
	 * hand.
	 */
	private static final String WITHOUT_KEYS = """
			MATCH (n) WHERE (n:Entity AND n.nameKeys IS NULL) OR ((n:Initiative OR n:Event) AND n.textKey IS NULL)
			             OR (n:Policy AND n.titleKeys IS NULL)
			RETURN elementId(n) AS node, labels(n) AS labels, n.name AS name, n.nameEn AS nameEn,
			       coalesce(n.aliases, []) AS aliases, n.text AS text, n.title AS title, n.titleEn AS titleEn
			""";

	private static final String SET_KEYS = """
			UNWIND $rows AS row
			MATCH (n) WHERE elementId(n) = row.node
			SET n += row.keys
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

	/**
	 * Validates, then writes the whole seed atomically: on any failure nothing is
	 * written.
	 */
	public void load(GraphSeed seed) {
		SeedValidator.validate(seed);
		long started = System.nanoTime();
		try (var session = driver.session()) {
			session.executeWriteWithoutResult(tx -> write(tx, seed));
		}
		log.info("Graph-seed {} loaded in {} ms: {} reports, {} initiatives; layers {}", seed.hash().substring(0, 12),
				(System.nanoTime() - started) / 1_000_000, seed.reports().size(),
				seed.reports().stream().mapToInt(report -> report.initiatives().size()).sum(), presentLayers(seed));
	}

	/**
	 * Gives the nodes that lack them the keys of their names and text ({@link NameKey}),
	 * which the seed and curators write with every node: a database from before keys
	 * answers every spelling too.
	 */
	public int addMissingKeys() {
		try (var session = driver.session()) {
			return session.executeWrite(tx -> {
				List<Map<String, Object>> rows = tx.run(WITHOUT_KEYS).list(record -> {
					List<String> labels = record.get("labels").asList(Value::asString);
					Map<String, Object> keys = new HashMap<>();
					if (labels.contains("Entity")) {
						keys.put("nameKeys", NameKey.ofNames(record.get("name").asString(null),
								record.get("nameEn").asString(null), record.get("aliases").asList(Value::asString)));
					}
					if (labels.contains("Initiative") || labels.contains("Event")) {
						keys.put("textKey", NameKey.of(record.get("text").asString(null)));
					}
					if (labels.contains("Policy")) {
						keys.put("titleKeys", NameKey.ofNames(record.get("title").asString(null),
								record.get("titleEn").asString(null), List.of()));
					}
					return Map.of("node", record.get("node").asString(), "keys", keys);
				});
				tx.run(SET_KEYS, Map.of("rows", rows)).consume();
				return rows.size();
			});
		}
	}

	private void write(TransactionContext tx, GraphSeed seed) {
		var writer = new Writer(tx, seed.hash());
		writeEntities(writer, seed);
		var links = new Links();
		addEntityLinks(links, seed);
		for (ReportSeed report : seed.reports()) {
			String layer = report.layer().name();
			writer.report(report);
			writer.entities("Event", report.events(), i -> report.layer(), Writer::eventProperties);
			writer.rows(MERGE_INITIATIVES, report.initiatives()
				.stream()
				.map(i -> Map.<String, Object>of("properties", Writer.initiativeProperties(report, i), "layer", layer))
				.toList());
			writer.rows(MERGE_POLICIES, report.policies()
				.stream()
				.map(p -> Map.<String, Object>of("properties", Writer.policyProperties(report, p), "layer", layer))
				.toList());
			addReportLinks(links, report);
		}
		links.byLink.forEach((link, rows) -> writer.rows(link.statement, rows));
		List<String> present = presentLayers(seed);
		writer.sweep(present);
		tx.run(WRITE_STATE, Map.of("version", seed.hash(), "layers", present, "reports",
				seed.reports().stream().map(report -> report.report().id()).toList()))
			.consume();
	}

	/**
	 * The nodes of the entity files: ministries, regions, companies, organizations,
	 * sectors.
	 */
	static void writeEntities(Writer writer, GraphSeed seed) {
		writer.entities("Ministry", seed.ministries(), layers(seed, "ministries"),
				ministry -> review(ministry.review(), Map.of()));
		writer.entities("Region", seed.regions(), layers(seed, "regions"), region -> review(region.review(),
				Map.of("level", region.level().name(), "hierarchyOnly", Boolean.TRUE.equals(region.hierarchyOnly()))));
		writer.entities("Company", seed.companies(), layers(seed, "companies"), company -> review(company.review(),
				Map.of("hierarchyOnly", Boolean.TRUE.equals(company.hierarchyOnly()))));
		writer.entities("Organization", seed.organizations(), layers(seed, "organizations"),
				organization -> review(organization.review(), Map.of("kind", organization.kind().name())));
		writer.entities("Sector", seed.sectors(), layers(seed, "sectors"),
				sector -> sector.action() == null ? Map.of() : Map.of("action", sector.action().name()));
	}

	/**
	 * The relationships of the entity files: PART_OF, SUBSIDIARY_OF, LOCATED_IN,
	 * OPERATES_IN.
	 */
	static void addEntityLinks(Links links, GraphSeed seed) {
		IntFunction<SeedLayer> regionLayers = layers(seed, "regions");
		IntFunction<SeedLayer> companyLayers = layers(seed, "companies");
		IntFunction<SeedLayer> organizationLayers = layers(seed, "organizations");
		for (int i = 0; i < seed.regions().size(); i++) {
			var region = seed.regions().get(i);
			links.add(regionLayers.apply(i), Link.PART_OF, region.id(), region.partOf(), Map.of());
		}
		for (int i = 0; i < seed.companies().size(); i++) {
			var company = seed.companies().get(i);
			links.add(companyLayers.apply(i), Link.SUBSIDIARY_OF, company.id(), company.parent(), Map.of());
			links.add(companyLayers.apply(i), Link.LOCATED_IN, company.id(), company.region(), Map.of());
			for (String sector : company.sectors()) {
				links.add(companyLayers.apply(i), Link.OPERATES_IN, company.id(), sector, Map.of());
			}
		}
		for (int i = 0; i < seed.organizations().size(); i++) {
			var organization = seed.organizations().get(i);
			links.add(organizationLayers.apply(i), Link.LOCATED_IN, organization.id(), organization.region(), Map.of());
		}
	}

	/** The layer of each record of {@code entities/<file>.yaml}, by its index. */
	private static IntFunction<SeedLayer> layers(GraphSeed seed, String file) {
		String path = "entities/" + file + ".yaml";
		return index -> seed.layerOf(path, index);
	}

	private static List<String> presentLayers(GraphSeed seed) {
		return seed.layers().present().stream().sorted().toList();
	}

	/**
	 * An entity awaiting a curator's review carries the reason; the property is removed
	 * once the review is.
	 */
	private static Map<String, Object> review(String review, Map<String, Object> properties) {
		Map<String, Object> withReview = new HashMap<>(properties);
		withReview.put("review", review);
		return withReview;
	}

	/** The relationships of one report folder. */
	static void addReportLinks(Links allLinks, ReportSeed seed) {
		Links.OfLayer links = allLinks.of(seed.layer());
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
						Map.of("role", actor.role().name(), "initiativeId", id, "channel", actor.isChannel())));
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
			event.participants().forEach(participant -> {
				Map<String, Object> props = new HashMap<>();
				props.put("role", participant.role().name());
				if (participant.initiative() != null) {
					props.put("initiativeId", participant.initiative());
				}
				links.add(Link.TOOK_PART_IN, participant.id(), event.id(), props);
			});
		}
	}

	/**
	 * The relationships the seed writes: type, the labels of both ends, and the property
	 * that tells two relationships of this type between the same nodes apart (null where
	 * there is only one).
	 */
	enum Link {

		PART_OF(RelationshipType.PART_OF, "Entity", "Entity", null),
		SUBSIDIARY_OF(RelationshipType.SUBSIDIARY_OF, "Entity", "Entity", null),
		LOCATED_IN(RelationshipType.LOCATED_IN, "Entity", "Entity", null),
		OPERATES_IN(RelationshipType.OPERATES_IN, "Entity", "Entity", null),
		PROMOTES(RelationshipType.PROMOTES, "Entity", "Entity", "reportId"),
		INITIATIVE_REPORTED_IN(RelationshipType.REPORTED_IN, "Initiative", "Report", null),
		EVENT_REPORTED_IN(RelationshipType.REPORTED_IN, "Entity", "Report", null),
		IN_REGION(RelationshipType.IN_REGION, "Initiative", "Entity", null),
		ACTOR_IN(RelationshipType.ACTOR_IN, "Entity", "Initiative", "role"),
		PARTNERED_WITH(RelationshipType.PARTNERED_WITH, "Entity", "Entity", "initiativeId"),
		INITIATIVE_CONCERNS(RelationshipType.CONCERNS, "Initiative", "Entity", null),
		POLICY_CONCERNS(RelationshipType.CONCERNS, "Policy", "Entity", null),
		DUPLICATE_OF(RelationshipType.DUPLICATE_OF, "Initiative", "Initiative", null),
		ISSUED(RelationshipType.ISSUED, "Entity", "Policy", "initiativeId"),
		ANNOUNCES(RelationshipType.ANNOUNCES, "Initiative", "Policy", null),
		HELD_IN(RelationshipType.HELD_IN, "Entity", "Entity", null),
		ORGANIZED(RelationshipType.ORGANIZED, "Entity", "Entity", "role"),
		TOOK_PART_IN(RelationshipType.TOOK_PART_IN, "Entity", "Entity", "role");

		/** The UNWIND statement that MERGEs a batch of this link's rows. */
		final String statement;

		private final String key;

		Link(RelationshipType type, String fromLabel, String toLabel, String key) {
			this.statement = MERGE_LINKS.formatted(fromLabel, toLabel, type.name(),
					key == null ? "" : " {" + key + ": row.key}");
			this.key = key;
		}

	}

	/**
	 * Relationships to write, collected per kind of link so each kind is one UNWIND
	 * statement.
	 */
	static final class Links {

		final Map<Link, List<Map<String, Object>>> byLink = new EnumMap<>(Link.class);

		void add(SeedLayer layer, Link link, String from, String to, Map<String, Object> props) {
			if (from == null || to == null) {
				return;
			}
			Map<String, Object> row = new HashMap<>();
			row.put("from", from);
			row.put("to", to);
			row.put("props", props);
			row.put("layer", layer.name());
			if (link.key != null) {
				row.put("key", props.get(link.key));
			}
			byLink.computeIfAbsent(link, l -> new ArrayList<>()).add(row);
		}

		/** The links of one report, all of its layer. */
		OfLayer of(SeedLayer layer) {
			return (link, from, to, props) -> add(layer, link, from, to, props);
		}

		interface OfLayer {

			void add(Link link, String from, String to, Map<String, Object> props);

		}

	}

	static final class Writer {

		private final TransactionContext tx;

		private final String version;

		Writer(TransactionContext tx, String version) {
			this.tx = tx;
			this.version = version;
		}

		<T extends Named> void entities(String label, List<T> records, IntFunction<SeedLayer> layers,
				Function<T, Map<String, Object>> extra) {
			String statement = MERGE_ENTITIES.formatted(ENTITY_LABELS, label);
			var rows = new ArrayList<Map<String, Object>>();
			for (int i = 0; i < records.size(); i++) {
				T record = records.get(i);
				rows.add(Map.of("id", record.id(), "name", record.name(), "nameEn", record.nameEn(), "aliases",
						record.aliases(), "nameKeys", NameKey.ofNames(record.name(), record.nameEn(), record.aliases()),
						"extra", extra.apply(record), "layer", layers.apply(i).name()));
			}
			rows(statement, rows);
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
			tx.run(MERGE_REPORT, Map.of("report", properties, "version", version, "layer", seed.layer().name()))
				.consume();
		}

		void rows(String statement, List<Map<String, Object>> rows) {
			for (int start = 0; start < rows.size(); start += BATCH) {
				var batch = rows.subList(start, Math.min(rows.size(), start + BATCH));
				tx.run(statement, Map.of("rows", batch, "version", version)).consume();
			}
		}

		/** Removes what older seeds wrote in these layers and this one no longer has. */
		void sweep(List<String> layers) {
			tx.run(SWEEP_RELATIONSHIPS, Map.of("version", version, "layers", layers)).consume();
			tx.run(SWEEP_NODES, Map.of("version", version, "layers", layers)).consume();
		}

		static Map<String, Object> eventProperties(Event event) {
			Map<String, Object> properties = new HashMap<>();
			properties.put("startDate", event.startDate());
			properties.put("endDate", event.endDate());
			properties.put("theme", event.theme());
			properties.put("figures", event.figures());
			properties.put("text", event.text());
			properties.put("textKey", NameKey.of(event.text()));
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
			properties.put("textKey", NameKey.of(initiative.text()));
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
			properties.put("titleKeys", NameKey.ofNames(policy.title(), policy.titleEn(), List.of()));
			properties.put("date", policy.date());
			return properties;
		}

	}

}
