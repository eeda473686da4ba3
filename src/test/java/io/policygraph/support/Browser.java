package io.policygraph.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the tests of web pages, one fresh browser (and profile)
 * per test. Register it as a static field:
 *
 * <pre>{@code
 * &#64;RegisterExtension
 * static final Browser chromium = Browser.chromium(1366, 800, "zh-CN");
 * }</pre>
 *
 * It drives Debian's {@code /usr/bin/chromium} through {@code /usr/bin/chromedriver}
 * ({@code .ci/run} installs them, with {@code fonts-noto-cjk} so that screenshots are
 * legible); where they are missing the test class is skipped, with a message saying what
 * to install. The browser's console is recorded, so that a test can assert that the page
 * logged no error.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** How long a test waits for the page to reach a state before it fails. */
	public static final Duration PATIENCE = Duration.ofSeconds(30);

	/**
	 * Selenium warns that it has no DevTools binding for this Chromium; the tests need
	 * WebDriver only.
	 */
	private static final List<Logger> CDP_WARNINGS = List.of(
			Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
			Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

	private final int width;

	private final int height;

	private final String language;

	private Path profile;

	private ChromeDriverService service;

	private ChromeDriver driver;

	private Browser(int width, int height, String language) {
		this.width = width;
		this.height = height;
		this.language = language;
	}

	/**
	 * A Chromium with a window of {@code width} × {@code height} CSS pixels whose
	 * preferred language is {@code language} (a BCP 47 tag such as {@code zh-CN}; null
	 * for Chromium's default).
	 */
	public static Browser chromium(int width, int height, String language) {
		return new Browser(width, height, language);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser test skipped: needs " + CHROMIUM + " and " + CHROMEDRIVER
						+ " (Debian: apt-get install chromium chromium-driver fonts-noto-cjk; .ci/run installs them)");
	}

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		// Chromium and its driver are given explicitly, so Selenium Manager has nothing
		// to
		// look up; should it run anyway, SE_OFFLINE keeps it from downloading.
		System.setProperty("SE_OFFLINE", "true");
		CDP_WARNINGS.forEach(logger -> logger.setLevel(Level.SEVERE));
		this.profile = Files.createTempDirectory("policygraph-chromium-");
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		List<String> arguments = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
				"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--no-first-run", "--disable-quic", "--window-size=" + this.width + "," + this.height,
				"--user-data-dir=" + this.profile));
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
		if (this.language != null) {
			arguments.add("--lang=" + this.language);
			options.setExperimentalOption("prefs",
					Map.of("intl.accept_languages", this.language + "," + this.language.split("-")[0]));
		}
		options.addArguments(arguments);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
		this.driver = new ChromeDriver(this.service, options);
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		if (this.driver != null) {
			this.driver.quit();
			this.driver = null;
		}
		if (this.service != null) {
			this.service.stop();
			this.service = null;
		}
		if (this.profile != null) {
			try (var files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
			this.profile = null;
		}
	}

	/** The running browser of the current test. */
	public ChromeDriver driver() {
		return this.driver;
	}

	/** A wait of {@link #PATIENCE} on the current page. */
	public WebDriverWait patience() {
		return new WebDriverWait(this.driver, PATIENCE);
	}

	/**
	 * Runs {@code script} in the page, as {@link JavascriptExecutor#executeScript} does.
	 */
	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/**
	 * Every URL the page fetched (scripts, styles, fonts, workers, API requests), from
	 * the browser's resource timing entries.
	 */
	@SuppressWarnings("unchecked")
	public List<String> resourcesLoaded() {
		return (List<String>) script("return performance.getEntriesByType('resource').map(entry => entry.name);");
	}

	/**
	 * The console's entries of level SEVERE (errors, failed loads) since the last call.
	 */
	public List<String> consoleErrors() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::toString)
			.filter(entry -> entry.contains("SEVERE"))
			.toList();
	}

	/** Saves a PNG of the window as {@code file}, creating its folder. */
	public void screenshot(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.copy(this.driver.getScreenshotAs(OutputType.FILE).toPath(), file,
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
