package io.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.PolicyGraphIT;
import tools.jackson.databind.JsonNode;

/**
 * Any spelling an analyst types finds what the report prints: traditional characters,
 * full-width forms, invisible characters and letter case, in names, filters and search
 * alike.
 */
@PolicyGraphIT
class SpellingIT {

	@LocalServerPort
	int port;

	@Test
	void traditionalCharactersFindTheSimplifiedName() {
		JsonNode tencent = entity("騰訊");
		assertThat(tencent.get("id").asString()).isEqualTo("tencent");
		assertThat(tencent.get("name").asString()).isEqualTo("腾讯");
		assertThat(entity("中國工商銀行").get("id").asString()).isEqualTo("icbc");
		assertThat(entity("廣東").get("name").asString()).isEqualTo("广东省");
	}

	@Test
	void fullWidthAndLowerCaseFindTheSameCompany() {
		for (String name : List.of("ＩＣＢＣ", "icbc", "Ｉｃｂｃ")) {
			JsonNode icbc = entity(name);
			assertThat(icbc.get("id").asString()).as(name).isEqualTo("icbc");
			assertThat(icbc.get("name").asString()).as(name).isEqualTo("中国工商银行");
		}
	}

	@Test
	void invisibleCharactersInANameAreIgnored() {
		for (String name : List.of("腾\u200B讯", "\uFEFF腾讯", "腾\u00A0讯", "腾讯\u2060", "\u00A0騰\u200B訊\uFEFF")) {
			assertThat(entity(name).get("id").asString())
				.as(name.codePoints().mapToObj(Integer::toHexString).toList().toString())
				.isEqualTo("tencent");
		}
		assertThat(entity("中国\u200B工商\u00A0银行\uFEFF").get("id").asString()).isEqualTo("icbc");
	}

	@Test
	void aTraditionalSearchFindsTheHealthcareEntriesAsTheSimplifiedOneDoes() {
		JsonNode traditional = search("醫療", 20);
		assertThat(traditional.at("/0/node/id").asString()).isEqualTo("healthcare");
		assertThat(traditional.at("/0/node/name").asString()).isEqualTo("医疗健康");
		assertThat(traditional.valueStream().filter(hit -> hit.at("/node/__typename").asString().equals("Initiative")))
			.hasSizeGreaterThan(5)
			.allSatisfy(hit -> assertThat(hit.get("snippet").asString()).contains("医"));
		assertThat(ids(traditional)).containsExactlyElementsOf(ids(search("医疗", 20)));
	}

	@Test
	void anExactNameOrAliasComesFirstAtEveryFirst() {
		for (String text : List.of("廣東", "广东", "广东省")) {
			int found = search(text, 100).size();
			for (int first : List.of(1, 2, 5, 20)) {
				JsonNode hits = search(text, first);
				assertThat(hits.size()).as(text).isEqualTo(Math.min(first, found));
				assertThat(hits.at("/0/node/id").asString()).as(text + " first: " + first).isEqualTo("guangdong");
				assertThat(hits.at("/0/node/name").asString()).isEqualTo("广东省");
			}
		}
		assertThat(ids(search("廣東", 20))).hasSizeGreaterThan(1).isEqualTo(ids(search("广东", 20)));
		assertThat(search("ＩＣＢＣ", 1).at("/0/node/name").asString()).isEqualTo("中国工商银行");
		assertThat(search("騰訊", 1).at("/0/node/id").asString()).isEqualTo("tencent");
	}

	@Test
	void partnershipsTakeACompanyInAnySpelling() {
		JsonNode traditional = data("partnerships", Map.of("company", "騰訊")).get("partnerships");
		assertThat(traditional.valueStream().map(row -> row.at("/company/name").asString())).containsOnly("腾讯");
		assertThat(traditional.valueStream().map(row -> row.at("/region/name").asString())).contains("陕西省");
		assertThat(traditional).isEqualTo(data("partnerships", Map.of("company", "腾讯")).get("partnerships"))
			.isEqualTo(data("partnerships", Map.of("company", "\uFEFF騰\u200B訊")).get("partnerships"));
	}

	@Test
	void filtersTakeNamesAndTextInAnySpelling() {
		JsonNode companies = data("companies", Map.of("filter", Map.of("name", "騰訊"))).get("companies");
		assertThat(companies.get("edges").valueStream().map(edge -> edge.at("/node/id").asString())).contains("tencent",
				"tencent-cloud");

		int healthcare = initiatives(Map.of("text", "医疗")).get("totalCount").asInt();
		assertThat(healthcare).isPositive();
		assertThat(initiatives(Map.of("text", "醫療")).get("totalCount").asInt()).isEqualTo(healthcare);

		JsonNode guangdong = initiatives(Map.of("region", "廣東", "from", "2018-10-20"));
		assertThat(guangdong.get("totalCount").asInt()).isEqualTo(2);
		assertThat(guangdong.get("edges").valueStream().map(edge -> edge.at("/node/date").asString()))
			.containsExactly("2018-11-09", "2018-10-25");

		JsonNode policies = data("policies", Map.of("filter", Map.of("issuer", "農業農村部"))).get("policies");
		assertThat(policies.valueStream().map(policy -> policy.get("title").asString()))
			.containsExactly("深入推进审批服务便民化工作实施方案");
	}

	@Test
	void pathsTakeTheirEndsInAnySpelling() {
		JsonNode plain = data("path", Map.of("from", "百度", "to", "河南省")).get("path");
		assertThat(plain.get("nodes").valueStream().map(node -> node.get("id").asString())).startsWith("baidu");
		assertThat(data("path", Map.of("from", "ＢＡＩＤＵ", "to", "河南\u200B省")).get("path")).isEqualTo(plain);
	}

	private JsonNode entity(String name) {
		return data("entityByName", Map.of("name", name)).get("entity");
	}

	private JsonNode search(String text, int first) {
		return data("search", Map.of("text", text, "first", first)).get("search");
	}

	private JsonNode initiatives(Map<String, Object> filter) {
		return data("initiatives", Map.of("filter", filter, "first", 100)).get("initiatives");
	}

	private static List<String> ids(JsonNode hits) {
		return hits.valueStream().map(hit -> hit.at("/node/id").asString()).toList();
	}

	/**
	 * Runs a document of {@code graphql-test/} and returns its data; any GraphQL error
	 * fails the test.
	 */
	private JsonNode data(String document, Map<String, Object> variables) {
		return HttpGraphQl.tester(this.port)
			.documentName(document)
			.variables(variables)
			.execute()
			.path("")
			.entity(JsonNode.class)
			.get();
	}

}
