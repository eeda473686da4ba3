package io.policygraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.PolicyGraphIT;
import io.policygraph.support.RawHttp;

/**
 * The explorer over plain HTTP: the page at {@code /} is never cached and loads only
 * bundles of this server, which are served as script and style and may be kept for a year
 * (their names change with their content).
 */
@PolicyGraphIT
class ExplorerIT {

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]*)\"");

	private static final List<String> CDNS = List.of("esm.sh", "unpkg.com", "jsdelivr", "cdnjs", "googleapis");

	@LocalServerPort
	int port;

	@Test
	void thePageAtTheRootIsNeverCachedAndLoadsOnlyItsOwnBundles() {
		HttpResponse<String> page = get("/");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(page.body()).contains("id=\"search\"", "id=\"main\"")
			.doesNotContain("http://", "https://")
			.doesNotContain(CDNS);
		assertThat(assets(page.body())).hasSizeGreaterThanOrEqualTo(2)
			.allSatisfy(asset -> assertThat(asset).matches("\\./assets/[\\w.-]+\\.(js|css)"));
		assertThat(get("/index.html").body()).isEqualTo(page.body());
	}

	@Test
	void everyBundleIsServedAsScriptOrStyleAndKeptForAYear() {
		for (String asset : assets(get("/").body())) {
			HttpResponse<String> response = get(asset.substring(1));

			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(asset)
				.hasValueSatisfying(
						type -> assertThat(type).contains(asset.endsWith(".css") ? "text/css" : "javascript"));
			assertThat(response.headers().firstValue("Cache-Control")).as(asset)
				.hasValue("max-age=31536000, public, immutable");
			assertThat(response.body()).as(asset).isNotBlank().doesNotContain("//unpkg.com", "//cdn.jsdelivr.net");
		}
	}

	@Test
	void aBrowserThatAcceptsGzipGetsTheBundlesGzipped() throws Exception {
		for (String asset : assets(get("/").body())) {
			HttpResponse<byte[]> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + asset.substring(1)))
					.header("Accept-Encoding", "gzip")
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.headers().firstValue("Content-Encoding")).as(asset).hasValue("gzip");
			byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes();
			assertThat(new String(unzipped, StandardCharsets.UTF_8)).as(asset)
				.isEqualTo(get(asset.substring(1)).body());
			assertThat(response.body().length).as(asset).isLessThan(unzipped.length / 2);
		}
	}

	@Test
	void anUnknownBundleIsNotFound() {
		assertThat(get("/assets/no-such-bundle.js").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path) {
		return RawHttp.get(port, path);
	}

	static List<String> assets(String html) {
		List<String> assets = new ArrayList<>();
		Matcher matcher = ASSET.matcher(html);
		while (matcher.find()) {
			if (!matcher.group(1).startsWith("data:") && !matcher.group(1).startsWith("#")) {
				assets.add(matcher.group(1));
			}
		}
		return assets;
	}

}
