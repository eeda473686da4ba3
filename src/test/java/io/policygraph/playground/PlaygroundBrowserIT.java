package io.policygraph.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.PolicyGraphIT;

/**
 * The playground in a real headless Chromium, as an analyst uses it: the page renders
 * GraphiQL from this server's assets alone, opens with the saved examples, and running
 * the first one shows data from the report. Needs Debian's {@code chromium} and
 * {@code chromium-driver} (CI installs them); skipped where they are missing. Leaves a
 * screenshot in {@code target/}.
 */
@PolicyGraphIT
class PlaygroundBrowserIT {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	/** The CodeMirror 5 editor of a GraphiQL pane keeps its instance on its element. */
	private static final String EDITOR_TEXT = "return document.querySelector(arguments[0] + ' .CodeMirror').CodeMirror.getValue();";

	/**
	 * Selenium warns that it has no DevTools binding for this Chromium; the test needs
	 * WebDriver only.
	 */
	private static final List<Logger> CDP_WARNINGS = List.of(
			Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
			Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

	@LocalServerPort
	int port;

	private Path profile;

	private ChromeDriverService service;

	private ChromeDriver browser;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser test skipped: needs " + CHROMIUM + " and " + CHROMEDRIVER
						+ " (Debian: apt-get install chromium chromium-driver; .ci/run installs them)");
	}

	@BeforeEach
	void startChromium() throws IOException {
		// Chromium and its driver are given explicitly, so Selenium Manager has nothing
		// to look up;
		// should it run anyway, SE_* properties reach it and keep it from downloading.
		System.setProperty("SE_OFFLINE", "true");
		CDP_WARNINGS.forEach(logger -> logger.setLevel(Level.SEVERE));
		profile = Files.createTempDirectory("policygraph-chromium-");
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-quic", "--window-size=1400,900", "--user-data-dir=" + profile);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void stopChromium() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (service != null) {
			service.stop();
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@Test
	void thePlaygroundOpensWithTheExamplesAndRunsTheFirstAgainstTheGraph() {
		String origin = "http://127.0.0.1:" + port;
		browser.get(origin + "/graphiql");
		WebDriverWait wait = new WebDriverWait(browser, PATIENCE);

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".graphiql-query-editor .CodeMirror")));
		wait.until(page -> editorText(".graphiql-query-editor").startsWith("# Companies that worked with 天津市"));
		assertThat(browser.findElements(By.cssSelector(".graphiql-tab"))).hasSizeGreaterThanOrEqualTo(8);
		assertThat(browser.findElement(By.cssSelector(".playground-examples")).getText())
			.contains("Which firms worked with which provinces");

		browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
		wait.until(page -> editorText(".graphiql-response").contains("阿里健康"));

		String result = editorText(".graphiql-response");
		assertThat(result).contains("\"data\"", "\"partnerships\"", "天津市南开医院").doesNotContain("\"errors\"");
		assertThat(browser.findElement(By.cssSelector(".graphiql-response")).getText()).contains("partnerships");
		screenshot("playground-browser.png");

		assertThat(resourcesLoaded()).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).map(LogEntry::toString)
			.noneMatch(entry -> entry.contains("SEVERE"));
	}

	@Test
	void anExampleOfThePanelRunsWithCtrlEnterAndAnEditedOneReopensInANewTab() {
		browser.get("http://127.0.0.1:" + port + "/graphiql");
		WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
		By policiesExample = By
			.xpath("//section[@class='playground-examples']//button[starts-with(., 'The policies 农业农村部 issued')]");
		wait.until(ExpectedConditions.elementToBeClickable(policiesExample)).click();
		wait.until(page -> editorText(".graphiql-query-editor").startsWith("# The policies 农业农村部 issued"));

		browser.findElement(By.cssSelector(".graphiql-query-editor .CodeMirror textarea"))
			.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
		wait.until(page -> editorText(".graphiql-response").contains("深入推进审批服务便民化工作实施方案"));

		int tabs = browser.findElements(By.cssSelector(".graphiql-tab")).size();
		((JavascriptExecutor) browser).executeScript(
				"document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(arguments[0]);",
				"query EditedByAnAnalyst { stats { nodes } }");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".graphiql-tab-active"),
				"EditedByAnAnalyst"));
		browser.findElement(policiesExample).click();
		wait.until(page -> page.findElements(By.cssSelector(".graphiql-tab")).size() == tabs + 1);
		wait.until(page -> editorText(".graphiql-query-editor").startsWith("# The policies 农业农村部 issued"));
		screenshot("playground-browser-examples.png");
	}

	@Test
	void theDocsPanelAndCompletionLoadTheSchemaWithTheDefaultLimits() {
		browser.get("http://127.0.0.1:" + port + "/graphiql");
		WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".graphiql-query-editor .CodeMirror")));
		wait.until(page -> editorText(".graphiql-query-editor").startsWith("# Companies that worked with 天津市"));

		wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//button[contains(@aria-label, 'Documentation Explorer')]"))).click();
		By docs = By.cssSelector(".graphiql-doc-explorer");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(docs, "Root Types"));
		assertThat(browser.findElement(docs).getText()).contains("query", "Query", "mutation", "Mutation")
			.doesNotContain("Error fetching schema");

		// completion offers the fields of Query as the schema describes them
		((JavascriptExecutor) browser)
			.executeScript("const cm = document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror;"
					+ " cm.setValue('{ partn'); cm.focus(); cm.setCursor({ line: 0, ch: 7 });");
		browser.findElement(By.cssSelector(".graphiql-query-editor .CodeMirror textarea"))
			.sendKeys(Keys.chord(Keys.CONTROL, Keys.SPACE));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".CodeMirror-hints"),
				"partnerships"));
		screenshot("playground-browser-docs.png");

		assertThat(browser.getPageSource()).doesNotContain("Error fetching schema")
			.doesNotContain("maximum query depth");
		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).map(LogEntry::toString)
			.noneMatch(entry -> entry.contains("SEVERE"));
	}

	private String editorText(String pane) {
		return String.valueOf(((JavascriptExecutor) browser).executeScript(EDITOR_TEXT, pane));
	}

	/**
	 * Every URL the page fetched: scripts, styles, fonts, workers, the examples and
	 * GraphQL requests.
	 */
	@SuppressWarnings("unchecked")
	private List<String> resourcesLoaded() {
		return (List<String>) ((JavascriptExecutor) browser)
			.executeScript("return performance.getEntriesByType('resource').map(entry => entry.name);");
	}

	private void screenshot(String name) {
		try {
			Path target = Path.of("target", name);
			Files.createDirectories(target.getParent());
			Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
