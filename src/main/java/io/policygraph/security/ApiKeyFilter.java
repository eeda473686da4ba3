package io.policygraph.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads an API key from {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}.
 * No key: the request goes on anonymously; a wrong key: 401, so a curator never mistakes
 * a typo for a read.
 */
class ApiKeyFilter extends OncePerRequestFilter {

	private final ApiKeys keys;

	ApiKeyFilter(ApiKeys keys) {
		this.keys = keys;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		if (key != null) {
			try {
				var authentication = keys
					.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("api-key", key));
				SecurityContextHolder.getContext().setAuthentication(authentication);
			}
			catch (AuthenticationException ex) {
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
