package io.policygraph.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.policygraph.graph.UrlStatus;
import io.policygraph.seed.GraphSeed.ReportSeed;
import io.policygraph.seed.SeedRecords.Actor;
import io.policygraph.seed.SeedRecords.Company;
import io.policygraph.seed.SeedRecords.Event;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.seed.SeedRecords.Named;
import io.policygraph.seed.SeedRecords.Organization;
import io.policygraph.seed.SeedRecords.Organizer;
import io.policygraph.seed.SeedRecords.Partnership;
import io.policygraph.seed.SeedRecords.Policy;
import io.policygraph.seed.SeedRecords.Promotion;
import io.policygraph.seed.SeedRecords.Region;
import io.policygraph.seed.SeedRecords.Report;

/**
 * Checks a whole {@link GraphSeed} before anything is written: ids, required fields,
 * references and their kinds, dates, region hierarchy. Every problem is collected, each
 * naming the file, the record and the field, so one run shows a curator all that needs
 * fixing.
 */
public class SeedValidator {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern URL = Pattern.compile("https?://\\S+");

	/** The kinds an entity id can stand for, by the file it is defined in. */
	enum Kind {

		MINISTRY, REGION, COMPANY, ORGANIZATION, SECTOR, EVENT

	}

	private static final Set<Kind> ACTORS = Set.of(Kind.MINISTRY, Kind.REGION, Kind.COMPANY, Kind.ORGANIZATION);

	private static final Set<Kind> PARTNERS = ACTORS;

	private static final Set<Kind> ISSUERS = Set.of(Kind.MINISTRY, Kind.REGION, Kind.ORGANIZATION);

	private static final Set<Kind> ROW_HEADS = Set.of(Kind.MINISTRY, Kind.REGION, Kind.COMPANY);

	private final List<String> problems = new ArrayList<>();

	private final Map<String, Kind> entities = new HashMap<>();

	private final Set<String> initiatives = new HashSet<>();

	private final Map<String, Region> regions = new HashMap<>();

	private final Map<String, Company> companies = new HashMap<>();

	/** Throws a {@link SeedException} listing every problem, or returns quietly. */
	public static void validate(GraphSeed seed) {
		var validator = new SeedValidator();
		validator.check(seed);
		if (!validator.problems.isEmpty()) {
			throw new SeedException(validator.problems);
		}
	}

	private void check(GraphSeed seed) {
		register(seed, seed.ministries(), Kind.MINISTRY, "entities/ministries.yaml");
		register(seed, seed.regions(), Kind.REGION, "entities/regions.yaml");
		register(seed, seed.companies(), Kind.COMPANY, "entities/companies.yaml");
		register(seed, seed.organizations(), Kind.ORGANIZATION, "entities/organizations.yaml");
		register(seed, seed.sectors(), Kind.SECTOR, "entities/sectors.yaml");
		for (ReportSeed report : seed.reports()) {
			String events = file(report, "events");
			for (int i = 0; i < report.events().size(); i++) {
				register(report.events().get(i), i, Kind.EVENT, events);
			}
			report.initiatives().forEach(initiative -> initiatives.add(initiative.id()));
		}
		seed.regions().forEach(region -> regions.put(region.id(), region));
		seed.companies().forEach(company -> companies.put(company.id(), company));
		for (int i = 0; i < seed.regions().size(); i++) {
			checkRegion(seed.regions().get(i), where(seed, "entities/regions.yaml", i, seed.regions().get(i)));
		}
		for (int i = 0; i < seed.companies().size(); i++) {
			checkCompany(seed.companies().get(i), where(seed, "entities/companies.yaml", i, seed.companies().get(i)));
		}
		for (int i = 0; i < seed.organizations().size(); i++) {
			checkOrganization(seed.organizations().get(i),
					where(seed, "entities/organizations.yaml", i, seed.organizations().get(i)));
		}
		var initiativeIds = new HashSet<String>();
		var policyIds = new HashSet<String>();
		for (ReportSeed report : seed.reports()) {
			checkReport(report);
			for (Initiative initiative : report.initiatives()) {
				unique(initiativeIds, initiative.id(), file(report, "initiatives"), "initiative");
				checkInitiative(report, initiative);
			}
			var reportInitiatives = new HashSet<String>();
			report.initiatives().forEach(initiative -> reportInitiatives.add(initiative.id()));
			for (Policy policy : report.policies()) {
				unique(policyIds, policy.id(), file(report, "policies"), "policy");
				checkPolicy(report, policy, reportInitiatives);
			}
			report.events().forEach(event -> checkEvent(report, event));
		}
	}

	private void register(GraphSeed seed, List<? extends Named> records, Kind kind, String file) {
		for (int i = 0; i < records.size(); i++) {
			register(records.get(i), i, kind, seed.layerOf(file, i).file(file));
		}
	}

	private void register(Named record, int index, Kind kind, String file) {
		String where = file + ": " + (record.id() == null ? "record [" + index + "]" : "'" + record.id() + "'");
		if (!isSlug(record.id())) {
			problems.add(where + ": id must be a lowercase slug (a-z, 0-9, -)");
			return;
		}
		Kind earlier = entities.putIfAbsent(record.id(), kind);
		if (earlier != null) {
			problems.add(where + ": duplicate id, already used by a " + earlier.name().toLowerCase());
		}
		required(where, "name", record.name());
		required(where, "nameEn", record.nameEn());
		record.aliases().forEach(alias -> required(where, "aliases", alias));
	}

	/**
	 * The file, in the folder of the record's layer, and the record, as every problem
	 * begins.
	 */
	private static String where(GraphSeed seed, String file, int index, Named record) {
		return seed.layerOf(file, index).file(file) + ": '" + record.id() + "'";
	}

	private void checkRegion(Region region, String where) {
		if (region.level() == null) {
			problems.add(where + ": level is missing");
			return;
		}
		if (region.level().isProvinceLevel()) {
			if (region.partOf() != null) {
				problems.add(where + ": partOf is set, but a " + region.level() + " is a province-level region");
			}
			return;
		}
		if (region.partOf() == null) {
			problems.add(where + ": partOf is missing: a " + region.level() + " must belong to a region");
			return;
		}
		reference(where, "partOf", region.partOf(), Set.of(Kind.REGION));
		var seen = new HashSet<String>();
		Region current = region;
		while (current != null && current.partOf() != null) {
			if (!seen.add(current.id())) {
				problems.add(where + ": partOf goes round in a circle");
				return;
			}
			current = regions.get(current.partOf());
		}
		if (current != null && (current.level() == null || !current.level().isProvinceLevel())) {
			problems.add(where + ": partOf does not lead to a province-level region");
		}
	}

	private void checkCompany(Company company, String where) {
		reference(where, "parent", company.parent(), Set.of(Kind.COMPANY));
		reference(where, "region", company.region(), Set.of(Kind.REGION));
		company.sectors().forEach(sector -> reference(where, "sectors", sector, Set.of(Kind.SECTOR)));
		var seen = new HashSet<String>();
		for (Company current = company; current != null; current = companies.get(current.parent())) {
			if (!seen.add(current.id())) {
				problems.add(where + ": parent goes round in a circle");
				return;
			}
			if (current.parent() == null) {
				return;
			}
		}
	}

	private void checkOrganization(Organization organization, String where) {
		if (organization.kind() == null) {
			problems.add(where + ": kind is missing");
		}
		reference(where, "region", organization.region(), Set.of(Kind.REGION));
	}

	private void checkReport(ReportSeed seed) {
		Report report = seed.report();
		String where = file(seed, "report") + ": '" + report.id() + "'";
		if (!isSlug(report.id())) {
			problems.add(where + ": id must be a lowercase slug (a-z, 0-9, -)");
		}
		required(where, "title", report.title());
		required(where, "publisher", report.publisher());
		required(where, "sourceFile", report.sourceFile());
		if (report.month() == null || !report.month().toString().equals(seed.folder())) {
			problems.add(where + ": month " + report.month() + " does not match the folder name " + seed.folder());
		}
		if (report.periodStart() == null || report.periodEnd() == null) {
			problems.add(where + ": periodStart and periodEnd are required");
		}
		else if (report.periodEnd().isBefore(report.periodStart())) {
			problems
				.add(where + ": periodEnd " + report.periodEnd() + " is before periodStart " + report.periodStart());
		}
		if (report.summary() == null) {
			problems.add(where + ": summary is missing");
			return;
		}
		required(where, "summary.text", report.summary().text());
		for (Promotion promotion : report.summary().promotes()) {
			reference(where, "summary.promotes.region", promotion.region(), Set.of(Kind.REGION));
			promotion.sectors()
				.forEach(sector -> reference(where, "summary.promotes.sectors", sector, Set.of(Kind.SECTOR)));
		}
	}

	private void checkInitiative(ReportSeed report, Initiative initiative) {
		String where = file(report, "initiatives") + ": '" + initiative.id() + "'";
		if (!isSlug(initiative.id())) {
			problems.add(where + ": id must be a lowercase slug (a-z, 0-9, -)");
		}
		if (initiative.section() == null || initiative.section() < 1 || initiative.section() > 3) {
			problems.add(where + ": section must be 1, 2 or 3, not " + initiative.section());
		}
		required(where, "text", initiative.text());
		reference(where, "row", initiative.row(), ROW_HEADS);
		if (initiative.row() == null) {
			problems.add(where + ": row is missing");
		}
		checkDate(where, initiative.date(), report.report(), !initiative.notes().isEmpty());
		if (initiative.region() == null && Integer.valueOf(2).equals(initiative.section())) {
			problems.add(where + ": region is missing: every section 2 entry happens in a region");
		}
		reference(where, "region", initiative.region(), Set.of(Kind.REGION));
		checkSource(where, initiative);
		for (Actor actor : initiative.actors()) {
			reference(where, "actors", actor.id(), ACTORS);
			if (actor.role() == null) {
				problems.add(where + ": actors: '" + actor.id() + "' has no role");
			}
		}
		for (Partnership partnership : initiative.partnerships()) {
			reference(where, "partnerships.company", partnership.company(), Set.of(Kind.COMPANY));
			reference(where, "partnerships.partner", partnership.partner(), PARTNERS);
			if (partnership.company() == null || partnership.partner() == null) {
				problems.add(where + ": partnerships need both company and partner");
			}
		}
		initiative.sectors().forEach(sector -> reference(where, "sectors", sector, Set.of(Kind.SECTOR)));
		if (initiative.duplicateOf() != null) {
			if (!initiatives.contains(initiative.duplicateOf())) {
				problems.add(where + ": duplicateOf '" + initiative.duplicateOf() + "' is not an initiative");
			}
			else if (initiative.duplicateOf().equals(initiative.id())) {
				problems.add(where + ": duplicateOf names the initiative itself");
			}
		}
	}

	private void checkSource(String where, Initiative initiative) {
		UrlStatus status = initiative.sourceUrlStatus();
		String url = initiative.sourceUrl();
		if (status == null) {
			problems.add(where + ": sourceUrlStatus is missing (OK, DAMAGED or NONE)");
			return;
		}
		switch (status) {
			case OK -> {
				if (url == null || !URL.matcher(url).matches()) {
					problems.add(where + ": sourceUrl '" + url + "' is not an http(s) link; mark it DAMAGED with"
							+ " a sourceUrlIssue if the report prints it so");
				}
			}
			case DAMAGED -> {
				required(where, "sourceUrl", url);
				required(where, "sourceUrlIssue", initiative.sourceUrlIssue());
			}
			case NONE -> {
				if (url != null) {
					problems.add(where + ": sourceUrl is set, but sourceUrlStatus says NONE");
				}
			}
		}
	}

	private void checkPolicy(ReportSeed report, Policy policy, Set<String> reportInitiatives) {
		String where = file(report, "policies") + ": '" + policy.id() + "'";
		if (!isSlug(policy.id())) {
			problems.add(where + ": id must be a lowercase slug (a-z, 0-9, -)");
		}
		required(where, "title", policy.title());
		if (policy.date() == null) {
			problems.add(where + ": date is missing");
		}
		if (policy.issuers().isEmpty()) {
			problems.add(where + ": issuers is empty: who issued it?");
		}
		policy.issuers().forEach(issuer -> reference(where, "issuers", issuer, ISSUERS));
		if (policy.initiative() == null || !reportInitiatives.contains(policy.initiative())) {
			problems.add(where + ": initiative '" + policy.initiative() + "' is not an initiative of this report");
		}
		policy.sectors().forEach(sector -> reference(where, "sectors", sector, Set.of(Kind.SECTOR)));
	}

	private void checkEvent(ReportSeed report, Event event) {
		String where = file(report, "events") + ": '" + event.id() + "'";
		if (event.startDate() == null || event.endDate() == null) {
			problems.add(where + ": startDate and endDate are required");
		}
		else if (event.endDate().isBefore(event.startDate())) {
			problems.add(where + ": endDate " + event.endDate() + " is before startDate " + event.startDate());
		}
		if (event.city() == null) {
			problems.add(where + ": city is missing");
		}
		reference(where, "city", event.city(), Set.of(Kind.REGION));
		required(where, "theme", event.theme());
		required(where, "text", event.text());
		for (Organizer organizer : event.organizers()) {
			reference(where, "organizers", organizer.id(), ACTORS);
			if (organizer.role() == null) {
				problems.add(where + ": organizers: '" + organizer.id() + "' has no role");
			}
		}
		for (SeedRecords.Participant participant : event.participants()) {
			reference(where, "participants", participant.id(), ACTORS);
			if (participant.role() == null) {
				problems.add(where + ": participants: '" + participant.id() + "' has no role");
			}
		}

	}

	private void checkDate(String where, LocalDate date, Report report, boolean noted) {
		if (date == null) {
			problems.add(where + ": date is missing");
			return;
		}
		if (report.periodStart() != null && report.periodEnd() != null
				&& (date.isBefore(report.periodStart()) || date.isAfter(report.periodEnd())) && !noted) {
			problems.add(where + ": date " + date + " lies outside the monitoring period " + report.periodStart()
					+ " to " + report.periodEnd() + "; say so in notes if the report prints it");
		}
	}

	private void reference(String where, String field, String id, Set<Kind> allowed) {
		if (id == null) {
			return;
		}
		Kind kind = entities.get(id);
		if (kind == null) {
			problems.add(where + ": " + field + ": unknown id '" + id + "'");
		}
		else if (!allowed.contains(kind)) {
			problems.add(where + ": " + field + ": '" + id + "' is a " + kind.name().toLowerCase() + ", expected "
					+ allowed.stream().map(k -> k.name().toLowerCase()).sorted().toList());
		}
	}

	private void required(String where, String field, String value) {
		if (value == null || value.isBlank()) {
			problems.add(where + ": " + field + " is missing or blank");
		}
	}

	private void unique(Set<String> seen, String id, String file, String kind) {
		if (id != null && !seen.add(id)) {
			problems.add(file + ": '" + id + "': duplicate " + kind + " id");
		}
	}

	private static boolean isSlug(String id) {
		return id != null && SLUG.matcher(id).matches();
	}

	private static String file(ReportSeed report, String name) {
		return report.layer().file("reports/" + report.folder() + "/" + name + ".yaml");
	}

}
