package io.policygraph.security;

/**
 * The one rule for every write of the graph through the API: the caller is a curator.
 * Service methods that write say so with {@code @PreAuthorize(CuratorRole.REQUIRED)}.
 */
public final class CuratorRole {

	/** The role an API key of a configured curator grants. */
	public static final String NAME = "CURATOR";

	/** The authority Spring Security checks for {@link #NAME}. */
	static final String AUTHORITY = "ROLE_" + NAME;

	/** The {@code @PreAuthorize} expression of every write. */
	public static final String REQUIRED = "hasRole('" + NAME + "')";

	private CuratorRole() {
	}

}
