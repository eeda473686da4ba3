package io.policygraph.partnership;

import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.policygraph.error.InvalidArgumentException;
import io.policygraph.graph.GraphRepository;

@Controller
class PartnershipController {

	private final PartnershipRepository partnerships;

	private final GraphRepository graph;

	PartnershipController(PartnershipRepository partnerships, GraphRepository graph) {
		this.partnerships = partnerships;
		this.graph = graph;
	}

	@QueryMapping
	List<Partnership> partnerships(@Argument String company, @Argument String region, @Argument String sector,
			@Argument LocalDate from, @Argument LocalDate to, @Argument Boolean includeSubsidiaries,
			@Argument List<LinkKind> kinds, @Argument String businessSector) {
		InvalidArgumentException.requireOrdered(from, to, "from", "to");
		if (kinds != null && kinds.isEmpty()) {
			throw new InvalidArgumentException("kinds",
					"must name at least one kind of link, or be left out for " + LinkKind.DEFAULT);
		}
		List<LinkKind> asked = kinds == null ? LinkKind.DEFAULT : kinds;
		return partnerships.find(graph.idOf(company), graph.idOf(region), graph.idOf(sector), from, to,
				includeSubsidiaries == null || includeSubsidiaries, asked, graph.idOf(businessSector));
	}

}
