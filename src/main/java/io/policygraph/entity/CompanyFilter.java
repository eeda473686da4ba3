package io.policygraph.entity;

/** The GraphQL input {@code CompanyFilter}. */
public record CompanyFilter(String name, String region, String sector, String group, String businessSector) {

	static final CompanyFilter NONE = new CompanyFilter(null, null, null, null, null);

}
