package io.policygraph.importer.seeding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.importer.reading.CandidateFinder.Candidate;
import io.policygraph.importer.reading.EntryReader.Reading;
import io.policygraph.importer.reading.CandidateFinder;
import io.policygraph.importer.reading.EntryReader;
import io.policygraph.importer.reading.Gazetteer;
import io.policygraph.importer.reading.Gazetteer.Kind;
import io.policygraph.importer.reading.Gazetteer.Mention;
import io.policygraph.seed.GraphSeed;
import io.policygraph.seed.SeedReader;
import io.policygraph.seed.SeedRecords;
import io.policygraph.seed.SeedRecords.Actor;
import io.policygraph.seed.SeedRecords.ActorRole;
import io.policygraph.seed.SeedRecords.Event;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.seed.SeedRecords.Organization;
import io.policygraph.seed.SeedRecords.OrganizationKind;
import io.policygraph.seed.SeedRecords.Organizer;
import io.policygraph.seed.SeedRecords.OrganizerRole;
import io.policygraph.seed.SeedRecords.Policy;
import io.policygraph.seed.SeedRecords.Promotion;
import io.policygraph.seed.SeedRecords.Region;
import io.policygraph.seed.SeedRecords.RegionLevel;
import io.policygraph.seed.SeedRecords.Summary;
import io.policygraph.seed.SeedRecords.UrlStatus;
import io.policygraph.seed.SeedValidator;
import io.policygraph.importer.format.ParsedEntry;
import io.policygraph.importer.format.ParsedReport;
import io.policygraph.importer.format.ParsedSummit;
import io.policygraph.importer.format.SummaryGroup;

/**
 * Turns a parsed report into graph-seed files for review: the report's folder, and candidates for
 * the entities the seed does not know yet, appended to the entity files and flagged with
 * {@code review}. Nothing is written here: the result holds the files and the seed they make,
 * validated as a whole.
 */
public final class ReportImporter {

	private static final Pattern FIGURE = Pattern
		.compile("(来自|约|超|超过|共|达|近)?\\d[\\d,.]*\\s*(个国家和地区|名嘉宾|个分论坛|大板块|项[\\p{IsHan}]{0,8}|家展商|平方米的展区|平方米|万人次|家)");

	private final Map<String, byte[]> curatedFiles;

	private final Map<String, byte[]> seedFiles;

	private final GraphSeed curated;

	private final Gazetteer gazetteer;

	private final SeedWriter writer = new SeedWriter();

	private final String month;

	/**
	 * @param seedFiles the graph-seed the report joins, by path
	 * @param month the report's month: candidates an earlier import of it appended are set aside, so
	 * that importing the same report again gives the same files
	 */
	public ReportImporter(Map<String, byte[]> seedFiles, java.time.YearMonth month) {
		this.month = month.toString();
		this.seedFiles = new TreeMap<>(seedFiles);
		this.curatedFiles = withoutCandidatesOf(seedFiles, this.month);
		this.curated = new SeedReader().parse(curatedFiles);
		this.gazetteer = new Gazetteer(curated);
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
					String kept = text.substring(0, at).stripTrailing() + "\n" + (next < 0 ? "" : text.substring(next + 1));
					result.put(file.getKey(), kept.getBytes(StandardCharsets.UTF_8));
				}
			}
		}
		return result;
	}

	private static final String CANDIDATES_HEADER = "Candidates found by the import of %s: check each `review`, then delete it.";

	/** The outcome: the files that change, the whole seed they make, and what a curator should look at. */
	/**
	 * @param unresolved terms the importer could not place: a “互联网+X” whose X no sector of the
	 * vocabulary names, with the entry it is in
	 */
	public record Result(String folder, Map<String, byte[]> changedFiles, GraphSeed seed, ReportSeedView report,
			List<String> newEntities, List<String> unresolved, List<String> warnings) {
	}

	/** The imported report's records, for summaries and comparisons. */
	public record ReportSeedView(SeedRecords.Report report, List<Initiative> initiatives, List<Policy> policies,
			List<Event> events) {
	}

	public Result importReport(ParsedReport parsed, String sourceFile) {
		if (!parsed.month().toString().equals(month)) {
			throw new IllegalArgumentException("This importer is for " + month + ", the report is of " + parsed.month());
		}
		var candidates = new Candidates(month);
		var warnings = new ArrayList<String>(parsed.warnings());
		var unresolved = new LinkedHashMap<String, String>();

		List<Event> events = parsed.summits().stream().map(summit -> event(summit, candidates, warnings)).toList();
		events.forEach(event -> gazetteer.addEvent(event.id(), event.name(), event.aliases(), event.city()));
		List<Initiative> initiatives = new ArrayList<>();
		List<Policy> policies = new ArrayList<>();
		Map<String, Integer> perRow = new LinkedHashMap<>();
		for (ParsedEntry entry : parsed.entries()) {
			String rowId = rowId(entry, candidates);
			int n = perRow.merge(rowId, 1, Integer::sum);
			String id = month + "-s" + entry.section() + "-" + rowId + "-" + n;
			Reading reading = new EntryReader(gazetteer).read(entry.section(), rowId, coHeads(entry), entry.text());
			unknownSectorTerms(entry.text()).forEach(term -> unresolved.putIfAbsent(term, term + " (" + id
					+ "): no sector of entities/sectors.yaml names it; add it to a sector's aliases, or add a sector"));
			List<Actor> actors = new ArrayList<>(reading.actors());
			for (Candidate candidate : new CandidateFinder(gazetteer).find(entry.text(),
					gazetteer.mentions(entry.text()))) {
				String candidateId = candidates.organization(candidate, id);
				if (actors.stream().noneMatch(actor -> actor.id().equals(candidateId))) {
					actors.add(new Actor(candidateId, actors.isEmpty() ? ActorRole.LEAD : ActorRole.PARTICIPANT));
				}
			}
			List<String> notes = new ArrayList<>(entry.warnings());
			String duplicateOf = duplicateOf(initiatives, entry, actors);
			if (duplicateOf != null) {
				notes.add("Duplicate: the report prints this fact again; see " + duplicateOf + ".");
			}
			UrlStatus status = entry.sourceUrl() == null ? UrlStatus.NONE : UrlStatus.OK;
			initiatives.add(new Initiative(id, entry.section(), rowId, entry.date(), entry.text(), reading.region(),
					entry.sourceUrl(), status, null, actors, reading.partnerships(), reading.sectors(), duplicateOf,
					notes));
			for (String title : reading.titles()) {
				List<String> issuers = actors.stream()
					.filter(actor -> actor.role() == ActorRole.ISSUER || actor.role() == ActorRole.LEAD)
					.map(Actor::id)
					.filter(actorId -> !(gazetteer.entity(actorId) instanceof SeedRecords.Company)
							&& !candidates.isCompany(actorId))
					.toList();
				if (issuers.isEmpty() && !(gazetteer.entity(rowId) instanceof SeedRecords.Company)) {
					issuers = List.of(rowId);
				}
				if (!issuers.isEmpty()) {
					policies.add(new Policy("policy-" + shortHash(title), title, null, entry.date(), issuers, id,
							reading.sectors()));
				}
			}
		}
		var report = new SeedRecords.Report("caict-internet-plus-" + month, parsed.title(),
				Objects.requireNonNullElse(parsed.publisher(), "中国信息通信研究院"), parsed.month(), parsed.periodStart(),
				parsed.periodEnd(), sourceFile, new Summary(parsed.summaryText(), promotions(parsed.summaryGroups())));
		var view = new ReportSeedView(report, initiatives, dedupe(policies), events);
		return assemble(month, view, candidates, List.copyOf(unresolved.values()), warnings);
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
			List<String> warnings) {
		String base = "reports/" + month + "/";
		String header = "Imported from " + view.report().sourceFile() + " by `policygraph import`; review before committing.";
		var changed = new TreeMap<String, byte[]>();
		changed.put(base + "report.yaml", writer.file(header, view.report()));
		changed.put(base + "initiatives.yaml", writer.file(header, view.initiatives()));
		changed.put(base + "policies.yaml", writer.file(header, view.policies()));
		changed.put(base + "events.yaml", writer.file(header, view.events()));
		String appended = CANDIDATES_HEADER.formatted(month);
		if (!candidates.regions.isEmpty()) {
			changed.put("entities/regions.yaml",
					writer.append(curatedFiles.get("entities/regions.yaml"), appended, candidates.regions));
		}
		if (!candidates.companies.isEmpty()) {
			changed.put("entities/companies.yaml",
					writer.append(curatedFiles.get("entities/companies.yaml"), appended, candidates.companies));
		}
		if (!candidates.organizations.isEmpty()) {
			changed.put("entities/organizations.yaml",
					writer.append(curatedFiles.get("entities/organizations.yaml"), appended, candidates.organizations));
		}
		var all = new TreeMap<>(curatedFiles);
		all.keySet().removeIf(path -> path.startsWith(base));
		all.putAll(changed);
		GraphSeed seed = new SeedReader().parse(all);
		SeedValidator.validate(seed);
		changed.entrySet().removeIf(file -> java.util.Arrays.equals(file.getValue(), seedFiles.get(file.getKey())));
		return new Result(month, changed, seed, view, candidates.names(), unresolved, warnings);
	}

	/** The other known entities heading the entry's row: 国务院扶贫办 in 工信部、国务院扶贫办. */
	private List<String> coHeads(ParsedEntry entry) {
		return java.util.Arrays.stream(entry.rowHeading().split("[、,，]"))
			.skip(1)
			.map(String::strip)
			.map(gazetteer::lookup)
			.flatMap(Optional::stream)
			.map(Mention::id)
			.toList();
	}

	private String rowId(ParsedEntry entry, Candidates candidates) {
		String first = entry.rowHeading().split("[、,，]")[0].strip();
		Optional<Mention> known = gazetteer.lookup(first);
		if (known.isPresent()) {
			return known.get().id();
		}
		return switch (entry.section()) {
			case 3 -> candidates.company(first, entry.rowHeading());
			case 2 -> candidates.region(first, null, RegionLevel.PROVINCE, "a report row heading");
			default -> candidates.organization(new Candidate(first, null, 0), "a report row heading");
		};
	}

	/** The same date and the same parties (two at least), or the same text: the report prints the fact again. */
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
					&& (otherParties.containsAll(parties) || parties.containsAll(otherParties)) && otherParties.size() >= 2;
			if ((sameText && compact.length() > 24) || sameParties) {
				return initiative.id();
			}
		}
		return null;
	}

	private List<Promotion> promotions(List<SummaryGroup> groups) {
		Map<String, Set<String>> byRegion = new LinkedHashMap<>();
		for (SummaryGroup group : groups) {
			List<String> sectors = gazetteer.mentions(group.clause())
				.stream()
				.filter(m -> m.kind() == Kind.SECTOR)
				.map(Mention::id)
				.distinct()
				.toList();
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

	private Event event(ParsedSummit summit, Candidates candidates, List<String> warnings) {
		String city = summit.city() == null ? null
				: gazetteer.mentions(summit.city())
					.stream()
					.filter(m -> m.kind() == Kind.REGION)
					.reduce((first, second) -> second)
					.map(Mention::id)
					.orElseGet(() -> candidates.region(summit.city(), null, RegionLevel.CITY, "summit " + summit.name()));
		var organizers = new ArrayList<Organizer>();
		for (String clause : summit.text().split("[，,。；;]")) {
			OrganizerRole role = clause.contains("指导") ? OrganizerRole.GUIDE
					: clause.contains("主办") ? OrganizerRole.HOST : null;
			if (role == null) {
				continue;
			}
			for (Mention mention : gazetteer.mentions(clause)) {
				if (mention.kind() != Kind.SECTOR
						&& organizers.stream().noneMatch(o -> o.id().equals(mention.id()))) {
					organizers.add(new Organizer(mention.id(), role));
				}
			}
		}
		var figures = new ArrayList<String>();
		Matcher matcher = FIGURE.matcher(summit.text());
		while (matcher.find()) {
			figures.add(matcher.group().strip());
		}
		if (summit.startDate() == null || city == null || summit.theme() == null) {
			warnings.add("summit " + summit.name() + " (line " + summit.line() + "): date, city or theme missing");
		}
		return new Event("event-" + shortHash(summit.name()), summit.name(), summit.name(), List.of(),
				summit.startDate(), summit.endDate(), city, Objects.requireNonNullElse(summit.theme(), ""), organizers,
				figures, summit.text());
	}

	private static List<Policy> dedupe(List<Policy> policies) {
		Map<String, Policy> byId = new LinkedHashMap<>();
		policies.forEach(policy -> byId.putIfAbsent(policy.id(), policy));
		return List.copyOf(byId.values());
	}

	/** A short, stable id part from a name: the same name always gives the same id. */
	static String shortHash(String name) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The entities an import had to create, each flagged for review; the same name gives the same candidate. */
	private final class Candidates {

		private final String month;

		final List<Region> regions = new ArrayList<>();

		final List<SeedRecords.Company> companies = new ArrayList<>();

		final List<Organization> organizations = new ArrayList<>();

		private final Map<String, String> idsByName = new LinkedHashMap<>();

		Candidates(String month) {
			this.month = month;
		}

		String organization(Candidate candidate, String where) {
			return idsByName.computeIfAbsent(candidate.name(), name -> {
				String id = "org-" + shortHash(name);
				organizations.add(new Organization(id, name, name, List.of(), OrganizationKind.OTHER, candidate.regionId(),
						review("organization", where)));
				return id;
			});
		}

		String company(String name, String where) {
			return idsByName.computeIfAbsent(name, n -> {
				String id = "company-" + shortHash(n);
				companies.add(new SeedRecords.Company(id, n, n, List.of(), null, null, List.of(), review("company", where)));
				return id;
			});
		}

		String region(String name, String partOf, RegionLevel level, String where) {
			return idsByName.computeIfAbsent(name, n -> {
				String id = "region-" + shortHash(n);
				RegionLevel safeLevel = partOf == null && !level.isProvinceLevel() ? RegionLevel.PROVINCE : level;
				regions.add(new Region(id, n, n, List.of(), safeLevel, partOf, review("region", where)));
				return id;
			});
		}

		boolean isCompany(String id) {
			return companies.stream().anyMatch(company -> company.id().equals(id));
		}

		List<String> names() {
			return List.copyOf(idsByName.keySet());
		}

		private String review(String kind, String where) {
			return "New " + kind + " found by the import of " + month + " in " + where
					+ ": check the name, give an English name, kind, region and aliases, or merge it into a known entity.";
		}

	}


}
