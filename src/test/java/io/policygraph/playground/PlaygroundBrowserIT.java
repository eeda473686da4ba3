package io.policygraph.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.Browser;
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

	/** The CodeMirror 5 editor of a GraphiQL pane keeps its instance on its element. */
	private static final String EDITOR_TEXT = "return document.querySelector(arguments[0] + ' .CodeMirror').CodeMirror.getValue();";

	@RegisterExtension
	static final Browser chromium = Browser.chromium(1400, 900, null);

	@LocalServerPort
	int port;

	private ChromeDriver browser;

	@BeforeEach
	void openTheBrowser() {
		this.browser = chromium.driver();
	}

	@Test
	void thePlaygroundOpensWithTheExamplesAndRunsTheFirstAgainstTheGraph() {
		String origin = "http://127.0.0.1:" + port;
		browser.get(origin + "/graphiql");
		WebDriverWait wait = chromium.patience();

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

		assertThat(chromium.resourcesLoaded()).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	@Test
	void anExampleOfThePanelRunsWithCtrlEnterAndAnEditedOneReopensInANewTab() {
		browser.get("http://127.0.0.1:" + port + "/graphiql");
		WebDriverWait wait = chromium.patience();
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
		WebDriverWait wait = chromium.patience();
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
		assertThat(chromium.consoleErrors()).isEmpty();
	}

	private String editorText(String pane) {
		return String.valueOf(((JavascriptExecutor) browser).executeScript(EDITOR_TEXT, pane));
	}

	private void screenshot(String name) {
		chromium.screenshot(Path.of("target", name));
	}

}
