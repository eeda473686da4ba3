package io.policygraph.benchmark;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import io.policygraph.graph.RegionLevel;
import io.policygraph.text.NameKey;

/**
 * The floor: for each query, the simplest single Cypher statement that gives the GraphQL
 * answer's content, written from PolicyGraph's repositories (schema/graph-model.md). Each
 * returns one row whose {@code ids} column lists the ids in the GraphQL answer's order,
 * beside the fields the GraphQL query asks for. Names are resolved in the statement, by
 * the keyword index {@code entity_keys} over {@link NameKey}s, as PolicyGraph does; only
 * the key itself is computed here, once.
 */
final class CypherStatements {

	/**
	 * The entity a name means, as {@code var}: id first, then canonical name, then alias
	 * or English name ({@code GraphRepository.BY_NAME}). Its parameters are
	 * {@code $<var>Term} and {@code $<var>Key} ({@link #name}).
	 */
	private static final String RESOLVE = """
			CALL () {
			  CALL db.index.fulltext.queryNodes('entity_keys', $%1$sTerm) YIELD node
			  RETURN node AS %1$s
			  ORDER BY CASE WHEN node.id = $%1$sKey THEN 0 WHEN node.nameKeys[0] = $%1$sKey THEN 1 ELSE 2 END, node.id
			  LIMIT 1
			}
			""";

	private static final String ENTITY_BY_NAME = resolve("e") + """
			RETURN [e.id] AS ids, e.name AS name, e.nameEn AS nameEn, e.level AS level
			""";

	private static final String NESTED3 = resolve("r")
			+ """
					MATCH (i:Initiative)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(r)
					WITH DISTINCT i ORDER BY i.date DESC, i.id LIMIT 10
					OPTIONAL MATCH (i)-[:IN_REGION]->(place:Region)
					WITH i, place,
					     COLLECT { MATCH (i)-[:CONCERNS]->(s:Sector) RETURN s {.id, .name} ORDER BY s.name } AS sectors,
					     COLLECT { MATCH (a:Entity)-[x:ACTOR_IN]->(i)
					               RETURN {role: x.role, id: a.id, name: a.name}
					               ORDER BY CASE x.role WHEN 'LEAD' THEN 0 WHEN 'ISSUER' THEN 1 WHEN 'PARTNER' THEN 2 ELSE 3 END, a.id
					     } AS actors
					ORDER BY i.date DESC, i.id
					WITH collect({id: i.id, date: i.date, text: i.text, sourceUrl: i.sourceUrl,
					              region: place {.id, .name}, sectors: sectors, actors: actors}) AS rows,
					     collect([x IN [i.id, place.id] WHERE x IS NOT NULL] + [s IN sectors | s.id] + [a IN actors | a.id]) AS idRows
					RETURN reduce(ids = [], x IN idRows | ids + x) AS ids, rows
					""";

	/**
	 * A page of the sector's initiatives in the period, after the key
	 * {@code ($afterDate, $afterId)} when given, with the count of the whole list.
	 */
	private static final String INITIATIVES_FILTERED = resolve("s")
			+ """
					MATCH (i:Initiative)-[:CONCERNS]->(s)
					WHERE i.date >= $from AND i.date <= $to
					WITH DISTINCT i ORDER BY i.date DESC, i.id
					WITH collect(i) AS items
					WITH size(items) AS totalCount,
					     [i IN items WHERE $afterId IS NULL OR i.date < $afterDate OR (i.date = $afterDate AND i.id > $afterId)] AS rest
					WITH totalCount, rest[..20] AS page, size(rest) > 20 AS hasNextPage
					RETURN [i IN page | i.id] AS ids, totalCount, hasNextPage,
					       [i IN page | i {.id, .date, .text, .sourceUrl}] AS rows,
					       [i IN page | {date: i.date, id: i.id}][-1] AS endKey
					""";

	/**
	 * The co-actions and own activities of companies ({@code PartnershipRepository}
	 * without the kinds the query does not count), placed where the entry is (or the
	 * partner, for a co-action without a place), rolled up to provinces; %1$s selects the
	 * rows and names their {@code owner}.
	 */
	private static final String PARTNERSHIPS = """
			CALL (target) {
			  MATCH (c:Company)-[p:PARTNERED_WITH]->(partner:Entity)
			  MATCH (i:Initiative {id: p.initiativeId})
			  RETURN c, i, 'CO_ACTION' AS kind, partner
			  UNION
			  MATCH (c:Company)-[a:ACTOR_IN]->(i:Initiative)
			  WHERE NOT coalesce(a.channel, false)
			    AND NOT EXISTS { MATCH (c)-[p:PARTNERED_WITH]->() WHERE p.initiativeId = i.id }
			    AND NOT EXISTS { MATCH (c)-[t:TOOK_PART_IN]->() WHERE t.initiativeId = i.id }
			  RETURN c, i, 'OWN_ACTIVITY' AS kind, null AS partner
			}
			WITH target, c, i, kind,
			     coalesce(head([(i)-[:IN_REGION]->(place:Region) | place]),
			              head([(partner)-[:LOCATED_IN|PART_OF*0..1]->(place:Region) | place])) AS place
			WHERE place IS NOT NULL
			%1$s
			MATCH (place)-[:PART_OF*0..]->(province:Region)
			WHERE province.level IN $provinceLevels
			WITH owner, province, i, kind ORDER BY i.date, i.id
			WITH owner, province, collect(DISTINCT i) AS initiatives, collect(DISTINCT kind) AS kinds
			ORDER BY size(initiatives) DESC, owner.id, province.id
			WITH collect({company: owner {.id, .name}, region: province {.id, .name},
			              kinds: [k IN ['CO_ACTION', 'OWN_ACTIVITY'] WHERE k IN kinds],
			              initiatives: [i IN initiatives | i {.id, .date, .sourceUrl}]}) AS rows,
			     collect([owner.id, province.id] + [i IN initiatives | i.id]) AS idRows
			RETURN reduce(ids = [], x IN idRows | ids + x) AS ids, rows
			""";

	private static final String PARTNERSHIPS_BY_REGION = resolve("target") + PARTNERSHIPS.formatted("""
			  AND EXISTS { (place)-[:PART_OF*0..]->(target) }
			WITH place, i, kind,
			     head([(c)-[:SUBSIDIARY_OF*0..]->(top:Company) WHERE NOT (top)-[:SUBSIDIARY_OF]->() | top]) AS owner
			""");

	private static final String PARTNERSHIPS_BY_COMPANY = resolve("target") + PARTNERSHIPS.formatted("""
			  AND (c = target OR EXISTS { (c)-[:SUBSIDIARY_OF*1..]->(target) })
			WITH place, i, kind, target AS owner
			""");

	/**
	 * Entities named exactly the text first, then the full-text hits of the three indexes
	 * by score ({@code SearchController}; the substring fallback for fewer hits than
	 * asked for is left out).
	 */
	private static final String SEARCH = """
			CALL () {
			  CALL db.index.fulltext.queryNodes('entity_keys', $exactTerm) YIELD node
			  RETURN node, 0 AS rank, 0.0 AS score
			  UNION
			  CALL db.index.fulltext.queryNodes('entity_name_search', $query, {limit: $limit}) YIELD node, score
			  RETURN node, 1 AS rank, score
			  UNION
			  CALL db.index.fulltext.queryNodes('initiative_text_search', $query, {limit: $limit}) YIELD node, score
			  RETURN node, 1 AS rank, score
			  UNION
			  CALL db.index.fulltext.queryNodes('policy_title_search', $query, {limit: $limit}) YIELD node, score
			  RETURN node, 1 AS rank, score
			}
			WITH node, min(rank) AS rank, max(score) AS score
			ORDER BY rank, score DESC
			LIMIT $limit
			WITH collect({id: node.id, score: score, name: node.name, date: node.date, title: node.title}) AS rows
			RETURN [row IN rows | row.id] AS ids, rows
			""";

	/**
	 * The best path of at most 4 relationships, ranked as {@code Query.paths} ranks them
	 * (fewest sectors passed through, fewest unevidenced steps, fewest steps, latest
	 * evidence, ids), walked half from each end ({@code PathRepository}); a step between
	 * two objects is evidenced when any relationship between them cites an entry.
	 */
	private static final String PATH = resolve("a") + resolve("b")
			+ """
					MATCH startHalf = (a)-[*0..2]-(middle)
					WHERE none(r IN relationships(startHalf) WHERE type(r) = 'REPORTED_IN')
					  AND all(n IN nodes(startHalf) WHERE single(m IN nodes(startHalf) WHERE m = n))
					MATCH endHalf = (b)-[*0..2]-(middle)
					USING JOIN ON middle
					WHERE none(r IN relationships(endHalf) WHERE type(r) = 'REPORTED_IN')
					  AND all(n IN nodes(endHalf) WHERE single(m IN nodes(endHalf) WHERE m = n))
					  AND length(startHalf) - length(endHalf) IN [0, 1]
					  AND 1 <= length(startHalf) + length(endHalf) <= 4
					WITH nodes(startHalf) + reverse(nodes(endHalf))[1..] AS nodes,
					     relationships(startHalf) + reverse(relationships(endHalf)) AS rels
					WHERE all(n IN nodes WHERE single(m IN nodes WHERE m = n))
					WITH nodes, [r IN rels | coalesce(r.initiativeId,
					       CASE WHEN startNode(r):Initiative THEN startNode(r).id WHEN endNode(r):Initiative THEN endNode(r).id END)] AS cited
					WITH nodes, collect(cited) AS variants
					WITH nodes, [k IN range(0, size(nodes) - 2) | [v IN variants WHERE v[k] IS NOT NULL | v[k]]] AS evidence
					WITH nodes, evidence,
					     COLLECT { UNWIND evidence AS step UNWIND step AS entryId
					               MATCH (i:Initiative {id: entryId}) RETURN max(i.date) AS latest }[0] AS latestEvidence
					ORDER BY size([n IN nodes[1..-1] WHERE n:Sector]), size([e IN evidence WHERE e = []]), size(nodes),
					         latestEvidence DESC, reduce(key = '', n IN nodes | key + n.id + '/')
					LIMIT 1
					RETURN [n IN nodes | n.id] AS ids
					""";

	private static final Map<String, String> STATEMENTS = Map.of("entityByName", ENTITY_BY_NAME, "nested3", NESTED3,
			"initiativesFiltered", INITIATIVES_FILTERED, "initiativesPage2", INITIATIVES_FILTERED,
			"partnershipsByRegion", PARTNERSHIPS_BY_REGION, "partnershipsByCompany", PARTNERSHIPS_BY_COMPANY, "search",
			SEARCH, "path", PATH);

	private CypherStatements() {
	}

	static boolean has(String queryId) {
		return STATEMENTS.containsKey(queryId);
	}

	static String statement(String queryId) {
		return STATEMENTS.get(queryId);
	}

	/**
	 * The parameters of a query; {@code initiativesPage2}'s key of the first page's last
	 * item is added by {@link CypherTarget}.
	 */
	static Map<String, Object> parameters(String queryId) {
		Map<String, Object> parameters = new HashMap<>();
		switch (queryId) {
			case "entityByName" -> parameters.putAll(name("e", "天津"));
			case "nested3" -> parameters.putAll(name("r", "浙江"));
			case "initiativesFiltered", "initiativesPage2" -> {
				parameters.putAll(name("s", "医疗健康"));
				parameters.put("from", LocalDate.parse("2018-10-16"));
				parameters.put("to", LocalDate.parse("2018-11-15"));
				parameters.put("afterDate", null);
				parameters.put("afterId", null);
			}
			case "partnershipsByRegion" -> {
				parameters.putAll(name("target", "浙江"));
				parameters.put("provinceLevels", RegionLevel.provinceLevels());
			}
			case "partnershipsByCompany" -> {
				parameters.putAll(name("target", "阿里巴巴集团"));
				parameters.put("provinceLevels", RegionLevel.provinceLevels());
			}
			case "search" -> {
				String key = NameKey.of("医疗");
				parameters.put("exactTerm", term(key));
				parameters.put("query", luceneQuery(key));
				parameters.put("limit", 20);
			}
			case "path" -> {
				parameters.putAll(name("a", "阿里巴巴集团"));
				parameters.putAll(name("b", "天津"));
			}
			default -> throw new IllegalArgumentException("No Cypher statement for " + queryId);
		}
		return parameters;
	}

	private static String resolve(String variable) {
		return RESOLVE.formatted(variable);
	}

	/** The parameters of {@link #RESOLVE} for a name. */
	private static Map<String, Object> name(String variable, String name) {
		String key = NameKey.of(name);
		return Map.of(variable + "Term", term(key), variable + "Key", key);
	}

	/** A key as one quoted term of the keyword index. */
	private static String term(String key) {
		return '"' + key.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	/** {@code search.LuceneQuery}: lower case, Lucene's syntax escaped. */
	private static String luceneQuery(String key) {
		return key.toLowerCase(Locale.ROOT).replaceAll("([+\\-&|!(){}\\[\\]^\"~*?:\\\\/])", "\\\\$1");
	}

}
