package io.policygraph.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads an API key from {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}.
 * No key: the request goes on anonymously; a wrong key: 401, so a curator never mistakes
 * a typo for a read. Each wrong key is logged with the client's address and the path (the
 * key never, not even in part); a client address that sent too many wrong keys
 * ({@link KeyFailures}) gets 429 with {@code Retry-After} for its requests with a key,
 * without the key being checked, until its window has passed.
 */
class ApiKeyFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

	private final ApiKeys keys;

	private final KeyFailures failures;

	ApiKeyFilter(ApiKeys keys, SecurityProperties properties) {
		this.keys = keys;
		this.failures = new KeyFailures(properties.maxKeyFailures(), properties.keyFailureWindow(),
				properties.keyFailureClients());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		if (key != null) {
			String client = request.getRemoteAddr();
			Duration blocked = this.failures.blocked(client);
			if (!blocked.isZero() && !blocked.isNegative()) {
				Unauthorized.tooManyFailures(response, blocked);
				return;
			}
			try {
				var authentication = keys
					.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("api-key", key));
				SecurityContextHolder.getContext().setAuthentication(authentication);
			}
			catch (AuthenticationException ex) {
				this.failures.failed(client);
				log.warn("Wrong API key from {} for {} {}", client, request.getMethod(), request.getRequestURI());
				Unauthorized.write(response,
						"The API key is not valid: check the key sent as Authorization: Bearer <key> "
								+ "(or X-API-Key), or send none to read anonymously");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static String key(HttpServletRequest request) {
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return authorization.substring(7).strip();
		}
		String header = request.getHeader("X-API-Key");
		return header == null || header.isBlank() ? null : header.strip();
	}

}
