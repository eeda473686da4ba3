package io.policygraph.curation;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.policygraph.error.InvalidArgumentException;
import io.policygraph.graph.ApiProperties;
import io.policygraph.graph.Entity;
import io.policygraph.graph.Initiative;

@Controller
class CurationController {

	private final CurationService curation;

	private final ApiProperties api;

	CurationController(CurationService curation, ApiProperties api) {
		this.curation = curation;
		this.api = api;
	}

	@MutationMapping
	Initiative createInitiative(@Argument InitiativeInput input, @Argument String idempotencyKey) {
		return curation.createInitiative(input, idempotencyKey);
	}

	@MutationMapping
	Initiative updateInitiative(@Argument String id, @Argument InitiativeInput input, @Argument Integer expectedVersion,
			@Argument String idempotencyKey) {
		return curation.updateInitiative(id, input, expectedVersion, idempotencyKey);
	}

	@MutationMapping
	boolean deleteInitiative(@Argument String id, @Argument Integer expectedVersion, @Argument String idempotencyKey) {
		return curation.deleteInitiative(id, expectedVersion, idempotencyKey);
	}

	@MutationMapping
	Entity addAlias(@Argument String entity, @Argument String alias, @Argument String idempotencyKey) {
		return curation.addAlias(entity, alias, idempotencyKey);
	}

	@MutationMapping
	Entity mergeEntities(@Argument String keep, @Argument String remove, @Argument String idempotencyKey) {
		return curation.mergeEntities(keep, remove, idempotencyKey);
	}

	@QueryMapping
	List<AuditEntry> auditTrail(@Argument Integer first) {
		int limit = first == null ? api.defaultPageSize() : first;
		if (limit < 1 || limit > api.maxPageSize()) {
			throw new InvalidArgumentException("first",
					"must be between 1 and " + api.maxPageSize() + " (policygraph.api.max-page-size), not " + limit);
		}
		return curation.auditTrail(limit);
	}

}
