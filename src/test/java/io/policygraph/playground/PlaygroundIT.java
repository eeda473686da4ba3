package io.policygraph.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.policygraph.support.PolicyGraphIT;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PolicyGraphIT
class PlaygroundIT {

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]*)\"");

	/**
	 * Hosts of the CDNs that GraphiQL pages usually load from, Spring's own among them
	 * (esm.sh).
	 */
	private static final List<String> CDNS = List.of("esm.sh", "unpkg.com", "jsdelivr", "cdnjs", "googleapis");

	/**
	 * Where CDN builds of GraphiQL fetch things from; the bundle only names jsdelivr in
	 * an error message.
	 */
	private static final List<String> CDN_URLS = List.of("//esm.sh", "//unpkg.com", "//cdn.jsdelivr.net",
			"//cdnjs.cloudflare.com", "//fonts.googleapis.com", "//fonts.gstatic.com");

	/**
	 * A CSS url(...) that is not inline data: fonts and images must come along in the
	 * style sheet.
	 */
	private static final Pattern CSS_URL_NOT_DATA = Pattern.compile("url\\(\\s*['\"]?(?!data:)");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Test
	void thePageIsOursAndLoadsOnlyAssetsOfThisServer() {
		HttpResponse<String> page = get("/graphiql");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("id=\"playground\"", "data-graphql=\"/graphql\"",
				"data-examples=\"/graphiql/examples\"");
		assertThat(page.body()).doesNotContain("http://", "https://").doesNotContain(CDNS);
		List<String> assets = assets(page.body());
		assertThat(assets).hasSizeGreaterThanOrEqualTo(5)
			.allSatisfy(asset -> assertThat(asset).matches("/graphiql/assets/[\\w./-]+\\.(js|css)"));
	}

	@Test
	void everyAssetOfThePageIsServedAsScriptOrStyleAndReferencesNoCdn() {
		for (String asset : assets(get("/graphiql").body())) {
			HttpResponse<String> response = get(asset);

			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).as(asset)
				.hasValueSatisfying(
						type -> assertThat(type).contains(asset.endsWith(".css") ? "text/css" : "javascript"));
			assertThat(response.body()).as(asset).isNotBlank().doesNotContain(CDN_URLS);
			if (asset.endsWith(".css")) {
				assertThat(response.body()).as(asset).doesNotContainPattern(CSS_URL_NOT_DATA);
			}
		}
	}

	@Test
	void withATrailingSlashThePageIsTheSame() {
		HttpResponse<String> page = get("/graphiql/");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).isEqualTo(get("/graphiql").body());
	}

	@Test
	void theExamplesEndpointListsEverySavedExample() {
		HttpResponse<String> response = get("/graphiql/examples");
		JsonNode examples = JSON.readTree(response.body());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		assertThat(examples.size()).isGreaterThanOrEqualTo(8);
		assertThat(examples.get(0).get("id").asString()).isEqualTo("companies-in-tianjin");
		examples.forEach(example -> {
			assertThat(example.get("title").asString()).isNotBlank();
			assertThat(example.get("query").asString()).startsWith("# " + example.get("title").asString());
		});
	}

	@Test
	void anUnknownAssetIsNotFound() {
		assertThat(get("/graphiql/assets/vendor/graphiql/no-such-file.js").statusCode()).isEqualTo(404);
	}

	private static List<String> assets(String html) {
		List<String> assets = new ArrayList<>();
		Matcher matcher = ASSET.matcher(html);
		while (matcher.find()) {
			if (!matcher.group(1).startsWith("data:")) {
				assets.add(matcher.group(1));
			}
		}
		return assets;
	}

	private HttpResponse<String> get(String path) {
		try {
			return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new AssertionError("GET " + path + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", ex);
		}
	}

}
