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

	/**
	 * A province-level region, city or district.
	 *
	 * @param hierarchyOnly true for a place no report entry names, added only to complete a chain of
	 * {@code partOf} (武汉市 for 黄陂区); null otherwise
	 */
	public record Region(String id, String name, String nameEn, List<String> aliases, RegionLevel level,
			String partOf, String review, Boolean hierarchyOnly) implements Named {

		public Region {
			aliases = listOrEmpty(aliases);
		}

		public Region(String id, String name, String nameEn, List<String> aliases, RegionLevel level, String partOf,
				String review) {
			this(id, name, nameEn, aliases, level, partOf, review, null);
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
	/**
	 * A company, group, subsidiary or branch.
	 *
	 * @param hierarchyOnly true for a group no report entry names as such, added only as the
	 * {@code parent} of a branch or subsidiary that is named; null otherwise
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
	 * The eleven actions of the State Council's 2015 guiding opinions on actively promoting “互联网+”
	 * (国发〔2015〕40号), by which the series is structured.
	 */
	public enum ProgrammeAction {

		/** 创业创新 */
		ENTREPRENEURSHIP_INNOVATION("创业创新"),
		/** 协同制造 */
		COLLABORATIVE_MANUFACTURING("协同制造"),
		/** 现代农业 */
		MODERN_AGRICULTURE("现代农业"),
		/** 智慧能源 */
		SMART_ENERGY("智慧能源"),
		/** 普惠金融 */
		INCLUSIVE_FINANCE("普惠金融"),
		/** 益民服务 */
		PUBLIC_SERVICES("益民服务"),
		/** 高效物流 */
		EFFICIENT_LOGISTICS("高效物流"),
		/** 电子商务 */
		E_COMMERCE("电子商务"),
		/** 便捷交通 */
		CONVENIENT_TRANSPORT("便捷交通"),
		/** 绿色生态 */
		GREEN_ECOLOGY("绿色生态"),
		/** 人工智能 */
		ARTIFICIAL_INTELLIGENCE("人工智能");

		private final String chineseName;

		ProgrammeAction(String chineseName) {
			this.chineseName = chineseName;
		}

		/** The action's name in the guiding opinions: 益民服务. */
		public String chineseName() {
			return chineseName;
		}

	}

	/** What kind of body an organization is (the GraphQL enum {@code OrganizationKind}). */
	public enum OrganizationKind {

		/** A government bureau, department or commission below the ministries. */
		GOVERNMENT,
		/** A hospital. */
		HOSPITAL,
		/** A court or procuratorate. */
		COURT,
		/** An association, alliance or federation. */
		ASSOCIATION,
		/** A university or research institute. */
		UNIVERSITY,
		/** Any other body. */
		OTHER

	}

	/**
	 * A 互联网+X domain.
	 *
	 * @param action the action of the State Council's 2015 guiding opinions on “互联网+” it belongs to;
	 * null for a domain that belongs to none (云计算, 大数据)
	 */
	public record Sector(String id, String name, String nameEn, List<String> aliases, ProgrammeAction action)
			implements Named {

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

	/** The state of the link a report prints for an entry (the GraphQL enum {@code SourceUrlStatus}). */
	public enum UrlStatus {

		/** A link that looks whole. */
		OK,
		/** A printed link that is visibly broken. */
		DAMAGED,
		/** The report prints no link. */
		NONE

	}

	/**
	 * An actor of an initiative and its role.
	 *
	 * @param channel true when the body takes part only through its product as the channel of a
	 * service (通过支付宝办理, 在微信上线): a PARTICIPANT counted as a channel, not as own activity;
	 * null otherwise
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

	/** How a party acted in an entry (the GraphQL enum {@code ActorRole}). */
	public enum ActorRole {

		/** Did it. */
		LEAD,
		/** Issued the document the entry is about. */
		ISSUER,
		/** Worked with the lead. */
		PARTNER,
		/** Took part otherwise, or only as the channel of a service. */
		PARTICIPANT

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
	 * @param organizers hosts (主办), guiding units (指导), organizers (承办) and co-organizers (协办)
	 * @param participants firms and bodies the report says took part: speakers, exhibitors, others
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

	/** How a party organized a summit: 主办, 指导, 承办, 协办. */
	public enum OrganizerRole {

		/** 主办 */
		HOST,
		/** 指导 */
		GUIDE,
		/** 承办 */
		ORGANIZER,
		/** 协办 */
		CO_ORGANIZER

	}

	/**
	 * A party that took part in a summit.
	 *
	 * @param initiative the entry that says so, when an entry (not the summit's own text) does
	 */
	public record Participant(String id, ParticipantRole role, String initiative) {
	}

	/** How a party took part in a summit: spoke (演讲, 发言), exhibited (参展, 亮相…博览会), or otherwise. */
	public enum ParticipantRole {

		SPEAKER, EXHIBITOR, PARTICIPANT

	}

}
