package io.policygraph.curation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.neo4j.driver.exceptions.ClientException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import io.policygraph.curation.CurationRepository.ActorLink;
import io.policygraph.curation.CurationRepository.Change;
import io.policygraph.curation.CurationRepository.InitiativeWrite;
import io.policygraph.curation.CurationRepository.Recorded;
import io.policygraph.curation.CurationRepository.ReportPeriod;
import io.policygraph.curation.CurationRepository.StaleEntityException;
import io.policygraph.error.InvalidArgumentException;
import io.policygraph.error.InvalidInputException;
import io.policygraph.error.InvalidInputException.FieldProblem;
import io.policygraph.graph.ActorRole;
import io.policygraph.graph.Entity;
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

	static final int MAX_KEY = 200;

	private static final int ATTEMPTS = 3;

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
	 * {@code 2018-11-c-1a2b3c4d}. Its names are resolved again if an entity they named
	 * was merged away before the write took its lock.
	 * @param idempotencyKey the client's key for this change, or null (see {@link #once})
	 */
	Initiative createInitiative(InitiativeInput input, String idempotencyKey) {
		return once(idempotencyKey, AuditEntry.Action.CREATE_INITIATIVE, List.of(input), this::initiative,
				change -> resolvingAgain(
						() -> curation.createInitiative(
								checked(input,
										report -> report.month() + "-c-"
												+ UUID.randomUUID().toString().substring(0, 8)),
								change, input.text().strip())));
	}

	/**
	 * The entry {@code id} replaced by {@code input}, its version one up.
	 * @param expectedVersion the version the curator read, or null for any
	 * @throws CurationNotFoundException when there is no such entry, or it was deleted
	 * meanwhile
	 * @throws CurationConflictException when its version is not {@code expectedVersion}
	 */
	Initiative updateInitiative(String id, InitiativeInput input, Integer expectedVersion, String idempotencyKey) {
		return once(idempotencyKey, AuditEntry.Action.UPDATE_INITIATIVE, Arrays.asList(id, input, expectedVersion),
				this::initiative, change -> resolvingAgain(() -> curation.updateInitiative(checked(input, report -> id),
						expectedVersion, change, input.text().strip())));
	}

	/**
	 * Deletes the entry; false when there is none.
	 * @throws CurationConflictException when its version is not {@code expectedVersion}
	 */
	boolean deleteInitiative(String id, Integer expectedVersion, String idempotencyKey) {
		return once(idempotencyKey, AuditEntry.Action.DELETE_INITIATIVE, Arrays.asList(id, expectedVersion),
				recorded -> true, change -> curation.deleteInitiative(id, expectedVersion, change));
	}

	Entity addAlias(String entityName, String alias, String idempotencyKey) {
		return once(idempotencyKey, AuditEntry.Action.ADD_ALIAS, List.of(entityName, alias), this::entity,
				change -> resolvingAgain(() -> {
					var problems = new ArrayList<FieldProblem>();
					Optional<Entity> entity = resolve(entityName);
					if (entity.isEmpty()) {
						problems.add(new FieldProblem("entity", "names no entity: " + entityName));
					}
					text(problems, "alias", alias, MAX_ALIAS);
					if (problems.isEmpty()) {
						resolve(alias).filter(owner -> !owner.id().equals(entity.get().id()))
							.ifPresent(owner -> problems.add(
									new FieldProblem("alias", "is already a name of " + owner.name() + " (" + owner.id()
											+ "); if both are the same actor, merge them with mergeEntities")));
					}
					if (!problems.isEmpty()) {
						throw new InvalidInputException(problems);
					}
					return curation.addAlias(entity.get().id(), alias.strip(), NameKey.of(alias), change);
				}));
	}

	/**
	 * Merges {@code remove} into {@code keep}; both are resolved again if either was
	 * merged into another before this merge took their locks.
	 */
	Entity mergeEntities(String keep, String remove, String idempotencyKey) {
		return once(idempotencyKey, AuditEntry.Action.MERGE_ENTITIES, List.of(keep, remove), this::entity,
				change -> resolvingAgain(() -> merged(keep, remove, change)));
	}

	private Entity merged(String keep, String remove, Change change) {
		var problems = new ArrayList<FieldProblem>();
		Optional<Entity> kept = resolve(keep);
		Optional<Entity> removed = resolve(remove);
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
		return curation.merge(kept.get().id(), removed.get().id(), change);
	}

	/**
	 * Runs a change once per idempotency key. Without a key, {@code write} runs. With
	 * one, a change this curator already made with it is not made again: when its
	 * mutation and arguments are the same, {@code replay} answers from what it changed
	 * (as that is now); otherwise it is a {@link CurationConflictException}. The key is
	 * stored on the audit entry, unique per curator (GraphSchema), so of two requests
	 * racing with one key, one writes and the other replays.
	 */
	private <T> T once(String key, AuditEntry.Action action, List<?> arguments, Function<Recorded, T> replay,
			Function<Change, T> write) {
		String curator = curator();
		if (key == null) {
			return write.apply(new Change(curator, null, null));
		}
		if (key.isBlank() || key.length() > MAX_KEY || CONTROL.matcher(key).find()) {
			throw new InvalidArgumentException("idempotencyKey",
					"must be 1 to " + MAX_KEY + " characters without control characters");
		}
		String request = fingerprint(action, arguments);
		Optional<Recorded> recorded = curation.recorded(curator, key);
		if (recorded.isPresent()) {
			return replayed(recorded.get(), key, action, request, replay);
		}
		try {
			return write.apply(new Change(curator, key, request));
		}
		catch (ClientException ex) {
			if (ex.code() == null || !ex.code().contains("ConstraintValidationFailed")) {
				throw ex;
			}
			// another request with this key committed first
			return replayed(curation.recorded(curator, key).orElseThrow(() -> ex), key, action, request, replay);
		}
	}

	private static <T> T replayed(Recorded recorded, String key, AuditEntry.Action action, String request,
			Function<Recorded, T> replay) {
		if (!recorded.action().equals(action.mutation()) || !request.equals(recorded.request())) {
			throw new CurationConflictException("The idempotency key '" + key + "' was used for another change ("
					+ recorded.action() + " of " + recorded.target() + ") with other arguments; nothing was written."
					+ " Use a new key for a new change.");
		}
		return replay.apply(recorded);
	}

	/** SHA-256 of the mutation's name and its arguments, hex. */
	private static String fingerprint(AuditEntry.Action action, List<?> arguments) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((action.mutation() + "\n" + arguments).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Initiative initiative(Recorded recorded) {
		return curation.initiative(recorded.target())
			.orElseThrow(() -> new CurationNotFoundException("The initiative " + recorded.target()
					+ " that this idempotency key " + recorded.action() + "d no longer exists (deleted since)"));
	}

	private Entity entity(Recorded recorded) {
		return curation.entity(recorded.target())
			.orElseThrow(() -> new CurationNotFoundException("The entity " + recorded.target()
					+ " that this idempotency key changed no longer exists (merged away since)"));
	}

	/**
	 * The change, tried again (its names resolved anew) while an entity it named was
	 * merged away or deleted between resolving and locking; a
	 * {@link CurationConflictException} after {@value #ATTEMPTS} tries.
	 */
	private static <T> T resolvingAgain(Supplier<T> change) {
		StaleEntityException last = null;
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			try {
				return change.get();
			}
			catch (StaleEntityException ex) {
				last = ex;
			}
		}
		throw new CurationConflictException(last.getMessage() + ". Nothing was written; try again.");
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
			Optional<Entity> found = resolve(input.region());
			if (found.isEmpty() || !(found.get() instanceof Region)) {
				problems.add(new FieldProblem("input.region", "names no region: " + input.region()));
			}
			else {
				region = found.get().id();
			}
		}
		var sectors = new ArrayList<String>();
		for (int i = 0; i < input.sectors().size(); i++) {
			Optional<Entity> sector = resolve(input.sectors().get(i));
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
			Optional<Entity> entity = actor.entity() == null ? Optional.empty() : resolve(actor.entity());
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

	/**
	 * The entity a name means, by the full-text index of names; when that finds none, by
	 * the names' keys themselves. The index can lag a moment behind a merge that just
	 * gave the removed node's names to the kept one, and a name a curator wrote a moment
	 * ago must not read as unknown.
	 */
	private Optional<Entity> resolve(String name) {
		Optional<Entity> entity = graph.resolve(name);
		return entity.isPresent() ? entity : curation.byKey(NameKey.of(name));
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
