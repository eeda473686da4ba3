package io.policygraph.stats;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class StatsController {

	private final StatsRepository repository;

	StatsController(StatsRepository repository) {
		this.repository = repository;
	}

	@QueryMapping
	Stats stats() {
		return repository.stats();
	}

	@QueryMapping
	java.util.List<ProgrammeActionCount> programmeActions() {
		return repository.programmeActions();
	}

}
