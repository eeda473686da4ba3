package io.policygraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * Checks an API key against the configured hashes, in constant time, and names the
 * curator it belongs to.
 */
class ApiKeys implements AuthenticationProvider {

	private final List<SecurityProperties.Curator> curators;

	ApiKeys(SecurityProperties properties) {
		this.curators = properties.curators();
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		byte[] hash = sha256(String.valueOf(authentication.getCredentials()));
		for (SecurityProperties.Curator curator : curators) {
			byte[] expected = HexFormat.of().parseHex(curator.keySha256().strip().toLowerCase());
			if (MessageDigest.isEqual(hash, expected)) {
				return UsernamePasswordAuthenticationToken.authenticated(curator.name(), null,
						AuthorityUtils.createAuthorityList(CuratorRole.AUTHORITY));
			}
		}
		throw new BadCredentialsException("The API key is not valid");
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	static byte[] sha256(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
