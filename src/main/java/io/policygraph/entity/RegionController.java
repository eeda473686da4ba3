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
import io.policygraph.graph.Connections.InitiativeConnection;
import io.policygraph.graph.Policy;
import io.policygraph.graph.Region;
import io.policygraph.graph.Sector;
import io.policygraph.initiative.NestedPage;

/**
 * {@code Query.regions} and the fields of {@code Region}, from {@link RegionRepository}.
 */
@Controller
class RegionController {

	private final RegionRepository regions;

	private final ApiProperties api;

	RegionController(RegionRepository regions, ApiProperties api) {
		this.regions = regions;
		this.api = api;
	}

	@QueryMapping
	List<Region> regions(@Argument String level, @Argument Boolean includeHierarchyOnly) {
		return regions.regions(level, Boolean.TRUE.equals(includeHierarchyOnly));
	}

	@BatchMapping(typeName = "Region")
	Map<Region, Region> parent(List<Region> list) {
		return regions.parent(list);
	}

	@BatchMapping(typeName = "Region")
	Map<Region, Region> province(List<Region> list) {
		return regions.province(list);
	}

	@BatchMapping(typeName = "Region")
	Map<Region, Boolean> hierarchyOnly(List<Region> list) {
		return regions.hierarchyOnly(list);
	}

	@BatchMapping(typeName = "Region")
	Map<Region, List<Region>> cities(List<Region> list) {
		return regions.cities(list);
	}

	@BatchMapping(typeName = "Region")
	Map<Region, List<Company>> partners(List<Region> list) {
		return regions.partners(list);
	}

	@BatchMapping(typeName = "Region")
	Map<Region, List<Policy>> policies(List<Region> list) {
		return regions.policies(list);
	}

	@BatchMapping(typeName = "Region")
	Map<Region, List<Sector>> sectors(List<Region> list) {
		return regions.sectors(list);
	}

	@BatchMapping(typeName = "Region")
	Map<Region, List<Sector>> promotedSectors(List<Region> list) {
		return regions.promotedSectors(list);
	}

	/**
	 * A page of the entries placed in the region or its cities; batched by the
	 * {@link NestedPage} loader.
	 */
	@SchemaMapping(typeName = "Region")
	CompletableFuture<InitiativeConnection> initiatives(Region region, DataFetchingEnvironment field,
			DataLoader<NestedPage, InitiativeConnection> pages) {
		return pages.load(NestedPage.of(NestedPage.Kind.REGION, "Region", region.id(), field, api));
	}

}
