package io.policygraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.policygraph.support.HttpGraphQl;
import io.policygraph.support.PolicyGraphIT;
import tools.jackson.databind.JsonNode;

/**
 * {@code path} and {@code paths} over HTTP against the seeded 2018-11 report: connections
 * that entries evidence come before structural ones, and each step shows its entries.
 */
@PolicyGraphIT
class PathsIT {

	private static final String XIAN_AGREEMENT = "腾讯公司与陕西省西安市食品药品监督管理局签订合作协议";

	/**
	 * How the schema ranks paths: sectors passed through, unevidenced steps, steps, then
	 * newest evidence.
	 */
	private static final Comparator<Rank> DOCUMENTED_ORDER = Comparator.comparingInt(Rank::sectors)
		.thenComparingInt(Rank::unevidenced)
		.thenComparingInt(Rank::length)
		.thenComparing(Rank::latestEvidence, Comparator.reverseOrder());

	@LocalServerPort
	int port;

	@Test
	void tencentReachesShaanxiThroughItsXianAgreementWithTheEntryAsEvidence() {
		JsonNode path = data("path", Map.of("from", "腾讯", "to", "陕西省")).get("path");

		assertThat(ids(path)).containsExactly("tencent", "2018-11-s2-shaanxi-3", "xian", "shaanxi");
		JsonNode actor = path.at("/steps/0");
		assertThat(actor.get("type").asString()).isEqualTo("ACTOR_IN");
		assertThat(actor.get("forward").asBoolean()).isTrue();
		assertThat(actor.at("/from/id").asString()).isEqualTo("tencent");
		assertThat(actor.at("/to/id").asString()).isEqualTo("2018-11-s2-shaanxi-3");
		assertThat(actor.get("evidenced").asBoolean()).isTrue();
		assertThat(actor.get("evidence").size()).isEqualTo(1);
		JsonNode entry = actor.at("/evidence/0");
		assertThat(entry.get("id").asString()).isEqualTo("2018-11-s2-shaanxi-3");
		assertThat(entry.get("date").asString()).isEqualTo("2018-11-06");
		assertThat(entry.get("text").asString()).startsWith(XIAN_AGREEMENT + "，推进“互联网+食药监管”");
		assertThat(entry.get("sourceUrl").asString())
			.isEqualTo("http://www.ccn.com.cn/html/shanxi/shichangjianguan/2018/1106/372954.html");
		assertThat(actor.at("/initiative/id").asString()).isEqualTo("2018-11-s2-shaanxi-3");

		JsonNode place = path.at("/steps/1");
		assertThat(place.get("type").asString()).isEqualTo("IN_REGION");
		assertThat(place.at("/to/id").asString()).isEqualTo("xian");
		assertThat(place.at("/evidence/0/id").asString()).isEqualTo("2018-11-s2-shaanxi-3");

		JsonNode province = path.at("/steps/2");
		assertThat(province.get("type").asString()).isEqualTo("PART_OF");
		assertThat(province.get("forward").asBoolean()).isTrue();
		assertThat(province.get("evidenced").asBoolean()).isFalse();
		assertThat(province.get("evidence").isNull()).isTrue();
		assertThat(province.get("initiative").isNull()).isTrue();
	}

	@Test
	void theSameAgreementAsPrintedAgainComesNextAndTheBureausLocationOnlyLater() {
		List<JsonNode> paths = paths(Map.of("from", "Tencent", "to", "Shaanxi", "first", 10));

		assertThat(ids(paths.get(0))).containsExactly("tencent", "2018-11-s2-shaanxi-3", "xian", "shaanxi");
		assertThat(ids(paths.get(1))).containsExactly("tencent", "2018-11-s3-tencent-2", "xian", "shaanxi");
		JsonNode reprint = paths.get(1).at("/steps/0/evidence/0");
		assertThat(reprint.get("id").asString()).isEqualTo("2018-11-s3-tencent-2");
		assertThat(reprint.get("date").asString()).isEqualTo("2018-11-06");
		assertThat(reprint.get("text").asString()).startsWith(XIAN_AGREEMENT + "，将充分利用");
		assertThat(reprint.get("sourceUrl").isNull()).isTrue();

		// the partner bureau LOCATED_IN 西安 is a structural step: two of them rank after
		// one
		List<String> viaTheBureau = List.of("tencent", "xian-food-drug-administration", "xian", "shaanxi");
		int bureau = indexOf(paths, viaTheBureau);
		assertThat(bureau).isGreaterThan(1);
		JsonNode partnership = paths.get(bureau).at("/steps/0");
		assertThat(partnership.get("type").asString()).isEqualTo("PARTNERED_WITH");
		assertThat(partnership.get("evidence").valueStream().map(e -> e.get("id").asString()))
			.containsExactly("2018-11-s2-shaanxi-3", "2018-11-s3-tencent-2");
		assertThat(paths.get(bureau).at("/steps/1/type").asString()).isEqualTo("LOCATED_IN");
		assertThat(paths.get(bureau).at("/steps/1/evidenced").asBoolean()).isFalse();
		assertInDocumentedOrder(paths);
	}

	@Test
	void aSubsidiarysEntryComesBeforeTheShorterSubsidiaryLocatedIn() {
		List<JsonNode> paths = paths(Map.of("from", "国家电网", "to", "天津市"));

		// the two paths through the grid company; after them only paths through its line
		// of business (能源)
		assertThat(paths.size()).isGreaterThanOrEqualTo(2);
		assertThat(paths.subList(2, paths.size())).allMatch(
				path -> path.get("nodes").valueStream().anyMatch(n -> n.get("__typename").asString().equals("Sector")));
		assertThat(ids(paths.get(0))).containsExactly("state-grid", "state-grid-tianjin", "2018-11-s2-tianjin-1",
				"tianjin");
		assertThat(types(paths.get(0))).containsExactly("SUBSIDIARY_OF", "ACTOR_IN", "IN_REGION");
		assertThat(paths.get(0).at("/steps/0/forward").asBoolean()).isFalse();
		assertThat(paths.get(0).at("/steps/0/evidenced").asBoolean()).isFalse();
		JsonNode entry = paths.get(0).at("/steps/1/evidence/0");
		assertThat(entry.get("id").asString()).isEqualTo("2018-11-s2-tianjin-1");
		assertThat(entry.get("date").asString()).isEqualTo("2018-10-16");
		assertThat(entry.get("text").asString()).startsWith("国网天津市电力公司启动“新型城镇能源互联网示范工程”");
		assertThat(entry.get("sourceUrl").asString())
			.isEqualTo("http://www.chinapower.com.cn/tech/20181023/1252246.html");

		assertThat(ids(paths.get(1))).containsExactly("state-grid", "state-grid-tianjin", "tianjin");
		assertThat(types(paths.get(1))).containsExactly("SUBSIDIARY_OF", "LOCATED_IN");
		assertThat(paths.get(1).get("steps").valueStream().map(step -> step.get("evidenced").asBoolean()))
			.containsOnly(false);
		assertThat(data("path", Map.of("from", "国家电网", "to", "天津市")).at("/path/nodes/2/id").asString())
			.isEqualTo("2018-11-s2-tianjin-1");
	}

	@Test
	void aFirmLinkedToItsProvinceOnlyByWhereItSitsGetsThatStepWithoutEvidence() {
		List<JsonNode> paths = paths(Map.of("from", "诺信云网", "to", "北京市"));

		assertThat(paths).hasSize(1);
		JsonNode path = paths.get(0);
		assertThat(ids(path)).containsExactly("beijing-nuoxin-cloud-network", "beijing");
		JsonNode step = path.at("/steps/0");
		assertThat(step.get("type").asString()).isEqualTo("LOCATED_IN");
		assertThat(step.get("forward").asBoolean()).isTrue();
		assertThat(step.get("evidenced").asBoolean()).isFalse();
		assertThat(step.get("evidence").isNull()).isTrue();

		JsonNode backwards = data("path", Map.of("from", "北京", "to", "北京诺信云网科技有限公司")).get("path");
		assertThat(ids(backwards)).containsExactly("beijing", "beijing-nuoxin-cloud-network");
		assertThat(backwards.at("/steps/0/forward").asBoolean()).isFalse();
	}

	@Test
	void severalPathsComeInTheDocumentedOrder() {
		List<JsonNode> unicom = paths(Map.of("from", "中国联通", "to", "湖北省"));
		assertThat(unicom.stream().map(PathsIT::ids)).startsWith(List.of("china-unicom", "hubei-unicom", "hubei"),
				List.of("china-unicom", "hubei-unicom", "xiaogan", "hubei"),
				List.of("china-unicom", "hubei-unicom", "2018-11-s2-hubei-3", "xiaogan", "hubei"));
		assertThat(unicom.get(1).at("/steps/1/evidence/0/id").asString()).isEqualTo("2018-11-s2-hubei-3");
		assertThat(unicom.get(1).at("/steps/1/evidence/0/sourceUrl").asString())
			.isEqualTo("http://www.cctime.com/html/2018-11-1/1415975.htm");
		// an entry of 中国联通 and one of 湖北 that only share a sector come after every other
		// path
		assertThat(rank(unicom.get(unicom.size() - 1)).sectors()).isEqualTo(1);
		assertInDocumentedOrder(unicom);

		// 上海 and 天津 meet only in sectors: same number of steps, so the newest evidence
		// first
		List<JsonNode> shanghai = paths(Map.of("from", "上海", "to", "天津", "first", 3));
		assertThat(shanghai).hasSize(3);
		assertThat(shanghai.stream().map(path -> rank(path).latestEvidence())).containsExactly("2018-11-02",
				"2018-11-01", "2018-11-01");
		assertThat(ids(shanghai.get(0))).containsExactly("shanghai", "2018-11-s2-shanghai-3", "government-services",
				"2018-11-s2-tianjin-3", "tianjin");
		assertInDocumentedOrder(shanghai);

		for (List<String> ends : List.of(List.of("百度", "河南省"), List.of("中国移动", "江苏"), List.of("工行", "山东"),
				List.of("阿里巴巴集团", "天津"))) {
			assertInDocumentedOrder(paths(Map.of("from", ends.get(0), "to", ends.get(1), "maxHops", 5, "first", 20)));
		}
	}

	@Test
	void maxHopsBoundsTheLengthOfEveryPath() {
		assertThat(paths(Map.of("from", "腾讯", "to", "陕西省", "maxHops", 2))).isEmpty();
		assertThat(data("path", Map.of("from", "腾讯", "to", "陕西省", "maxHops", 2)).get("path").isNull()).isTrue();

		List<JsonNode> three = paths(Map.of("from", "腾讯", "to", "陕西省", "maxHops", 3, "first", 20));
		assertThat(three).hasSize(3).allSatisfy(path -> assertThat(path.get("steps").size()).isEqualTo(3));
		List<JsonNode> five = paths(Map.of("from", "腾讯", "to", "陕西省", "maxHops", 5, "first", 100));
		assertThat(five).hasSizeGreaterThan(three.size())
			.allSatisfy(path -> assertThat(path.get("steps").size()).isBetween(1, 5));
		assertThat(five.stream().mapToInt(path -> path.get("steps").size()).max().orElseThrow()).isEqualTo(5);
		assertThat(paths(Map.of("from", "腾讯", "to", "陕西省", "first", 2))).hasSize(2);

		for (int hops : List.of(0, 7)) {
			GraphQlTester.Response refused = execute("paths", Map.of("from", "腾讯", "to", "陕西省", "maxHops", hops));
			assertBadRequest(refused, "maxHops");
			refused.errors().satisfy(errors -> assertThat(errors.get(0).getMessage()).contains("between 1 and 6"));
		}
		assertBadRequest(execute("paths", Map.of("from", "腾讯", "to", "陕西省", "first", 0)), "first");
		assertBadRequest(execute("paths", Map.of("from", "腾讯", "to", "陕西省", "first", 101)), "first");
	}

	@Test
	void unknownNamesAreBadRequestsNamingTheArgument() {
		GraphQlTester.Response from = execute("paths", Map.of("from", "Atlantis", "to", "陕西省"));
		assertBadRequest(from, "from");
		from.errors()
			.satisfy(errors -> assertThat(errors.get(0).getMessage())
				.isEqualTo("Argument 'from' names no entity, initiative or policy"));

		assertBadRequest(execute("path", Map.of("from", "百度", "to", "Atlantis")), "to");
		GraphQlTester.Response hostile = execute("path", Map.of("from", "MATCH (n) DETACH DELETE n", "to", "河南省"));
		assertBadRequest(hostile, "from");
		assertThat(hostile.returnResponse().toMap().toString()).doesNotContain("MATCH (");
	}

	@Test
	void anInitiativeOrAPolicyIdWorksAsAnEndAndAnObjectIsConnectedToItself() {
		JsonNode entry = data("path", Map.of("from", "2018-11-s2-shaanxi-3", "to", "陕西省")).get("path");
		assertThat(ids(entry)).containsExactly("2018-11-s2-shaanxi-3", "xian", "shaanxi");

		List<JsonNode> itself = paths(Map.of("from", "腾讯", "to", "Tencent"));
		assertThat(itself).hasSize(1);
		assertThat(ids(itself.get(0))).containsExactly("tencent");
		assertThat(itself.get(0).get("steps").isEmpty()).isTrue();
	}

	private static void assertBadRequest(GraphQlTester.Response response, String argument) {
		response.errors().satisfy(errors -> {
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
			assertThat(errors.get(0).getExtensions().get("argument")).isEqualTo(argument);
			assertThat(errors.get(0).getMessage()).startsWith("Argument '" + argument + "'");
		});
	}

	private static void assertInDocumentedOrder(List<JsonNode> paths) {
		List<Rank> ranks = paths.stream().map(PathsIT::rank).toList();
		assertThat(ranks).isSortedAccordingTo(DOCUMENTED_ORDER);
		assertThat(paths.stream().map(PathsIT::ids).distinct()).as("one path per sequence of objects")
			.hasSize(paths.size());
	}

	/** What the ranking looks at, read from the answer itself. */
	private static Rank rank(JsonNode path) {
		List<JsonNode> nodes = path.get("nodes").valueStream().toList();
		int sectors = (int) nodes.subList(1, nodes.size() - 1)
			.stream()
			.filter(node -> node.get("__typename").asString().equals("Sector"))
			.count();
		List<JsonNode> steps = path.get("steps").valueStream().toList();
		steps.forEach(step -> assertThat(step.get("evidenced").asBoolean()).isEqualTo(!step.get("evidence").isNull()));
		int unevidenced = (int) steps.stream().filter(step -> !step.get("evidenced").asBoolean()).count();
		String latest = steps.stream()
			.filter(step -> step.get("evidenced").asBoolean())
			.flatMap(step -> step.get("evidence").valueStream())
			.map(entry -> entry.get("date").asString())
			.max(Comparator.naturalOrder())
			.orElse("");
		return new Rank(sectors, unevidenced, steps.size(), latest);
	}

	private record Rank(int sectors, int unevidenced, int length, String latestEvidence) {
	}

	private static int indexOf(List<JsonNode> paths, List<String> ids) {
		return paths.stream().map(PathsIT::ids).toList().indexOf(ids);
	}

	private static List<String> ids(JsonNode path) {
		return path.get("nodes").valueStream().map(node -> node.get("id").asString()).toList();
	}

	private static List<String> types(JsonNode path) {
		return path.get("steps").valueStream().map(step -> step.get("type").asString()).toList();
	}

	private List<JsonNode> paths(Map<String, Object> arguments) {
		return data("paths", arguments).get("paths").valueStream().toList();
	}

	private GraphQlTester.Response execute(String document, Map<String, Object> variables) {
		return HttpGraphQl.tester(this.port).documentName(document).variables(variables).execute();
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
