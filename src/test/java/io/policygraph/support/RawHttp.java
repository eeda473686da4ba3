package io.policygraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Plain {@code java.net.http} GETs of a running service, for tests of what HTTP itself
 * answers (status codes, health, pages); GraphQL goes through {@link HttpGraphQl}.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** GETs {@code /actuator/health}, whatever its status. */
	public static HttpResponse<String> health(int port) {
		return get(port, "/actuator/health");
	}

	/**
	 * GETs {@code /actuator/health} as the test curator, who sees the checks and their
	 * details.
	 */
	public static HttpResponse<String> healthAsCurator(int port) {
		return get(port, "/actuator/health", Curators.KEY);
	}

	/**
	 * GETs {@code http://127.0.0.1:<port><path>} and returns the response, whatever its
	 * status.
	 */
	public static HttpResponse<String> get(int port, String path) {
		return get(port, path, null);
	}

	/**
	 * GETs {@code http://127.0.0.1:<port><path>} with {@code Authorization: Bearer <key>}
	 * (none when null) and returns the response, whatever its status.
	 */
	public static HttpResponse<String> get(int port, String path, String key) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.GET();
		if (key != null) {
			builder.header("Authorization", "Bearer " + key);
		}
		HttpRequest request = builder.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
