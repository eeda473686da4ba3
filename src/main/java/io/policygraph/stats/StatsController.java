package io.policygraph.stats;

import java.util.List;

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
	List<ProgrammeActionCount> programmeActions() {
		return repository.programmeActions();
	}

}
