package io.policygraph.graph;

/** What kind of body an organization is (the GraphQL enum {@code OrganizationKind}). */
public enum OrganizationKind {

	/** A government bureau, department or commission below the ministries. */
	GOVERNMENT,
	/** A hospital. */
	HOSPITAL,
	/** A court or procuratorate. */
	COURT,
	/** An association, alliance or federation. */
	ASSOCIATION,
	/** A university or research institute. */
	UNIVERSITY,
	/** Any other body. */
	OTHER

}
