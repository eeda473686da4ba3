package io.policygraph.seed;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.policygraph.graph.ActorRole;
import io.policygraph.graph.OrganizationKind;
import io.policygraph.graph.OrganizerRole;
import io.policygraph.graph.ParticipantRole;
import io.policygraph.graph.ProgrammeAction;
import io.policygraph.graph.RegionLevel;
import io.policygraph.graph.UrlStatus;

/**
 * The records of the graph-seed files, field for field as {@code graph-seed/README.md}
 * describes them. Lists that a file may leave out are read as empty lists.
 */
public final class SeedRecords {

	private SeedRecords() {
	}

	private static <T> List<T> listOrEmpty(List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

	/**
	 * What every actor or topic has: a stable id, a canonical Chinese name, an English
	 * name, aliases.
	 */
	public interface Named {

		String id();

		String name();

		String nameEn();

		List<String> aliases();

	}

	public record Ministry(String id, String name, String nameEn, List<String> aliases,
			String review) implements Named {

		public Ministry {
			aliases = listOrEmpty(aliases);
		}

	}

	/**
	 * A province-level region, city or district.
	 *
	 * @param hierarchyOnly true for a place no report entry names, added only to complete
	 * a chain of {@code partOf} (武汉市 for 黄陂区); null otherwise
	 */
	public record Region(String id, String name, String nameEn, List<String> aliases, RegionLevel level, String partOf,
			String review, Boolean hierarchyOnly) implements Named {

		public Region {
			aliases = listOrEmpty(aliases);
		}

		public Region(String id, String name, String nameEn, List<String> aliases, RegionLevel level, String partOf,
				String review) {
			this(id, name, nameEn, aliases, level, partOf, review, null);
		}

	}

	/**
	 * @param sectors the sectors of the company's business, for a company that works in
	 * one or two (a bank, a cloud provider); its subsidiaries and branches share them.
	 * The importer reads an entry such a company leads or partners in as concerning them.
	 */
	/**
	 * A company, group, subsidiary or branch.
	 *
	 * @param hierarchyOnly true for a group no report entry names as such, added only as
	 * the {@code parent} of a branch or subsidiary that is named; null otherwise
	 */
	public record Company(String id, String name, String nameEn, List<String> aliases, String parent, String region,
			List<String> sectors, String review, Boolean hierarchyOnly) implements Named {

		public Company {
			aliases = listOrEmpty(aliases);
			sectors = listOrEmpty(sectors);
		}

		public Company(String id, String name, String nameEn, List<String> aliases, String parent, String region,
				List<String> sectors, String review) {
			this(id, name, nameEn, aliases, parent, region, sectors, review, null);
		}

	}

	public record Organization(String id, String name, String nameEn, List<String> aliases, OrganizationKind kind,
			String region, String review) implements Named {

		public Organization {
			aliases = listOrEmpty(aliases);
		}

	}

	/**
	 * A 互联网+X domain.
	 *
	 * @param action the action of the State Council's 2015 guiding opinions on “互联网+” it
	 * belongs to; null for a domain that belongs to none (云计算, 大数据)
	 */
	public record Sector(String id, String name, String nameEn, List<String> aliases,
			ProgrammeAction action) implements Named {

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

	/**
	 * An actor of an initiative and its role.
	 *
	 * @param channel true when the body takes part only through its product as the
	 * channel of a service (通过支付宝办理, 在微信上线): a PARTICIPANT counted as a channel, not as
	 * own activity; null otherwise
	 */
	public record Actor(String id, ActorRole role, Boolean channel) {

		public Actor(String id, ActorRole role) {
			this(id, role, null);
		}

		/** Whether the body acts only as the channel of a service. */
		public boolean isChannel() {
			return Boolean.TRUE.equals(channel);
		}

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

	/**
	 * A summit of section 四.
	 *
	 * @param organizers hosts (主办), guiding units (指导), organizers (承办) and co-organizers
	 * (协办)
	 * @param participants firms and bodies the report says took part: speakers,
	 * exhibitors, others
	 */
	public record Event(String id, String name, String nameEn, List<String> aliases, LocalDate startDate,
			LocalDate endDate, String city, String theme, List<Organizer> organizers, List<Participant> participants,
			List<String> figures, String text) implements Named {

		public Event {
			aliases = listOrEmpty(aliases);
			organizers = listOrEmpty(organizers);
			participants = listOrEmpty(participants);
			figures = listOrEmpty(figures);
		}

	}

	public record Organizer(String id, OrganizerRole role) {
	}

	/**
	 * A party that took part in a summit.
	 *
	 * @param initiative the entry that says so, when an entry (not the summit's own text)
	 * does
	 */
	public record Participant(String id, ParticipantRole role, String initiative) {
	}

}
