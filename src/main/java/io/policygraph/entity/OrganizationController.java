package io.policygraph.entity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;

import io.policygraph.graph.ApiProperties;
import io.policygraph.graph.Company;
import io.policygraph.graph.Connections.InitiativeConnection;
import io.policygraph.graph.Organization;
import io.policygraph.graph.Policy;
import io.policygraph.graph.Region;
import io.policygraph.initiative.NestedPage;

/** The fields of {@code Organization}, from {@link InstitutionRepository}. */
@Controller
class OrganizationController {

	private final InstitutionRepository institutions;

	private final ApiProperties api;

	OrganizationController(InstitutionRepository institutions, ApiProperties api) {
		this.institutions = institutions;
		this.api = api;
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, Region> region(List<Organization> list) {
		return institutions.region(list);
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Policy>> policies(List<Organization> list) {
		return institutions.issuedPolicies(list);
	}

	@BatchMapping(typeName = "Organization")
	Map<Organization, List<Company>> partners(List<Organization> list) {
		return institutions.partneringCompanies(list);
	}

	/**
	 * A page of the entries the organization acted in; batched by the {@link NestedPage}
	 * loader.
	 */
	@SchemaMapping(typeName = "Organization")
	CompletableFuture<InitiativeConnection> initiatives(Organization organization, DataFetchingEnvironment field,
			DataLoader<NestedPage, InitiativeConnection> pages) {
		return pages.load(NestedPage.of(NestedPage.Kind.ACTOR, "Organization", organization.id(), field, api));
	}

}
