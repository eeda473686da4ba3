package io.policygraph.curation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import io.policygraph.curation.CurationRepository.ActorLink;
import io.policygraph.curation.CurationRepository.InitiativeWrite;
import io.policygraph.curation.CurationRepository.ReportPeriod;
import io.policygraph.error.InvalidInputException;
import io.policygraph.error.InvalidInputException.FieldProblem;
import io.policygraph.graph.ActorRole;
import io.policygraph.graph.Entity;
import io.policygraph.graph.GraphObject;
import io.policygraph.graph.GraphRepository;
import io.policygraph.graph.Initiative;
import io.policygraph.graph.Region;
import io.policygraph.graph.Sector;
import io.policygraph.security.CuratorRole;
import io.policygraph.text.NameKey;

/** Checks a curator's change field by field, then writes it with its audit entry. */
@Service
@PreAuthorize(CuratorRole.REQUIRED)
class CurationService {

	static final int MAX_TEXT = 4000;

	static final int MAX_URL = 2000;

	static final int MAX_ALIAS = 100;

	private static final Pattern URL = Pattern.compile("https?://[^\\s\\p{Cntrl}]+");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

	private final CurationRepository curation;

	private final GraphRepository graph;

	CurationService(CurationRepository curation, GraphRepository graph) {
		this.curation = curation;
		this.graph = graph;
	}

	/**
	 * A new entry, its id made of its report's month and a random part:
	 * {@code 2018-11-c-1a2b3c4d}.
	 */
	Initiative createInitiative(InitiativeInput input) {
		InitiativeWrite initiative = checked(input,
				report -> report.month() + "-c-" + UUID.randomUUID().toString().substring(0, 8));
		return curation.writeInitiative(initiative, AuditEntry.Action.CREATE_INITIATIVE, curator(),
				input.text().strip());
	}

	/**
	 * The entry {@code id} replaced by {@code input}; an {@link InvalidInputException}
	 * when there is none.
	 */
	Initiative updateInitiative(String id, InitiativeInput input) {
		InitiativeWrite initiative = checked(input, report -> id);
		Optional<GraphObject> existing = graph.byId(id);
		if (existing.isEmpty() || !(existing.get() instanceof Initiative)) {
			throw new InvalidInputException(List.of(new FieldProblem("id", "is not an initiative: " + id)));
		}
		return curation.writeInitiative(initiative, AuditEntry.Action.UPDATE_INITIATIVE, curator(),
				input.text().strip());
	}

	boolean deleteInitiative(String id) {
		return curation.deleteInitiative(id, curator());
	}

	Entity addAlias(String entityName, String alias) {
		var problems = new ArrayList<FieldProblem>();
		Optional<Entity> entity = graph.resolve(entityName);
		if (entity.isEmpty()) {
			problems.add(new FieldProblem("entity", "names no entity: " + entityName));
		}
		text(problems, "alias", alias, MAX_ALIAS);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return curation.addAlias(entity.get().id(), alias.strip(), NameKey.of(alias), curator());
	}

	Entity mergeEntities(String keep, String remove) {
		var problems = new ArrayList<FieldProblem>();
		Optional<Entity> kept = graph.resolve(keep);
		Optional<Entity> removed = graph.resolve(remove);
		if (kept.isEmpty()) {
			problems.add(new FieldProblem("keep", "names no entity: " + keep));
		}
		if (removed.isEmpty()) {
			problems.add(new FieldProblem("remove", "names no entity: " + remove));
		}
		if (kept.isPresent() && removed.isPresent()) {
			if (kept.get().id().equals(removed.get().id())) {
				problems.add(new FieldProblem("remove", "is the same entity as keep"));
			}
			else if (kept.get().getClass() != removed.get().getClass()) {
				problems.add(new FieldProblem("remove",
						"is a " + removed.get().getClass().getSimpleName().toLowerCase() + ", keep a "
								+ kept.get().getClass().getSimpleName().toLowerCase()
								+ ": only entities of one kind merge"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return curation.merge(kept.get().id(), removed.get().id(), curator());
	}

	List<AuditEntry> auditTrail(int limit) {
		return curation.auditTrail(limit);
	}

	/**
	 * Every field checked, every problem reported at once in an
	 * {@link InvalidInputException}; the entry to write, with the id {@code id} gives it
	 * in its report, when all are right.
	 */
	private InitiativeWrite checked(InitiativeInput input, Function<ReportPeriod, String> id) {
		var problems = new ArrayList<FieldProblem>();
		Optional<ReportPeriod> report = input.report() == null ? Optional.empty() : curation.report(input.report());
		if (report.isEmpty()) {
			problems.add(new FieldProblem("input.report", "names no report: " + input.report()));
		}
		if (input.section() == null || input.section() < 1 || input.section() > 3) {
			problems.add(new FieldProblem("input.section", "must be 1, 2 or 3"));
		}
		if (input.date() == null) {
			problems.add(new FieldProblem("input.date", "is required"));
		}
		else if (report.isPresent()) {
			LocalDate start = report.get().periodStart();
			LocalDate end = report.get().periodEnd();
			if (input.date().isBefore(start.minusMonths(1)) || input.date().isAfter(end.plusMonths(1))) {
				problems.add(new FieldProblem("input.date",
						"(" + input.date() + ") is far outside the report's period " + start + " to " + end));
			}
		}
		text(problems, "input.text", input.text(), MAX_TEXT);
		if (input.sourceUrl() != null
				&& (input.sourceUrl().length() > MAX_URL || !URL.matcher(input.sourceUrl()).matches())) {
			problems.add(new FieldProblem("input.sourceUrl",
					"must be an http or https link of at most " + MAX_URL + " characters"));
		}
		String region = null;
		if (input.region() != null) {
			Optional<Entity> found = graph.resolve(input.region());
			if (found.isEmpty() || !(found.get() instanceof Region)) {
				problems.add(new FieldProblem("input.region", "names no region: " + input.region()));
			}
			else {
				region = found.get().id();
			}
		}
		var sectors = new ArrayList<String>();
		for (int i = 0; i < input.sectors().size(); i++) {
			Optional<Entity> sector = graph.resolve(input.sectors().get(i));
			if (sector.isEmpty() || !(sector.get() instanceof Sector)) {
				problems
					.add(new FieldProblem("input.sectors[" + i + "]", "names no sector: " + input.sectors().get(i)));
			}
			else {
				sectors.add(sector.get().id());
			}
		}
		var actors = new ArrayList<ActorLink>();
		for (int i = 0; i < input.actors().size(); i++) {
			var actor = input.actors().get(i);
			Optional<Entity> entity = actor.entity() == null ? Optional.empty() : graph.resolve(actor.entity());
			if (entity.isEmpty()) {
				problems.add(new FieldProblem("input.actors[" + i + "].entity", "names no entity: " + actor.entity()));
			}
			if (actor.role() == null) {
				problems.add(new FieldProblem("input.actors[" + i + "].role",
						"must be one of " + List.of(ActorRole.values())));
			}
			if (entity.isPresent() && actor.role() != null) {
				actors.add(new ActorLink(entity.get().id(), actor.role()));
			}
		}
		if (input.actors().isEmpty() && input.region() == null) {
			problems.add(new FieldProblem("input.actors", "is empty and no region is given: say who acted or where"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String row = actors.isEmpty() ? region : actors.get(0).id();
		return new InitiativeWrite(id.apply(report.get()), report.get().id(), input.section(), row, input.date(),
				input.text().strip(), NameKey.of(input.text()), input.sourceUrl(), region, sectors, actors);
	}

	private static void text(List<FieldProblem> problems, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "is required"));
		}
		else if (value.length() > max) {
			problems.add(new FieldProblem(field, "is longer than " + max + " characters"));
		}
		else if (CONTROL.matcher(value).find()) {
			problems.add(new FieldProblem(field, "contains control characters"));
		}
	}

	private static String curator() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

}
