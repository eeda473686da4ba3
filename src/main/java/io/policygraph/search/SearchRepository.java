package io.policygraph.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

import io.policygraph.graph.GraphObject;

/** {@code Query.search}: full-text and substring matches of names, titles and texts. */
@Repository
class SearchRepository {

	/**
	 * The indexes to ask, by the kinds of objects they hold; each indexes keys
	 * ({@code NameKey}).
	 */
	private static final Map<String, Set<EntityType>> INDEXES = Map.of("entity_name_search",
			Set.of(EntityType.MINISTRY, EntityType.REGION, EntityType.COMPANY, EntityType.ORGANIZATION,
					EntityType.SECTOR, EntityType.EVENT),
			"initiative_text_search", Set.of(EntityType.INITIATIVE), "policy_title_search", Set.of(EntityType.POLICY));

	/**
	 * One index's hits, for {@link #FULL_TEXT}: %s is the index's name (one of
	 * {@link #INDEXES}).
	 */
	private static final String INDEX_HITS = """
			  CALL db.index.fulltext.queryNodes('%s', $query, {limit: $limit}) YIELD node, score
			  RETURN node, score
			""";

	/** The hits of the indexes of %s, a {@code UNION ALL} of {@link #INDEX_HITS}. */
	private static final String FULL_TEXT = """
			CALL () {
			%s}
			WITH node, score WHERE any(label IN labels(node) WHERE label IN $labels)
			RETURN node, score
			""";

	/**
	 * What the CJK analyzer cannot find: one character, a fragment of a Latin word,
	 * within the keys of names, titles and texts. Names match before texts. Texts are
	 * searched through the text index on {@code Initiative.textKey}; names and titles,
	 * which are lists, by label.
	 */
	private static final String SUBSTRING = """
			CALL () {
			  MATCH (n:Entity) WHERE any(x IN n.nameKeys WHERE x CONTAINS $key) RETURN n, true AS byName
			  UNION
			  MATCH (n:Policy) WHERE any(x IN n.titleKeys WHERE x CONTAINS $key) RETURN n, true AS byName
			  UNION
			  MATCH (n:Entity) WHERE n.textKey CONTAINS $key RETURN n, false AS byName
			  UNION
			  MATCH (n:Initiative) WHERE n.textKey CONTAINS $key RETURN n, false AS byName
			}
			WITH n, byName WHERE any(label IN labels(n) WHERE label IN $labels)
			WITH n, any(name IN collect(byName) WHERE name) AS byName
			RETURN n AS node, byName
			ORDER BY byName DESC, n.id
			LIMIT $limit
			""";

	private final Driver driver;

	/**
	 * Reads are routed as reads and bounded in time
	 * (policygraph.limits.transaction-timeout).
	 */
	private final QueryConfig reads;

	SearchRepository(Driver driver, QueryConfig reads) {
		this.driver = driver;
		this.reads = reads;
	}

	List<Scored> fullText(String query, Set<EntityType> types, int limit) {
		List<String> labels = types.stream().map(type -> type.label).toList();
		var hits = new ArrayList<Scored>();
		List<String> indexes = INDEXES.entrySet()
			.stream()
			.filter(index -> index.getValue().stream().anyMatch(types::contains))
			.map(index -> INDEX_HITS.formatted(index.getKey()))
			.sorted()
			.toList();
		driver.executableQuery(FULL_TEXT.formatted(String.join("  UNION ALL\n", indexes)))
			.withParameters(Map.of("query", query, "limit", limit, "labels", labels))
			.withConfig(reads)
			.execute()
			.records()
			.forEach(record -> hits
				.add(new Scored(GraphObject.from(record.get("node").asNode()), record.get("score").asDouble(), true)));
		return hits;
	}

	List<Scored> substring(String key, Set<EntityType> types, int limit) {
		List<String> labels = types.stream().map(type -> type.label).toList();
		return driver.executableQuery(SUBSTRING)
			.withParameters(Map.of("key", key, "labels", labels, "limit", limit))
			.withConfig(reads)
			.execute()
			.records()
			.stream()
			.map(SearchRepository::substringHit)
			.toList();
	}

	private static Scored substringHit(Record record) {
		return new Scored(GraphObject.from(record.get("node").asNode()), 0, record.get("byName").asBoolean());
	}

	/**
	 * A node found, with its full-text score, or for a substring match whether a name
	 * matched.
	 */
	record Scored(GraphObject node, double score, boolean byName) {
	}

}
