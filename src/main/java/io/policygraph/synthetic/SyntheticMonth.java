package io.policygraph.synthetic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.policygraph.seed.SeedRecords.Company;
import io.policygraph.seed.SeedRecords.Ministry;
import io.policygraph.seed.SeedRecords.Named;
import io.policygraph.seed.SeedRecords.Organization;
import io.policygraph.seed.SeedRecords.Region;
import io.policygraph.seed.SeedRecords.Sector;

/**
 * One synthetic monthly report: the four files of {@code reports/<yyyy-mm>/}, with
 * entries of sections 1, 2 and 3 in the November 2018 report's proportions (4 : 83 : 18),
 * a policy for every section 1 entry and about a quarter of section 2, and the summits.
 */
final class SyntheticMonth {

	private static final String[] DOCUMENTS = { "行动计划", "实施方案", "指导意见", "管理办法", "工作方案", "三年行动计划" };

	private static final String[] PLATFORMS = { "服务平台", "公共服务平台", "一网通办平台", "大数据平台", "掌上办APP", "微信小程序" };

	private final SyntheticEntities entities;

	private final SplittableRandom random;

	private final YearMonth month;

	private final LocalDate periodStart;

	private final LocalDate periodEnd;

	private final String prefix;

	/** Section 2 cooperations of a region with a company, which section 3 may repeat. */
	private final List<Entry> cooperations = new ArrayList<>();

	private final YamlText initiatives = new YamlText();

	private final YamlText policies = new YamlText();

	private final YamlText events = new YamlText();

	private int policyCount;

	/** Counts of what one month holds. */
	record Counts(int initiatives, int policies, int events) {
	}

	/**
	 * An entry: its fields but the id, which it gets when it is numbered within its row.
	 */
	private static final class Entry {

		final int section;

		final String row;

		final LocalDate date;

		final String yaml;

		final Policy policy;

		final String text;

		final String region;

		final List<String> sectors;

		/** The company of a cooperation with a region in section 2, else null. */
		final String company;

		String id;

		Entry(int section, String row, LocalDate date, String yaml, Policy policy, String text, String region,
				List<String> sectors, String company) {
			this.section = section;
			this.row = row;
			this.date = date;
			this.yaml = yaml;
			this.policy = policy;
			this.text = text;
			this.region = region;
			this.sectors = sectors;
			this.company = company;
		}

	}

	/** The policy an entry announces, written once the entry's id is known. */
	private record Policy(String title, String titleEn, String issuer, List<String> sectors) {
	}

	SyntheticMonth(SyntheticEntities entities, SplittableRandom random, YearMonth month) {
		this.entities = entities;
		this.random = random;
		this.month = month;
		this.periodStart = month.minusMonths(1).atDay(16);
		this.periodEnd = month.atDay(15);
		this.prefix = month.toString();
	}

	/**
	 * Generates the month's entries and summits.
	 * @param initiativeCount the number of entries of sections 1 to 3
	 * @param eventCount the number of summits
	 * @return the counts written
	 */
	Counts generate(int initiativeCount, int eventCount) {
		int section1 = Math.round(initiativeCount * 4f / 105);
		int section3 = Math.round(initiativeCount * 18f / 105);
		int section2 = initiativeCount - section1 - section3;
		this.initiatives.comment("Synthetic initiatives of " + this.prefix + " (io.policygraph.synthetic)");
		this.policies.comment("Synthetic policies of " + this.prefix + " (io.policygraph.synthetic)");
		this.events.comment("Synthetic summits of " + this.prefix + " (io.policygraph.synthetic)");
		var section1Entries = new ArrayList<Entry>();
		for (int i = 0; i < section1; i++) {
			section1Entries.add(ministryEntry());
		}
		writeSection(section1Entries);
		var section2Entries = new ArrayList<Entry>();
		for (int i = 0; i < section2; i++) {
			section2Entries.add(regionEntry());
		}
		writeSection(section2Entries);
		var section3Entries = new ArrayList<Entry>();
		for (int i = 0; i < section3; i++) {
			section3Entries.add(companyEntry());
		}
		writeSection(section3Entries);
		for (int i = 1; i <= eventCount; i++) {
			writeEvent(i);
		}
		return new Counts(initiativeCount, this.policyCount, eventCount);
	}

	String reportYaml() {
		var promoted = new LinkedHashMap<String, List<String>>();
		for (int i = 0; i < 6; i++) {
			Region province = this.entities.provinces.pick(this.random);
			promoted.computeIfAbsent(province.id(), id -> distinctSectors(1 + this.random.nextInt(2)));
		}
		var text = new StringBuilder("从监测结果来看，全国各省、市、自治区继续贯彻落实“互联网+”政策，在众多领域纷纷提出各项详细具体的举措。近期，");
		promoted.forEach((region, sectors) -> text.append(this.entities.name(region))
			.append("积极推进")
			.append(String.join("、", sectors.stream().map(this.entities::name).toList()))
			.append("发展；"));
		text.setLength(text.length() - 1);
		text.append("，各种互联网+应用不断推出，日益渗透到社会、经济、生活的各个方面。");
		var yaml = new StringBuilder("# Synthetic report (io.policygraph.synthetic)\n\n");
		yaml.append("id: ").append(YamlText.quote("caict-internet-plus-" + this.prefix)).append('\n');
		yaml.append("title: ")
			.append(YamlText.quote("“互联网+”发展情况舆情监测（" + this.month.getYear() + "年" + this.month.getMonthValue() + "月）"))
			.append('\n');
		yaml.append("publisher: \"中国信息通信研究院\"\n");
		yaml.append("month: ").append(YamlText.quote(this.prefix)).append('\n');
		yaml.append("periodStart: ").append(YamlText.quote(this.periodStart.toString())).append('\n');
		yaml.append("periodEnd: ").append(YamlText.quote(this.periodEnd.toString())).append('\n');
		yaml.append("sourceFile: ")
			.append(YamlText.quote("internet-plus-monitoring-" + this.prefix + ".txt"))
			.append('\n');
		yaml.append("summary:\n  text: ").append(YamlText.quote(text.toString())).append("\n  promotes:\n");
		promoted.forEach((region, sectors) -> yaml.append("    - {region: ")
			.append(YamlText.quote(region))
			.append(", sectors: ")
			.append(YamlText.flowList(sectors))
			.append("}\n"));
		return yaml.toString();
	}

	String initiativesYaml() {
		return this.initiatives.toString();
	}

	String policiesYaml() {
		return this.policies.toString();
	}

	String eventsYaml() {
		return this.events.toString();
	}

	private Entry ministryEntry() {
		Ministry ministry = this.entities.ministries.pick(this.random);
		List<String> sectors = distinctSectors(1 + this.random.nextInt(2));
		String sector = this.entities.name(sectors.get(0));
		String document = "关于推进“互联网+" + sector + "”发展的" + DOCUMENTS[this.random.nextInt(DOCUMENTS.length)];
		String text = ministry.name() + "印发《" + document + "》，要求各地加快" + sector + "领域信息化建设，推动"
				+ this.entities.name(sectors.get(sectors.size() - 1)) + "服务便民化，实现“数据多跑路、群众少跑腿”。";
		Sector first = (Sector) this.entities.entity(sectors.get(0));
		var policy = new Policy(document, "Guidance on Internet Plus " + first.nameEn(), ministry.id(), sectors);
		return entry(1, ministry.id(), text, null, List.of(actor(ministry.id(), "ISSUER")), sectors, policy, null);
	}

	private Entry regionEntry() {
		Region province = this.entities.provinces.pick(this.random);
		Region place = this.entities.placeIn(province, this.random);
		List<String> sectors = distinctSectors(1 + this.random.nextInt(2));
		String sector = this.entities.name(sectors.get(0));
		String platform = PLATFORMS[this.random.nextInt(PLATFORMS.length)];
		int kind = this.random.nextInt(100);
		if (kind < 25) {
			String document = place.name() + "“互联网+" + sector + "”" + DOCUMENTS[this.random.nextInt(DOCUMENTS.length)];
			String text = place.name() + "印发《" + document + "》，提出到" + (this.month.getYear() + 2) + "年建成覆盖全域的" + sector
					+ platform + "，推动" + sector + "服务向基层延伸。";
			Sector first = (Sector) this.entities.entity(sectors.get(0));
			var policy = new Policy(document, place.nameEn() + " Internet Plus " + first.nameEn() + " Plan", place.id(),
					sectors);
			return entry(2, province.id(), text, place.id(), List.of(actor(place.id(), "ISSUER")), sectors, policy,
					null);
		}
		if (kind < 55) {
			var actors = new ArrayList<String>(List.of(actor(place.id(), "LEAD")));
			String text = place.name() + "上线“" + sector + platform + "”，市民可在线办理" + sector + "相关业务，实现“最多跑一次”。";
			if (this.random.nextInt(10) == 0) {
				boolean alipay = this.random.nextBoolean();
				actors.add("{id: " + YamlText.quote(alipay ? "ant-financial" : "tencent")
						+ ", role: PARTICIPANT, channel: true}");
				text = text + "市民还可通过" + (alipay ? "支付宝" : "微信") + "办理。";
			}
			return entry(2, province.id(), text, place.id(), actors, sectors, null, null);
		}
		List<Organization> organizations = this.entities.organizationsOfProvince.get(province.id());
		if (kind < 75 && !organizations.isEmpty()) {
			Organization organization = organizations.get(this.random.nextInt(organizations.size()));
			String text = organization.name() + "推出“互联网+" + sector + "”服务，依托" + platform + "为" + place.name() + "群众提供"
					+ sector + "线上服务。";
			String where = organization.region() == null ? place.id() : organization.region();
			return entry(2, province.id(), text, where, List.of(actor(organization.id(), "LEAD")), sectors, null, null);
		}
		Company company = this.entities.allCompanies.pick(this.random);
		String text = place.name() + "与" + company.name() + "签署战略合作协议，双方将在" + sector + "、"
				+ this.entities.name(sectors.get(sectors.size() - 1)) + "等领域开展深入合作，共同推进数字" + place.name() + "建设。";
		return entry(2, province.id(), text, place.id(),
				List.of(actor(place.id(), "LEAD"), actor(company.id(), "PARTNER")), sectors, null, company.id(),
				partnership(company.id(), place.id()));
	}

	private Entry companyEntry() {
		if (!this.cooperations.isEmpty() && this.random.nextInt(50) == 0) {
			return duplicate(this.cooperations.get(this.random.nextInt(this.cooperations.size())));
		}
		Company group = this.entities.groups.pick(this.random);
		List<Company> members = this.entities.membersOfGroup.get(group.id());
		Company lead = this.random.nextBoolean() ? group : members.get(this.random.nextInt(members.size()));
		var sectors = new ArrayList<String>(lead.sectors());
		for (String sector : distinctSectors(1 + this.random.nextInt(2))) {
			if (!sectors.contains(sector) && sectors.size() < 2) {
				sectors.add(sector);
			}
		}
		String sector = this.entities.name(sectors.get(0));
		int kind = this.random.nextInt(100);
		Named partner;
		String region = null;
		if (kind < 35) {
			Region place = this.entities.placeIn(this.entities.provinces.pick(this.random), this.random);
			partner = place;
			region = place.id();
		}
		else if (kind < 60) {
			List<Organization> organizations = this.entities.organizationsOfProvince
				.get(this.entities.provinces.pick(this.random).id());
			partner = organizations.isEmpty() ? this.entities.ministries.pick(this.random)
					: organizations.get(this.random.nextInt(organizations.size()));
			region = partner instanceof Organization organization ? organization.region() : null;
		}
		else if (kind < 90) {
			partner = this.entities.allCompanies.pick(this.random);
			if (partner.id().equals(lead.id())) {
				partner = this.entities.ministries.pick(this.random);
			}
		}
		else {
			partner = this.entities.ministries.pick(this.random);
		}
		String text = lead.name() + "与" + partner.name() + "签署合作协议，将依托云计算、大数据等技术，共同打造" + sector + "服务平台，推动" + sector
				+ "数字化转型。";
		var partnerships = new ArrayList<String>(List.of(partnership(lead.id(), partner.id())));
		if (partner instanceof Company) {
			partnerships.add(partnership(partner.id(), lead.id()));
		}
		return entry(3, group.id(), text, region, List.of(actor(lead.id(), "LEAD"), actor(partner.id(), "PARTNER")),
				sectors, null, lead.id(), partnerships.toArray(String[]::new));
	}

	/**
	 * A section 3 entry that repeats a section 2 cooperation, as the real report does.
	 */
	private Entry duplicate(Entry original) {
		Company company = (Company) this.entities.entity(original.company);
		Company group = company;
		while (group.parent() != null) {
			group = (Company) this.entities.entity(group.parent());
		}
		String text = company.name() + "与" + this.entities.name(original.region) + "达成合作，" + original.text;
		var yaml = new YamlText();
		yaml.plain("date", YamlText.quote(original.date.toString()))
			.field("text", text)
			.field("region", original.region)
			.plain("sourceUrlStatus", "NONE")
			.items("actors", List.of(actor(company.id(), "LEAD"), actor(original.region, "PARTNER")))
			.items("partnerships", List.of(partnership(company.id(), original.region)))
			.list("sectors", original.sectors)
			.field("duplicateOf", original.id)
			.list("notes",
					List.of("Duplicate: the same cooperation as " + original.id + ", printed again in section 3."));
		return new Entry(3, group.id(), original.date, yaml.toString(), null, text, original.region, original.sectors,
				null);
	}

	private Entry entry(int section, String row, String text, String region, List<String> actors, List<String> sectors,
			Policy policy, String company, String... partnerships) {
		LocalDate date = this.periodStart
			.plusDays(this.random.nextInt((int) ChronoUnit.DAYS.between(this.periodStart, this.periodEnd) + 1));
		var yaml = new YamlText();
		yaml.plain("date", YamlText.quote(date.toString())).field("text", text).field("region", region);
		if (section == 3) {
			yaml.plain("sourceUrlStatus", "NONE");
		}
		else if (this.random.nextInt(40) == 0) {
			yaml.field("sourceUrl",
					"http://www.gov.cn/xinwen/" + this.month + "/" + date.getDayOfMonth() + "/content_ "
							+ (5000000 + this.random.nextInt(1000000)) + ".htm")
				.plain("sourceUrlStatus", "DAMAGED")
				.field("sourceUrlIssue", "a page break split the link: a space inside the path");
		}
		else {
			yaml.field("sourceUrl", "http://www.gov.cn/xinwen/" + this.month + "/" + date.getDayOfMonth() + "/content_"
					+ (5000000 + this.random.nextInt(1000000)) + ".htm")
				.plain("sourceUrlStatus", "OK");
		}
		yaml.items("actors", actors).items("partnerships", List.of(partnerships)).list("sectors", sectors);
		var entry = new Entry(section, row, date, yaml.toString(), policy, text, region, sectors,
				section == 2 ? company : null);
		if (entry.company != null) {
			this.cooperations.add(entry);
		}
		return entry;
	}

	/** Writes the entries of a section grouped by row, in order of first appearance. */
	private void writeSection(List<Entry> section) {
		var rows = new LinkedHashMap<String, List<Entry>>();
		section.forEach(entry -> rows.computeIfAbsent(entry.row, row -> new ArrayList<>()).add(entry));
		rows.forEach((row, entries) -> {
			entries.sort(Comparator.comparing(entry -> entry.date));
			this.initiatives.comment("---- " + this.entities.name(row));
			for (int n = 1; n <= entries.size(); n++) {
				Entry entry = entries.get(n - 1);
				String id = this.prefix + "-s" + entry.section + "-" + row + "-" + n;
				entry.id = id;
				this.initiatives.item("id", id).plain("section", entry.section).field("row", row);
				this.initiatives.append(entry.yaml);
				if (entry.policy != null) {
					writePolicy(entry, id);
				}
			}
		});
	}

	private void writePolicy(Entry entry, String initiativeId) {
		this.policyCount++;
		Policy policy = entry.policy;
		this.policies.item("id", this.prefix + "-policy-" + this.policyCount)
			.field("title", policy.title())
			.field("titleEn", policy.titleEn())
			.plain("date", YamlText.quote(entry.date.toString()))
			.list("issuers", List.of(policy.issuer()))
			.field("initiative", initiativeId)
			.list("sectors", policy.sectors());
	}

	private void writeEvent(int number) {
		Region province = this.entities.provinces.pick(this.random);
		Region city = this.entities.placeIn(province, this.random);
		Sector sector = this.entities.sectors.pick(this.random);
		String id = "summit-" + this.prefix + "-" + number;
		this.entities.reserve(id);
		LocalDate start = this.periodStart
			.plusDays(this.random.nextInt((int) ChronoUnit.DAYS.between(this.periodStart, this.periodEnd) + 1));
		LocalDate end = start.plusDays(this.random.nextInt(3));
		String name = this.month.getYear() + city.name() + "“互联网+" + sector.name() + "”峰会（" + this.prefix + "-" + number
				+ "）";
		String theme = "数字" + sector.name() + "·智慧未来";
		var organizers = new ArrayList<String>(List.of(organizer(city.id(), "HOST")));
		List<Organization> organizations = this.entities.organizationsOfProvince.get(province.id());
		if (!organizations.isEmpty()) {
			organizers.add(organizer(organizations.get(this.random.nextInt(organizations.size())).id(), "GUIDE"));
		}
		var participants = new LinkedHashSet<String>();
		int count = this.random.nextInt(4);
		for (int i = 0; i < count; i++) {
			participants.add(this.entities.allCompanies.pick(this.random).id());
		}
		var participantItems = participants.stream()
			.map(participant -> "{id: " + YamlText.quote(participant) + ", role: "
					+ (this.random.nextBoolean() ? "SPEAKER" : "EXHIBITOR") + "}")
			.toList();
		int guests = 200 + this.random.nextInt(3000);
		String text = name + "于" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日在" + city.name() + "举行，大会以“"
				+ theme + "”为主题，约" + guests + "名嘉宾围绕" + sector.name() + "、数字经济等话题展开深入探讨。";
		this.events.item("id", id)
			.field("name", name)
			.field("nameEn",
					this.month.getYear() + " " + city.nameEn() + " Internet Plus " + sector.nameEn() + " Summit "
							+ number)
			.plain("startDate", YamlText.quote(start.toString()))
			.plain("endDate", YamlText.quote(end.toString()))
			.field("city", city.id())
			.field("theme", theme)
			.items("organizers", organizers)
			.items("participants", participantItems)
			.list("figures", List.of("约" + guests + "名嘉宾"))
			.field("text", text);
	}

	private List<String> distinctSectors(int count) {
		var sectors = new LinkedHashSet<String>();
		while (sectors.size() < count) {
			sectors.add(this.entities.sectors.pick(this.random).id());
		}
		return List.copyOf(sectors);
	}

	private static String actor(String id, String role) {
		return "{id: " + YamlText.quote(id) + ", role: " + role + "}";
	}

	private static String organizer(String id, String role) {
		return "{id: " + YamlText.quote(id) + ", role: " + role + "}";
	}

	private static String partnership(String company, String partner) {
		return "{company: " + YamlText.quote(company) + ", partner: " + YamlText.quote(partner) + "}";
	}

}
