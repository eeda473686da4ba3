package io.policygraph.entity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;

import io.policygraph.graph.ApiProperties;
import io.policygraph.graph.Connections.InitiativeConnection;
import io.policygraph.graph.Policy;
import io.policygraph.graph.Region;
import io.policygraph.graph.Sector;
import io.policygraph.initiative.NestedPage;

/**
 * {@code Query.sectors} and the fields of {@code Sector}, from {@link SectorRepository}.
 */
@Controller
class SectorController {

	private final SectorRepository sectors;

	private final ApiProperties api;

	SectorController(SectorRepository sectors, ApiProperties api) {
		this.sectors = sectors;
		this.api = api;
	}

	@QueryMapping
	List<Sector> sectors() {
		return sectors.sectors();
	}

	@BatchMapping(typeName = "Sector")
	Map<Sector, List<Region>> promotedBy(List<Sector> list) {
		return sectors.promotedBy(list);
	}

	@BatchMapping(typeName = "Sector")
	Map<Sector, List<Policy>> policies(List<Sector> list) {
		return sectors.policies(list);
	}

	/**
	 * A page of the entries concerning the sector; batched by the {@link NestedPage}
	 * loader.
	 */
	@SchemaMapping(typeName = "Sector")
	CompletableFuture<InitiativeConnection> initiatives(Sector sector, DataFetchingEnvironment field,
			DataLoader<NestedPage, InitiativeConnection> pages) {
		return pages.load(NestedPage.of(NestedPage.Kind.SECTOR, "Sector", sector.id(), field, api));
	}

}
