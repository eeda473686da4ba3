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
import io.policygraph.graph.Ministry;
import io.policygraph.graph.Policy;
import io.policygraph.initiative.NestedPage;

/** The fields of {@code Ministry}, from {@link InstitutionRepository}. */
@Controller
class MinistryController {

	private final InstitutionRepository institutions;

	private final ApiProperties api;

	MinistryController(InstitutionRepository institutions, ApiProperties api) {
		this.institutions = institutions;
		this.api = api;
	}

	@BatchMapping(typeName = "Ministry")
	Map<Ministry, List<Policy>> policies(List<Ministry> list) {
		return institutions.issuedPolicies(list);
	}

	@BatchMapping(typeName = "Ministry")
	Map<Ministry, List<Company>> partners(List<Ministry> list) {
		return institutions.partneringCompanies(list);
	}

	/**
	 * A page of the entries the ministry acted in; batched by the {@link NestedPage}
	 * loader.
	 */
	@SchemaMapping(typeName = "Ministry")
	CompletableFuture<InitiativeConnection> initiatives(Ministry ministry, DataFetchingEnvironment field,
			DataLoader<NestedPage, InitiativeConnection> pages) {
		return pages.load(NestedPage.of(NestedPage.Kind.ACTOR, "Ministry", ministry.id(), field, api));
	}

}
