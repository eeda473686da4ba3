package io.policygraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.Browser;
import io.policygraph.support.PolicyGraphIT;

/**
 * The explorer at {@code /} in a real headless Chromium, as a new user meets it: typing
 * 阿里巴巴 suggests the group, choosing it shows the provinces it worked in with the entries
 * and source links that say so, the language switch turns the interface into English, and
 * a damaged source link is marked as such. Needs Debian's {@code chromium} and
 * {@code chromium-driver} (CI installs them, with {@code fonts-noto-cjk} so that the
 * screenshots are legible); skipped where they are missing. Leaves screenshots in
 * {@code target/explorer-screenshots/}.
 */
@PolicyGraphIT
class ExplorerBrowserIT {

	private static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");

	/** The provinces the seed's entries say 阿里巴巴集团 and its subsidiaries worked in. */
	private static final Map<String, String> ALIBABA_PROVINCES = Map.of("tianjin", "天津市", "guangdong", "广东省", "jiangxi",
			"江西省", "xinjiang", "新疆维吾尔自治区");

	/** 阿里健康's agreement with 天津市南开医院, as the November 2018 report links it. */
	private static final String TIANJIN_SOURCE = "http://news.sina.com.cn/o/2018-10-22/doc-ihmuuiyy9046927.shtml";

	/** A kind's count in a matrix cell's tooltip, such as "合作 2". */
	private static final Pattern KIND_COUNT = Pattern.compile("(\\d+)(?: · |$)");

	/** Every node's model position, rounded to a pixel: id → "x,y". */
	private static final String POSITIONS = "return Object.fromEntries(window.__explorerNetwork.nodes()"
			+ ".map(n => [n.id(), Math.round(n.position('x')) + ',' + Math.round(n.position('y'))]));";

	/** The distance between the two closest nodes' centres, in model pixels. */
	private static final String CLOSEST_NODES = """
			const ps = window.__explorerNetwork.nodes().map(n => n.position());
			let min = Infinity;
			for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++)
			  min = Math.min(min, Math.hypot(ps[i].x - ps[j].x, ps[i].y - ps[j].y));
			return min;""";

	/** A node's diameter in the network's style: centres closer than this overlap. */
	private static final double NODE_SIZE = 18;

	@RegisterExtension
	static final Browser chromium = Browser.chromium(1366, 800, "zh-CN");

	@LocalServerPort
	int port;

	private ChromeDriver browser;

	@BeforeEach
	void openTheBrowser() {
		this.browser = chromium.driver();
	}

	@Test
	void searchingForAlibabaShowsTheProvincesItWorkedInWithTheirSources() {
		String origin = "http://127.0.0.1:" + port;
		long start = System.nanoTime();
		browser.get(origin + "/");
		WebDriverWait wait = chromium.patience();
		WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search")));
		long loaded = System.nanoTime();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lang"), "English"));
		screenshot("01-home.png");

		search.sendKeys("阿里巴巴");
		By alibaba = By.cssSelector("#suggestions .suggestion[data-id='alibaba-group']");
		wait.until(ExpectedConditions.visibilityOfElementLocated(alibaba));
		assertThat(browser.findElement(alibaba).getText()).contains("阿里巴巴集团", "企业");
		screenshot("02-suggestions.png");
		browser.findElement(alibaba).click();
		// the page's heading names the choice; the box is left empty for the next search
		wait.until(ExpectedConditions.attributeToBe(search, "value", ""));

		By provinces = By.cssSelector("#provinces details.province");
		wait.until(page -> page.findElements(provinces).size() == ALIBABA_PROVINCES.size());
		assertThat(browser.findElement(By.cssSelector("article.entity h1")).getText()).isEqualTo("阿里巴巴集团");
		assertThat(browser.findElement(By.cssSelector("#provinces h2")).getText()).isEqualTo("合作的省份");
		assertThat(browser.findElements(By.cssSelector("#provinces .province-name"))).map(WebElement::getText)
			.containsExactlyInAnyOrderElementsOf(ALIBABA_PROVINCES.values());
		WebElement tianjin = browser.findElement(By.cssSelector("#provinces details.province[data-region='tianjin']"));
		assertThat(tianjin.getText()).contains("2018-10-22", "阿里健康", TIANJIN_SOURCE);
		assertThat(tianjin.findElements(By.cssSelector(".entry-region"))).map(WebElement::getText).containsOnly("天津市");
		assertThat(tianjin.findElements(By.cssSelector(".source a")))
			.anySatisfy(link -> assertThat(link.getAttribute("href")).isEqualTo(TIANJIN_SOURCE));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#months-chart canvas")));
		screenshot("03-alibaba-zh.png");

		browser.findElement(By.id("lang")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#provinces h2"),
				"Provinces it worked in"));
		wait.until(page -> page.findElements(provinces).size() == ALIBABA_PROVINCES.size());
		assertThat(browser.findElement(By.id("lang")).getText()).isEqualTo("中文");
		assertThat(browser.findElement(By.cssSelector("article.entity h1")).getText()).isEqualTo("Alibaba Group");
		assertThat(browser.findElements(By.cssSelector("#provinces .province-name"))).map(WebElement::getText)
			.contains("Tianjin Municipality", "Guangdong Province", "Jiangxi Province");
		screenshot("04-alibaba-en.png");

		assertThat(chromium.resourcesLoaded()).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
		assertThat(chromium.consoleErrors()).isEmpty();
		System.out.printf("Explorer page usable %d ms after the request%n", (loaded - start) / 1_000_000);
	}

	@Test
	void anEnglishNameAndEnterOpenTheBestHitWhereADamagedSourceLinkIsMarkedAsSuch() {
		browser.get("http://127.0.0.1:" + port + "/");
		WebDriverWait wait = chromium.patience();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search"))).sendKeys("Shandong", Keys.ENTER);
		By damaged = By.cssSelector("li.entry[data-id='2018-11-s2-shandong-2'] .source.damaged");
		wait.until(ExpectedConditions.visibilityOfElementLocated(damaged));
		assertThat(browser.findElement(damaged).getText())
			.contains("http://news.cnr.cn/native/city/2018101/t20181101_524401628.shtml", "链接损坏", "校对说明（英文原文）");
		assertThat(browser.findElement(By.cssSelector("article.entity h1")).getText()).isEqualTo("山东省");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#months-chart canvas")));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
				browser.findElement(damaged));
		screenshot("05-damaged-link.png");
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theMatrixCountsAlibabasEntriesPerProvinceAndACellListsThemWithTheirSources() {
		browser.get("http://127.0.0.1:" + port + "/#/matrix");
		WebDriverWait wait = chromium.patience();
		By alibabaCells = By.cssSelector("#matrix tbody td.cell[data-company='alibaba-group']");
		wait.until(page -> !page.findElements(alibabaCells).isEmpty());
		Map<String, Long> shown = new HashMap<>();
		for (WebElement cell : browser.findElements(alibabaCells)) {
			shown.put(cell.getAttribute("data-region"), Long.valueOf(cell.getText()));
		}
		assertThat(shown.keySet()).containsExactlyInAnyOrderElementsOf(ALIBABA_PROVINCES.keySet());
		// the counts, as the API's partnerships give them for the group: its entries and
		// summits
		Map<String, Long> expected = new HashMap<>();
		for (Map<String, Object> row : askTheApi(
				"{ partnerships(company: \"alibaba-group\") { region { id } initiatives { id } events { id } } }",
				"partnerships")) {
			expected.put((String) ((Map<String, Object>) row.get("region")).get("id"),
					(long) (((List<?>) row.get("initiatives")).size() + ((List<?>) row.get("events")).size()));
		}
		assertThat(shown).isEqualTo(expected);
		assertThat(shown.get("tianjin")).isPositive();
		assertThat(browser
			.findElement(By.cssSelector("#matrix td.cell[data-company='alibaba-group'][data-region='tianjin']"))
			.getAttribute("title")).contains("合作");
		// a cell's tooltip counts by kind the same entries the cell counts: none of its
		// kinds has more (an entry of the group and of its subsidiary is one entry)
		for (WebElement cell : browser.findElements(By.cssSelector("#matrix td.cell"))) {
			int count = Integer.parseInt(cell.getText());
			String byKind = cell.getAttribute("title").lines().skip(1).findFirst().orElse("");
			Matcher kinds = KIND_COUNT.matcher(byKind);
			while (kinds.find()) {
				assertThat(Integer.parseInt(kinds.group(1))).as(cell.getAttribute("title")).isLessThanOrEqualTo(count);
			}
		}
		// the whole matrix fits a laptop's width: no column hidden behind a scroll bar
		assertThat(((Number) ((JavascriptExecutor) browser).executeScript(
				"return document.getElementById('matrix').scrollWidth - document.querySelector('.matrix-scroll').clientWidth;"))
			.intValue()).as("matrix wider than its box by").isLessThanOrEqualTo(0);
		screenshot("2x-01-matrix.png");

		browser.findElement(By.cssSelector("#matrix td.cell[data-company='alibaba-group'][data-region='tianjin']"))
			.click();
		By listed = By.cssSelector("#cell-entries[data-company='alibaba-group'][data-region='tianjin'] li.entry");
		wait.until(page -> !page.findElements(listed).isEmpty());
		assertThat(browser.findElements(listed)).hasSize(shown.get("tianjin").intValue()
				- browser.findElements(By.cssSelector("#cell-entries .summits a")).size());
		WebElement detail = browser.findElement(By.id("cell-entries"));
		assertThat(detail.getText()).contains("2018-10-22", "阿里健康", TIANJIN_SOURCE).doesNotContain("null");
		assertThat(detail.findElements(By.cssSelector(".source a")))
			.anySatisfy(link -> assertThat(link.getAttribute("href")).isEqualTo(TIANJIN_SOURCE));
		screenshot("2x-02-matrix-cell.png");

		// a filter the API applies: a report month with no entry of the group in Tianjin
		// empties the cell
		new Select(browser.findElement(By.id("filter-report"))).selectByIndex(1);
		wait.until(page -> page.findElements(By.cssSelector("#matrix-body .loading")).isEmpty());
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	void theMapShadesTheProvincesAndTianjinOpensTianjinsPage() {
		browser.get("http://127.0.0.1:" + port + "/#/map");
		WebDriverWait wait = chromium.patience();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#map-chart canvas")));
		assertThat(browser.findElement(By.id("map-chart")).getAttribute("data-unmatched")).isEmpty();
		screenshot("2x-03-map.png");
		// the click ECharts reports for the region 天津 (clicking the canvas at a pixel
		// would depend on the layout)
		((JavascriptExecutor) browser).executeScript(
				"window.policygraphCharts.map.trigger('click', { componentType: 'series', seriesIndex: 0, name: '天津' });");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("article.entity h1"), "天津市"));
		assertThat(browser.getCurrentUrl()).endsWith("#/entity/tianjin");
		// the region's page lists the companies that worked there, 阿里巴巴集团 among them
		wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#region-partners li[data-company='alibaba-group']")));
		screenshot("2x-06-tianjin.png");
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void anOrganizationsSummitsAndSectorsPagesShowTheirPartnersByKindOfLink() {
		// 天津市南开医院's two entries name 阿里健康 as the firm it worked with
		browser.get("http://127.0.0.1:" + port + "/#/entity/tianjin-nankai-hospital");
		WebDriverWait wait = chromium.patience();
		By partner = By.cssSelector("#linked dd[data-kind='PARTNER'] .party[data-id='alibaba-health']");
		wait.until(ExpectedConditions.visibilityOfElementLocated(partner));
		assertThat(browser.findElement(partner).getText()).isEqualTo("阿里健康 ×2");
		assertThat(browser.findElement(By.id("linked")).getText()).contains("关联方", "合作");

		browser.get("http://127.0.0.1:" + port + "/#/entity/wic-2018");
		By summit = By.id("summit");
		wait.until(ExpectedConditions.visibilityOfElementLocated(summit));
		assertThat(browser.findElement(By.cssSelector("article.entity h1")).getText()).isEqualTo("第五届世界互联网大会");
		assertThat(browser.findElement(summit).getText()).contains("2018-11 报告", "第五届世界互联网大会于2018年11月7日至9日在浙江乌镇举行",
				"约1500名嘉宾", "主办", "国家互联网信息办公室", "浙江省", "演讲", "腾讯", "参展", "百度");
		// summits are not report entries: no "0 entries" heading
		assertThat(browser.findElement(By.cssSelector(".entries-section")).isDisplayed()).isFalse();
		screenshot("2x-07-summit.png");

		browser.get("http://127.0.0.1:" + port + "/#/entity/agriculture");
		By companies = By.cssSelector("#sector-partners li[data-company]");
		wait.until(page -> !page.findElements(companies).isEmpty());
		List<String> expected = askTheApi(
				"{ partnerships(sector: \"agriculture\") { company { id } initiatives { id } } }", "partnerships")
			.stream()
			.filter(row -> !((List<?>) row.get("initiatives")).isEmpty())
			.map(row -> (String) ((Map<String, Object>) row.get("company")).get("id"))
			.distinct()
			.toList();
		assertThat(browser.findElements(companies)).map(item -> item.getAttribute("data-company"))
			.containsExactlyInAnyOrderElementsOf(expected)
			.isNotEmpty();
		screenshot("2x-08-sector.png");
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	void theTimelineShowsTheMonthsAndAMonthListsItsEntries() {
		browser.get("http://127.0.0.1:" + port + "/#/timeline");
		WebDriverWait wait = chromium.patience();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#timeline-chart canvas")));
		screenshot("2x-04-timeline.png");
		((JavascriptExecutor) browser).executeScript(
				"window.policygraphCharts.timeline.trigger('click', { componentType: 'series', seriesIndex: 0, dataIndex: 0 });");
		wait.until(page -> !page.findElements(By.cssSelector("#month-entries li.entry")).isEmpty());
		assertThat(browser.findElement(By.cssSelector("#month-entries h2")).getText())
			.matches("\\d{4}-\\d{2} 的条目（共 \\d+ 条）");
		screenshot("2x-05-timeline-month.png");
		browser.findElement(By.id("lang")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".view-timeline h1"),
				"Entries by month"));
		assertThat(browser.findElement(By.cssSelector("nav.views")).getText()).contains("Matrix", "Map", "Timeline");
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	void alibabasNetworkShowsItsProvincesAndALinksEvidenceAndHowTwoEntitiesAreConnected() {
		browser.get("http://127.0.0.1:" + port + "/#/entity/alibaba-group");
		WebDriverWait wait = chromium.patience();
		wait.until(ExpectedConditions.elementToBeClickable(By.id("network-button"))).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("network-graph"), "data-ready", "true"));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		assertThat(js.executeScript("return window.__explorerNetwork.nodes('.center').id();"))
			.isEqualTo("alibaba-group");
		@SuppressWarnings("unchecked")
		List<String> labels = (List<String>) js
			.executeScript("return window.__explorerNetwork.nodes('[type = \"Region\"]').map(n => n.data('label'));");
		assertThat(labels).containsAll(ALIBABA_PROVINCES.values());
		assertThat(browser.findElement(By.cssSelector(".net-legend")).getText()).contains("企业", "地区", "部委", "机构", "领域",
				"峰会");
		assertThat(browser.findElement(By.cssSelector(".net-lines")).getText()).contains("实线", "虚线", "点线");
		// a link to a place points at it; a shared sector is drawn weak
		assertThat(js.executeScript(
				"return window.__explorerNetwork.getElementById('alibaba-group|tianjin|PROVINCE').hasClass('directed');"))
			.isEqualTo(true);
		assertThat(js.executeScript("const e = window.__explorerNetwork.edges('[kind = \"CONCERNS\"]');"
				+ " return e.length > 0 && e.every(x => x.hasClass('weak'));"))
			.isEqualTo(true);
		// 阿里云 is the group's subsidiary, not its partner: the entry where it worked with
		// 广东省农村信用社联合社 links 阿里云 to the credit union, and 阿里云 to the group as a
		// subsidiary
		assertThat(js.executeScript("""
				const cy = window.__explorerNetwork;
				const between = cy.getElementById('aliyun').edgesWith(cy.getElementById('alibaba-group'));
				return between.map(e => e.data('kind') + (e.hasClass('structural') ? ':structural' : '')).join();"""))
			.isEqualTo("SUBSIDIARY_OF:structural");
		assertThat(js.executeScript(
				"return window.__explorerNetwork.getElementById('aliyun').edgesWith('[id = \"guangdong-rural-credit-union\"]').map(e => e.data('kind')).join();"))
			.isEqualTo("PARTNER");
		screenshot("1x-network-alibaba.png");

		js.executeScript("window.__explorerNetwork.getElementById('alibaba-group|tianjin|PROVINCE').emit('tap');");
		By panel = By.id("network-panel");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(panel, TIANJIN_SOURCE));
		assertThat(browser.findElement(panel).getText()).contains("阿里巴巴集团", "天津市", "2018-10-22", "阿里健康", "南开医院")
			.doesNotContain("null", "undefined");
		assertThat(browser.findElement(panel).findElements(By.cssSelector(".source a")))
			.anySatisfy(link -> assertThat(link.getAttribute("href")).isEqualTo(TIANJIN_SOURCE));
		assertThat(browser.findElement(panel).findElements(By.cssSelector(".entry-region"))).map(WebElement::getText)
			.containsOnly("天津市");
		screenshot("1x-network-evidence.png");

		// expanding 天津市 adds its neighbours clear of the nodes drawn before, which stay
		// put
		@SuppressWarnings("unchecked")
		Map<String, Object> before = (Map<String, Object>) js.executeScript(POSITIONS);
		js.executeScript("window.__explorerNetwork.getElementById('tianjin').emit('tap');");
		wait.until(page -> ((Number) js.executeScript("return window.__explorerNetwork.nodes('.expanded').length;"))
			.intValue() == 2);
		wait.until(ExpectedConditions.attributeToBe(By.id("network-graph"), "data-ready", "true"));
		assertThat(browser.findElement(By.cssSelector(".net-status")).getText()).matches("已展开“天津市”：新增 \\d+ 个节点（黄色边框）。");
		@SuppressWarnings("unchecked")
		Map<String, Object> after = (Map<String, Object>) js.executeScript(POSITIONS);
		assertThat(after).hasSizeGreaterThan(before.size());
		before.forEach((id, position) -> assertThat(after.get(id)).as(id).isEqualTo(position));
		assertThat(((Number) js.executeScript(CLOSEST_NODES)).doubleValue()).as("closest two nodes' centres")
			.isGreaterThanOrEqualTo(NODE_SIZE);
		screenshot("1x-network-expanded.png");

		// a name the API does not know is said so, in the interface's language
		browser.findElement(By.id("connect-to")).sendKeys("不存在的地方");
		browser.findElement(By.id("connect-go")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".net-status"), "找不到名为“不存在的地方”"));
		assertThat(browser.findElement(By.cssSelector(".net-status")).getText()).doesNotContain("Argument");
		browser.findElement(By.id("connect-to")).clear();

		WebElement to = browser.findElement(By.id("connect-to"));
		to.sendKeys("天津市");
		browser.findElement(By.id("connect-go")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("network-graph"), "data-ready", "path"));
		assertThat(js.executeScript("return window.__explorerNetwork.nodes('.center').map(n => n.id()).sort().join();"))
			.isEqualTo("alibaba-group,tianjin");
		js.executeScript("window.__explorerNetwork.edges().filter(e => !e.hasClass('structural'))[0].emit('tap');");
		wait.until(page -> !page.findElements(By.cssSelector("#network-panel li.entry")).isEmpty());
		assertThat(browser.findElement(panel).findElements(By.cssSelector(".source"))).isNotEmpty();
		screenshot("1x-network-path.png");

		browser.findElement(By.id("lang")).click();
		wait.until(ExpectedConditions.attributeToBe(By.id("network-graph"), "data-ready", "true"));
		assertThat(browser.findElement(By.cssSelector("article.network h1")).getText()).isEqualTo("Alibaba Group");
		assertThat(browser.findElement(By.cssSelector(".net-legend")).getText()).contains("Company", "Region",
				"Ministry", "Organization", "Sector", "Summit");
		assertThat(browser.findElement(By.id("connect")).getText()).contains("How are they connected");
		js.executeScript("window.__explorerNetwork.getElementById('alibaba-group|tianjin|PROVINCE').emit('tap');");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(panel, "Tianjin"));
		assertThat(browser.findElement(panel).getText()).contains("Alibaba Group", "worked with", "Evidence: 2 entries",
				TIANJIN_SOURCE);
		screenshot("1x-network-en.png");
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	/**
	 * The rows of {@code field} in the answer to {@code query}, asked by the page itself
	 * (POST /graphql), as the explorer asks.
	 */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> askTheApi(String query, String field) {
		Map<String, Object> data = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch('/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' },
				  body: JSON.stringify({ query: arguments[0] }) })
				  .then(r => r.json()).then(b => done(b.data));
				""", query);
		return (List<Map<String, Object>>) data.get(field);
	}

	private void screenshot(String name) {
		chromium.screenshot(SCREENSHOTS.resolve(name));
	}

}
