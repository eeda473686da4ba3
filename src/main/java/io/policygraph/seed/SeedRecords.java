package io.policygraph.seed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The records of the graph-seed files, field for field as {@code graph-seed/README.md} describes
 * them. Lists that a file may leave out are read as empty lists.
 */
public final class SeedRecords {

	private SeedRecords() {
	}

	private static <T> List<T> listOrEmpty(List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

	/** What every actor or topic has: a stable id, a canonical Chinese name, an English name, aliases. */
	public interface Named {

		String id();

		String name();

		String nameEn();

		List<String> aliases();

	}

	public record Ministry(String id, String name, String nameEn, List<String> aliases, String review) implements Named {

		public Ministry {
			aliases = listOrEmpty(aliases);
		}

	}

	public record Region(String id, String name, String nameEn, List<String> aliases, RegionLevel level,
			String partOf, String review) implements Named {

		public Region {
			aliases = listOrEmpty(aliases);
		}

	}

	public enum RegionLevel {

		PROVINCE, MUNICIPALITY, AUTONOMOUS_REGION, CITY, DISTRICT;

		/** Province-level regions stand alone; cities and districts belong to another region. */
		public boolean isProvinceLevel() {
			return this == PROVINCE || this == MUNICIPALITY || this == AUTONOMOUS_REGION;
		}

	}

	/**
	 * @param sectors the sectors of the company's business, for a company that works in one or two
	 * (a bank, a cloud provider); its subsidiaries and branches share them. The importer reads an
	 * entry such a company leads or partners in as concerning them.
	 */
	public record Company(String id, String name, String nameEn, List<String> aliases, String parent, String region,
			List<String> sectors, String review) implements Named {

		public Company {
			aliases = listOrEmpty(aliases);
			sectors = listOrEmpty(sectors);
		}

	}

	public record Organization(String id, String name, String nameEn, List<String> aliases, OrganizationKind kind,
			String region, String review) implements Named {

		public Organization {
			aliases = listOrEmpty(aliases);
		}

	}

	public enum OrganizationKind {

		GOVERNMENT, HOSPITAL, COURT, ASSOCIATION, UNIVERSITY, OTHER

	}

	public record Sector(String id, String name, String nameEn, List<String> aliases) implements Named {

		public Sector {
			aliases = listOrEmpty(aliases);
		}

	}

	public record Report(String id, String title, String publisher, YearMonth month, LocalDate periodStart,
			LocalDate periodEnd, String sourceFile, Summary summary) {
	}

	public record Summary(String text, List<Promotion> promotes) {

		public Summary {
			promotes = listOrEmpty(promotes);
		}

	}

	public record Promotion(String region, List<String> sectors) {

		public Promotion {
			sectors = listOrEmpty(sectors);
		}

	}

	public record Initiative(String id, Integer section, String row, LocalDate date, String text, String region,
			String sourceUrl, UrlStatus sourceUrlStatus, String sourceUrlIssue, List<Actor> actors,
			List<Partnership> partnerships, List<String> sectors, String duplicateOf, List<String> notes) {

		public Initiative {
			actors = listOrEmpty(actors);
			partnerships = listOrEmpty(partnerships);
			sectors = listOrEmpty(sectors);
			notes = listOrEmpty(notes);
		}

	}

	public enum UrlStatus {

		OK, DAMAGED, NONE

	}

	public record Actor(String id, ActorRole role) {
	}

	public enum ActorRole {

		LEAD, ISSUER, PARTNER, PARTICIPANT

	}

	public record Partnership(String company, String partner) {
	}

	public record Policy(String id, String title, String titleEn, LocalDate date, List<String> issuers,
			String initiative, List<String> sectors) {

		public Policy {
			issuers = listOrEmpty(issuers);
			sectors = listOrEmpty(sectors);
		}

	}

	public record Event(String id, String name, String nameEn, List<String> aliases, LocalDate startDate,
			LocalDate endDate, String city, String theme, List<Organizer> organizers, List<String> figures,
			String text) implements Named {

		public Event {
			aliases = listOrEmpty(aliases);
			organizers = listOrEmpty(organizers);
			figures = listOrEmpty(figures);
		}

	}

	public record Organizer(String id, OrganizerRole role) {
	}

	public enum OrganizerRole {

		HOST, GUIDE

	}

}
