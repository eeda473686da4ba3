package io.policygraph.entity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;

import io.policygraph.graph.ApiProperties;
import io.policygraph.graph.Company;
import io.policygraph.graph.Connections.CompanyConnection;
import io.policygraph.graph.Connections.InitiativeConnection;
import io.policygraph.graph.Entity;
import io.policygraph.graph.GraphRepository;
import io.policygraph.graph.PageRequest;
import io.policygraph.graph.Region;
import io.policygraph.graph.Sector;
import io.policygraph.initiative.NestedPage;

/**
 * {@code Query.companies} and the fields of {@code Company}, from
 * {@link CompanyRepository}.
 */
@Controller
class CompanyController {

	private final CompanyRepository companies;

	private final GraphRepository graph;

	private final ApiProperties api;

	CompanyController(CompanyRepository companies, GraphRepository graph, ApiProperties api) {
		this.companies = companies;
		this.graph = graph;
		this.api = api;
	}

	/**
	 * A page of companies by id; the filter's names are resolved to entities first (an
	 * unknown name matches nothing).
	 */
	@QueryMapping
	CompanyConnection companies(@Argument CompanyFilter filter, @Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before) {
		CompanyFilter f = filter == null ? CompanyFilter.NONE : filter;
		var criteria = CompanyRepository.Criteria.of(f.name(), graph.idOf(f.region()), graph.idOf(f.sector()),
				graph.idOf(f.group()), graph.idOf(f.businessSector()));
		return companies.companies(criteria, PageRequest.of(criteria.list(), first, after, last, before, api));
	}

	@BatchMapping(typeName = "Company")
	Map<Company, Company> parent(List<Company> list) {
		return companies.parent(list);
	}

	@BatchMapping(typeName = "Company")
	Map<Company, Boolean> hierarchyOnly(List<Company> list) {
		return companies.hierarchyOnly(list);
	}

	@BatchMapping(typeName = "Company")
	Map<Company, List<Company>> subsidiaries(List<Company> list) {
		return companies.subsidiaries(list);
	}

	@BatchMapping(typeName = "Company")
	Map<Company, List<Region>> regions(List<Company> list) {
		return companies.regions(list);
	}

	@BatchMapping(typeName = "Company")
	Map<Company, List<Sector>> businessSectors(List<Company> list) {
		return companies.businessSectors(list);
	}

	@BatchMapping(typeName = "Company")
	Map<Company, List<Entity>> partners(List<Company> list) {
		return companies.partners(list);
	}

	/**
	 * A page of the entries the company or its subsidiaries acted in; batched by the
	 * {@link NestedPage} loader.
	 */
	@SchemaMapping(typeName = "Company")
	CompletableFuture<InitiativeConnection> initiatives(Company company, DataFetchingEnvironment field,
			DataLoader<NestedPage, InitiativeConnection> pages) {
		return pages.load(NestedPage.of(NestedPage.Kind.GROUP, "Company", company.id(), field, api));
	}

}
