package io.policygraph.initiative;

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
import io.policygraph.graph.Event;
import io.policygraph.graph.Report;

/**
 * {@code Query.reports} and the fields of {@code Report}, from {@link ReportRepository}.
 */
@Controller
class ReportController {

	private final ReportRepository reports;

	private final ApiProperties api;

	ReportController(ReportRepository reports, ApiProperties api) {
		this.reports = reports;
		this.api = api;
	}

	@QueryMapping
	List<Report> reports() {
		return reports.reports();
	}

	@BatchMapping(typeName = "Report")
	Map<Report, List<Event>> events(List<Report> list) {
		return reports.events(list);
	}

	/**
	 * A page of the entries printed in the report; batched by the {@link NestedPage}
	 * loader.
	 */
	@SchemaMapping(typeName = "Report")
	CompletableFuture<InitiativeConnection> initiatives(Report report, DataFetchingEnvironment field,
			DataLoader<NestedPage, InitiativeConnection> pages) {
		return pages.load(NestedPage.of(NestedPage.Kind.REPORT, "Report", report.id(), field, api));
	}

}
