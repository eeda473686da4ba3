package io.policygraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP 401 of a request refused before GraphQL runs (a wrong API key, or no key where
 * reads are private): a GraphQL error body like every other error of the API,
 * {@code {"errors":[{"message",
 * "extensions":{"classification":"UNAUTHORIZED","correlationId"}}]}}, in UTF-8 JSON, with
 * {@code WWW-Authenticate: Bearer}; the correlation id is logged with the message. The
 * 429 of a client that sent too many wrong keys has the same body, classification
 * {@code TOO_MANY_REQUESTS}.
 */
final class Unauthorized implements AuthenticationEntryPoint {

	private static final Logger log = LoggerFactory.getLogger(Unauthorized.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** No key where one is needed (reads are private). */
	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		write(response, "This PolicyGraph needs an API key for reads too: send it as Authorization: Bearer <key> "
				+ "(or X-API-Key: <key>)");
	}

	/** Writes the 401 with {@code message}, which must say what the client should do. */
	static void write(HttpServletResponse response, String message) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		write(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHORIZED", message);
	}

	/**
	 * Writes the 429 of a client address that sent too many wrong keys, with
	 * {@code Retry-After} in whole seconds.
	 */
	static void tooManyFailures(HttpServletResponse response, Duration remaining) throws IOException {
		long seconds = Math.max(1, (remaining.toMillis() + 999) / 1000);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		write(response, 429, "TOO_MANY_REQUESTS",
				"Too many wrong API keys from this address: no key is checked for " + seconds
						+ " s (Retry-After); check the key you send (policygraph.security.max-key-failures, "
						+ "key-failure-window)");
	}

	private static void write(HttpServletResponse response, int status, String classification, String message)
			throws IOException {
		String id = UUID.randomUUID().toString();
		log.warn("HTTP request {} answered with {}: {}", id, classification, message);
		response.setStatus(status);
		response.setContentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8).toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Map<String, Object> error = Map.of("message", message, "extensions",
				Map.of("classification", classification, "correlationId", id));
		response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("errors", List.of(error))));
	}

}
