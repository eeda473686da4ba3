package io.policygraph.importer.seeding;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.policygraph.error.RequestDeadline;
import io.policygraph.graph.ActorRole;
import io.policygraph.graph.RegionLevel;
import io.policygraph.graph.UrlStatus;
import io.policygraph.importer.format.ParsedEntry;
import io.policygraph.importer.format.ParsedReport;
import io.policygraph.importer.format.SummaryGroup;
import io.policygraph.importer.reading.Candidates;
import io.policygraph.importer.reading.Divisions;
import io.policygraph.importer.reading.EntryReader;
import io.policygraph.importer.reading.EntryReader.Reading;
import io.policygraph.importer.reading.EntryReader.Reason;
import io.policygraph.importer.reading.Gazetteer;
import io.policygraph.importer.reading.Gazetteer.Kind;
import io.policygraph.importer.reading.Gazetteer.Mention;
import io.policygraph.importer.reading.NameFinder;
import io.policygraph.importer.reading.SummitReader;
import io.policygraph.importer.reading.Vocabulary;
import io.policygraph.seed.GraphSeed;
import io.policygraph.seed.SeedReader;
import io.policygraph.seed.SeedRecords;
import io.policygraph.seed.SeedRecords.Actor;
import io.policygraph.seed.SeedRecords.Event;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.seed.SeedRecords.Organization;
import io.policygraph.seed.SeedRecords.Policy;
import io.policygraph.seed.SeedRecords.Promotion;
import io.policygraph.seed.SeedRecords.Region;
import io.policygraph.seed.SeedRecords.Summary;
import io.policygraph.seed.SeedValidator;

/**
 * Turns a parsed report into graph-seed files for review: the report's folder, and
 * candidates for the entities the seed does not know yet (Ministry, Region with its
 * partOf chain, Company with its group, Organization), appended to the entity files and
 * flagged with {@code review}. A valid report always makes a valid seed: what cannot be
 * placed becomes a candidate or a note. Nothing is written here: the result holds the
 * files and the seed they make, validated as a whole.
 */
public final class ReportImporter {

	private final Map<String, byte[]> curatedFiles;

	private final Map<String, byte[]> seedFiles;

	private final GraphSeed curated;

	private final Gazetteer gazetteer;

	private final Vocabulary vocabulary;

	private final SeedWriter writer = new SeedWriter();

	private final String month;

	/**
	 * @param seedFiles the graph-seed the report joins, by path (its
	 * {@code vocabulary.yaml} gives the rules' words; without one, the jar's)
	 * @param month the report's month: candidates an earlier import of it appended are
	 * set aside, so that importing the same report again gives the same files
	 */
	public ReportImporter(Map<String, byte[]> seedFiles, YearMonth month) {
		this.month = month.toString();
		this.seedFiles = new TreeMap<>(seedFiles);
		this.curatedFiles = withoutCandidatesOf(seedFiles, this.month);
		this.curated = new SeedReader().parse(curatedFiles);
		this.gazetteer = new Gazetteer(curated);
		this.vocabulary = Vocabulary.of(seedFiles);
	}

	private static Map<String, byte[]> withoutCandidatesOf(Map<String, byte[]> files, String month) {
		var result = new TreeMap<String, byte[]>(files);
		String marker = "\n# " + CANDIDATES_HEADER.formatted(month);
		for (var file : files.entrySet()) {
			if (file.getKey().startsWith("entities/")) {
				String text = new String(file.getValue(), StandardCharsets.UTF_8);
				int at = text.indexOf(marker.substring(1));
				if (at >= 0) {
					int next = text.indexOf("\n# Candidates found by the import of ", at + marker.length());
					String kept = text.substring(0, at).stripTrailing() + "\n"
							+ (next < 0 ? "" : text.substring(next + 1));
					result.put(file.getKey(), kept.getBytes(StandardCharsets.UTF_8));
				}
			}
		}
		return result;
	}

	private static final String CANDIDATES_HEADER = "Candidates found by the import of %s: check each `review`, then delete it.";

	/**
	 * The outcome: the files that change, the whole seed they make, and what a curator
	 * should look at.
	 *
	 * @param newEntities the candidates, each with the entry it was first found in
	 * @param unresolved terms the importer could not place: a “互联网+X” whose X no sector
	 * of the vocabulary names, with the entry it is in
	 * @param reasons per initiative id, why each actor has its role and the entry its
	 * place (the rule's name)
	 */
	public record Result(String folder, Map<String, byte[]> changedFiles, GraphSeed seed, ReportSeedView report,
			List<String> newEntities, List<String> unresolved, List<String> warnings,
			Map<String, List<Reason>> reasons) {
	}

	/** The imported report's records, for summaries and comparisons. */
	public record ReportSeedView(SeedRecords.Report report, List<Initiative> initiatives, List<Policy> policies,
			List<Event> events) {
	}

	/**
	 * Reads every entry and summit of the report into seed records. What it cannot place
	 * becomes a candidate of the right kind or a note; the seed it makes is validated as
	 * a whole.
	 * @throws io.policygraph.seed.SeedException only when the seed files it joins are
	 * invalid themselves
	 */
	public Result importReport(ParsedReport parsed, String sourceFile) {
		if (!parsed.month().toString().equals(month)) {
			throw new IllegalArgumentException(
					"This importer is for " + month + ", the report is of " + parsed.month());
		}
		var candidates = new Candidates(month, gazetteer, vocabulary.legalForms());
		var names = new NameFinder(gazetteer, vocabulary,
				Divisions.bundled(Set.copyOf(vocabulary.shortPlaceNamesNeverRead())), candidates);
		var reader = new EntryReader(gazetteer, vocabulary, names);
		var warnings = new ArrayList<String>(parsed.warnings());
		var unresolved = new LinkedHashMap<String, String>();
		var reasons = new LinkedHashMap<String, List<Reason>>();

		Map<String, String> rowIds = new LinkedHashMap<>();
		parsed.entries()
			.forEach(entry -> rowIds.computeIfAbsent(entry.section() + "|" + entry.rowHeading(),
					key -> rowId(entry, candidates, warnings)));
		var summits = new SummitReader(gazetteer, vocabulary, names, candidates);
		List<Event> events = new ArrayList<>(
				parsed.summits().stream().map(summit -> summits.event(summit, warnings)).toList());
		events.forEach(event -> gazetteer.addEvent(event.id(), event.name(), event.aliases(), event.city()));
		List<Initiative> initiatives = new ArrayList<>();
		List<Policy> policies = new ArrayList<>();
		Map<String, Integer> perRow = new LinkedHashMap<>();
		for (ParsedEntry entry : parsed.entries()) {
			RequestDeadline.check();
			String rowId = rowIds.get(entry.section() + "|" + entry.rowHeading());
			int n = perRow.merge(rowId, 1, Integer::sum);
			String id = month + "-s" + entry.section() + "-" + rowId + "-" + n;
			Reading reading = reader.read(entry.section(), rowId, coHeads(entry, candidates), entry.text(), id);
			reasons.put(id, reading.reasons());
			tookPart(events, reading, id, entry.text(), summits);
			unknownSectorTerms(entry.text()).forEach(term -> unresolved.putIfAbsent(term, term + " (" + id
					+ "): no sector of entities/sectors.yaml names it; add it to a sector's aliases, or add a sector"));
			List<Actor> actors = reading.actors();
			List<String> notes = new ArrayList<>(entry.warnings());
			truncation(entry.text()).ifPresent(notes::add);
			String duplicateOf = duplicateOf(initiatives, entry, actors);
			if (duplicateOf != null) {
				notes.add("Duplicate: the report prints this fact again; see " + duplicateOf + ".");
			}
			UrlStatus status = entry.sourceUrl() == null ? UrlStatus.NONE : UrlStatus.OK;
			initiatives.add(new Initiative(id, entry.section(), rowId, entry.date(), entry.text(), reading.region(),
					entry.sourceUrl(), status, null, actors, reading.partnerships(), reading.sectors(), duplicateOf,
					notes));
			for (String title : reading.titles()) {
				List<String> issuers = issuers(actors, ActorRole.ISSUER);
				if (issuers.isEmpty()) {
					issuers = issuers(actors, ActorRole.LEAD);
				}
				if (issuers.isEmpty() && gazetteer.kindOf(rowId) != Kind.COMPANY) {
					issuers = List.of(rowId);
				}
				if (!issuers.isEmpty()) {
					policies.add(new Policy("policy-" + Candidates.shortHash(title), title, null, entry.date(), issuers,
							id, reading.sectors()));
				}
			}
		}
		var report = new SeedRecords.Report("caict-internet-plus-" + month, parsed.title(),
				Objects.requireNonNullElse(parsed.publisher(), "中国信息通信研究院"), parsed.month(), parsed.periodStart(),
				parsed.periodEnd(), sourceFile, new Summary(parsed.summaryText(), promotions(parsed.summaryGroups())));
		var view = new ReportSeedView(report, initiatives, dedupe(policies), events);
		Set<String> used = usedIds(view);
		candidates.retainUsed(used);
		candidates.markHierarchyOnly(used);
		return assemble(month, view, candidates, List.copyOf(unresolved.values()), warnings, reasons);
	}

	/**
	 * The actors of a role that can issue a document: ministries, regions, organizations
	 * (not firms).
	 */
	private List<String> issuers(List<Actor> actors, ActorRole role) {
		return actors.stream()
			.filter(actor -> actor.role() == role)
			.map(Actor::id)
			.filter(actorId -> gazetteer.kindOf(actorId) != Kind.COMPANY)
			.toList();
	}

	/** Every entity id the report's records refer to. */
	private static Set<String> usedIds(ReportSeedView view) {
		var used = new LinkedHashSet<String>();
		for (Initiative initiative : view.initiatives()) {
			used.add(initiative.row());
			if (initiative.region() != null) {
				used.add(initiative.region());
			}
			initiative.actors().forEach(actor -> used.add(actor.id()));
		}
		view.policies().forEach(policy -> used.addAll(policy.issuers()));
		for (Event event : view.events()) {
			if (event.city() != null) {
				used.add(event.city());
			}
			event.organizers().forEach(organizer -> used.add(organizer.id()));
			event.participants().forEach(participant -> used.add(participant.id()));
		}
		return used;
	}

	/**
	 * The firms and bodies that lead or partner in an entry naming a summit of this
	 * report took part in it: as its speakers (演讲), exhibitors (亮相…博览会) or participants,
	 * with the entry as evidence.
	 */
	private void tookPart(List<Event> events, Reading reading, String initiativeId, String text, SummitReader summits) {
		for (int i = 0; i < events.size(); i++) {
			Event event = events.get(i);
			if (!reading.events().contains(event.id())) {
				continue;
			}
			var participants = new ArrayList<>(event.participants());
			reading.actors()
				.stream()
				.filter(actor -> actor.role() == ActorRole.LEAD || actor.role() == ActorRole.PARTNER)
				.filter(actor -> participants.stream().noneMatch(p -> p.id().equals(actor.id()))
						&& event.organizers().stream().noneMatch(o -> o.id().equals(actor.id())))
				.forEach(actor -> participants
					.add(new SeedRecords.Participant(actor.id(), summits.participation(text, true), initiativeId)));
			events.set(i,
					new Event(event.id(), event.name(), event.nameEn(), event.aliases(), event.startDate(),
							event.endDate(), event.city(), event.theme(), event.organizers(), participants,
							event.figures(), event.text()));
		}
	}

	/**
	 * The characters an entry the report prints whole ends with; any other last character
	 * means it was cut off.
	 */
	private static final String ENDINGS = "。！？；.!?…”’」』)）》";

	/**
	 * A note for an entry the report cuts off mid-word (…网上办理报, the next line a new row).
	 */
	static Optional<String> truncation(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty() || ENDINGS.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
			return Optional.empty();
		}
		String end = trimmed.substring(Math.max(0, trimmed.length() - 8));
		return Optional.of("Truncated: the report cuts this entry off mid-word at “…" + end
				+ "”; the rest of the text is missing.");
	}

	/** A “互联网+X” term, X closed by its quotation mark: “互联网+营销服务”. */
	private static final Pattern INTERNET_PLUS = Pattern.compile("互联网\\+([\\p{IsHan}]{1,10})(?=[”\"」』])");

	/** The “互联网+X” terms of a text whose X the sector vocabulary does not know. */
	private List<String> unknownSectorTerms(String text) {
		var unknown = new ArrayList<String>();
		var matcher = INTERNET_PLUS.matcher(text);
		while (matcher.find()) {
			if (gazetteer.sectors(matcher.group()).isEmpty()) {
				unknown.add(matcher.group());
			}
		}
		return unknown;
	}

	private Result assemble(String month, ReportSeedView view, Candidates candidates, List<String> unresolved,
			List<String> warnings, Map<String, List<Reason>> reasons) {
		String base = "reports/" + month + "/";
		String header = "Imported from " + view.report().sourceFile()
				+ " by `policygraph import`; review before committing.";
		var changed = new TreeMap<String, byte[]>();
		changed.put(base + "report.yaml", writer.file(header, view.report()));
		changed.put(base + "initiatives.yaml", writer.file(header, view.initiatives()));
		changed.put(base + "policies.yaml", writer.file(header, view.policies()));
		changed.put(base + "events.yaml", writer.file(header, view.events()));
		String appended = CANDIDATES_HEADER.formatted(month);
		appendCandidates(changed, "entities/ministries.yaml", appended, candidates.of(SeedRecords.Ministry.class));
		appendCandidates(changed, "entities/regions.yaml", appended, candidates.of(Region.class));
		appendCandidates(changed, "entities/companies.yaml", appended, candidates.of(SeedRecords.Company.class));
		appendCandidates(changed, "entities/organizations.yaml", appended, candidates.of(Organization.class));
		var all = new TreeMap<>(curatedFiles);
		all.keySet().removeIf(path -> path.startsWith(base));
		all.putAll(changed);
		GraphSeed seed = new SeedReader().parse(all);
		SeedValidator.validate(seed);
		changed.entrySet().removeIf(file -> Arrays.equals(file.getValue(), seedFiles.get(file.getKey())));
		return new Result(month, changed, seed, view, candidates.described(), unresolved, warnings, reasons);
	}

	/**
	 * The entity file with this import's candidates appended; also without any, when an
	 * earlier import of the month had some there (they are taken out).
	 */
	private void appendCandidates(Map<String, byte[]> changed, String file, String header, List<?> records) {
		if (!records.isEmpty()) {
			changed.put(file, writer.append(curatedFiles.get(file), header, records));
		}
		else if (curatedFiles.containsKey(file) && !Arrays.equals(curatedFiles.get(file), seedFiles.get(file))) {
			changed.put(file, curatedFiles.get(file));
		}
	}

	/**
	 * The names heading the entry's row: 工信部、国务院扶贫办 (section 一's are ministries, new ones
	 * candidates).
	 */
	private List<String> headings(ParsedEntry entry) {
		return Arrays.stream(entry.rowHeading().split("[、,，]")).map(String::strip).filter(h -> !h.isEmpty()).toList();
	}

	/** The other bodies heading the entry's row: 国务院扶贫办 in 工信部、国务院扶贫办. */
	private List<String> coHeads(ParsedEntry entry, Candidates candidates) {
		return headings(entry).stream().skip(1).map(heading -> heading(entry.section(), heading, candidates)).toList();
	}

	private String rowId(ParsedEntry entry, Candidates candidates, List<String> warnings) {
		String heading = headings(entry).get(0);
		String id = heading(entry.section(), heading, candidates);
		String name = gazetteer.entity(id) == null ? heading : gazetteer.entity(id).name();
		boolean exact = gazetteer.lookup(heading).filter(m -> m.end() == heading.length()).isPresent()
				|| candidates.contains(id);
		if (!exact) {
			warnings.add("row heading '" + heading + "' (line " + entry.line()
					+ ") is no name the graph-seed knows; read as " + name + " (" + id
					+ ") because it starts with that name: check the heading");
		}
		return id;
	}

	/**
	 * The entity a row heading names: a known one, else a candidate of the kind the
	 * section's table lists (section 一: a Ministry, 三: a Company, 二: a province-level
	 * Region).
	 */
	private String heading(int section, String heading, Candidates candidates) {
		Optional<Mention> known = gazetteer.lookup(heading).filter(m -> m.end() == heading.length());
		if (known.isPresent()) {
			return known.get().id();
		}
		String where = "a report row heading";
		return switch (section) {
			case 1 -> candidates.ministry(heading, where);
			case 3 -> candidates.company(heading, null, null, where);
			default -> gazetteer.lookup(heading)
				.filter(m -> m.kind() == Kind.REGION)
				.map(Mention::id)
				.orElseGet(() -> candidates.region(heading, RegionLevel.PROVINCE, null, where));
		};
	}

	/**
	 * The same date and the same parties (two at least), or the same text: the report
	 * prints the fact again.
	 */
	private static String duplicateOf(List<Initiative> earlier, ParsedEntry entry, List<Actor> actors) {
		Set<String> parties = new LinkedHashSet<>();
		actors.forEach(actor -> parties.add(actor.id()));
		String compact = entry.text().replaceAll("\\s+", "");
		for (Initiative initiative : earlier) {
			if (initiative.duplicateOf() != null) {
				continue;
			}
			String other = initiative.text().replaceAll("\\s+", "");
			boolean sameText = other.contains(compact.substring(Math.min(compact.length(), 12)))
					|| compact.contains(other.substring(Math.min(other.length(), 12)));
			Set<String> otherParties = new LinkedHashSet<>();
			initiative.actors().forEach(actor -> otherParties.add(actor.id()));
			boolean sameParties = parties.size() >= 2 && initiative.date().equals(entry.date())
					&& (otherParties.containsAll(parties) || parties.containsAll(otherParties))
					&& otherParties.size() >= 2;
			if ((sameText && compact.length() > 24) || sameParties) {
				return initiative.id();
			}
		}
		return null;
	}

	private List<Promotion> promotions(List<SummaryGroup> groups) {
		Map<String, Set<String>> byRegion = new LinkedHashMap<>();
		for (SummaryGroup group : groups) {
			List<String> sectors = gazetteer.sectors(group.clause());
			if (sectors.isEmpty() || sectors.size() > 2) {
				continue;
			}
			for (String name : group.regions()) {
				gazetteer.lookup(name)
					.filter(m -> m.kind() == Kind.REGION)
					.ifPresent(m -> byRegion.computeIfAbsent(m.id(), r -> new LinkedHashSet<>()).addAll(sectors));
			}
		}
		return byRegion.entrySet().stream().map(e -> new Promotion(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

	private static List<Policy> dedupe(List<Policy> policies) {
		Map<String, Policy> byId = new LinkedHashMap<>();
		policies.forEach(policy -> byId.putIfAbsent(policy.id(), policy));
		return List.copyOf(byId.values());
	}

}
