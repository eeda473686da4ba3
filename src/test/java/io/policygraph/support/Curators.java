package io.policygraph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * The curator the test application knows: its key, and the hash of it that the
 * configuration holds.
 */
public final class Curators {

	public static final String NAME = "test-curator";

	public static final String KEY = "pg-test-key-6f1c2e";

	/** SHA-256 of {@link #KEY}, hex. */
	public static final String KEY_SHA256 = sha256(KEY);

	public static final Map<String, String> PROPERTIES = Map.of("policygraph.security.curators[0].name", NAME,
			"policygraph.security.curators[0].key-sha256", KEY_SHA256);

	private Curators() {
	}

	/**
	 * Deletes what the curators' mutations of a test wrote: the entries they created
	 * (those with a {@code curatedBy}) and the audit trail. Tests that share the seeded
	 * graph call it after each test, so that the next sees the seed alone.
	 */
	public static void removeCuratedEntries(Driver driver) {
		driver.executableQuery("MATCH (i:Initiative) WHERE i.curatedBy IS NOT NULL DETACH DELETE i").execute();
		driver.executableQuery("MATCH (a:AuditEntry) DELETE a").execute();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
