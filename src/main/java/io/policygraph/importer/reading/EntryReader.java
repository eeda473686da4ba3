package io.policygraph.importer.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.policygraph.importer.reading.Gazetteer.Kind;
import io.policygraph.importer.reading.Gazetteer.Mention;
import io.policygraph.seed.SeedRecords.Actor;
import io.policygraph.seed.SeedRecords.ActorRole;
import io.policygraph.seed.SeedRecords.Company;
import io.policygraph.seed.SeedRecords.Named;
import io.policygraph.seed.SeedRecords.Organization;
import io.policygraph.seed.SeedRecords.Partnership;
import io.policygraph.seed.SeedRecords.Region;

/**
 * Reads one entry the way a careful reader does, with the gazetteer: who acted and in what role,
 * who worked with whom, where it happened, which sectors it concerns, which documents it announces.
 * The rules follow the conventions of the curated seed (graph-seed/reports/2018-11/initiatives.yaml).
 */
public final class EntryReader {

	/** A document is announced when its title follows one of these verbs. */
	static final Pattern ISSUING = Pattern.compile("(印发|发布|出台|公布|下发|下达|制定|审议通过|签署|正式施行)");

	private static final Pattern GOVERNMENT = Pattern.compile("(人民政府|省政府|市政府|区政府|政府|办公厅)");

	private static final Pattern BARE_GOVERNMENT = Pattern.compile("(^|[、，,])(省|市|区)政府(办公厅)?");

	/** Words of working together, read outside names: 与 in 国家远程医疗与互联网医学中心 joins no one. */
	private static final Pattern COOPERATION = Pattern.compile("(与|携手|合作|签署|签订|联合|共同|联手|助力|协助)");

	/** 和 and 同 join parties only between two names: 确认和网上录入 is no cooperation. */
	private static final String JOINING = "和同";

	/** A region that opens an entry and works with the next party: 江西省与阿里巴巴蚂蚁金服合作. */
	private static final Pattern JOINS = Pattern.compile("(与|和|同|携手|联合|联手)");

	/** A body named as the background of an entry, not as one of its actors: 比国务院要求的, 贯彻落实自治区纪委关于. */
	private static final Pattern BACKGROUND = Pattern.compile("(贯彻落实|贯彻|落实|按照|根据|依据|依照|响应|比)$");

	/** A company's product named as the channel of a service: 通过支付宝, 在支付宝上线, 接入支付宝. */
	private static final Pattern CHANNEL = Pattern.compile("(通过|使用|打开|借助|接入|入驻|在)$");

	/** A channel that is merely a way to pay (通过支付宝、微信等方式缴费) makes its company no actor. */
	/** The website an entry opens by citing: 天津政务网公布《…》. */
	private static final Pattern CITED_SOURCE = Pattern.compile("^[\\p{IsHan}A-Za-z]{2,10}网(公布|发布|报道|消息|讯)");

	/** The whole of a province named as the scope of an entry (召开全省…协调会); not 在全省率先, first in the province. */
	private static final Pattern PROVINCE_WIDE = Pattern.compile("(?<!在)全省(?!首|率先|第一|唯一)");

	/** A body the entry says was set up is its object, not an actor: 成立智慧家庭分公司. */
	private static final Pattern CREATED = Pattern.compile("(成立|设立|组建|筹建)$");

	/** What separates the names of a list. */
	private static final List<String> LISTING = List.of("、", "及", "以及");

	private static final String SENTENCE_ENDS = "。；;！!？?";

	private static final Pattern PAYMENT = Pattern.compile("^[^，。；,;]{0,8}?(缴费|支付|付款|缴纳|付费)");

	/** What separates the channels of a list: 微信、支付宝或银行网点. */
	private static final List<String> ALTERNATIVES = List.of("、", "或", "和", "及");

	/** 《…》 titles; back-references such as 《通知》 or 《实施意见》 name no new document. */
	static final Pattern TITLE = Pattern.compile("《([^《》]{6,120})》");

	/** What a branch is called after its group's name and its region's: 工行北京市分行, 中国联通青海省分公司. */
	private static final Pattern BRANCH = Pattern.compile("([（(][^）)]{0,12}[）)])?");

	private final Gazetteer gazetteer;

	public EntryReader(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	/** What was read from an entry. */
	public record Reading(String region, List<Actor> actors, List<Partnership> partnerships, List<String> sectors,
			List<String> titles) {
	}

	public Reading read(int section, String rowId, String text) {
		return read(section, rowId, List.of(), text);
	}

	/**
	 * @param coIssuers the other entities heading the row with {@code rowId} (工信部、国务院扶贫办)
	 */
	public Reading read(int section, String rowId, List<String> coIssuers, String text) {
		List<Mention> mentions = resolveBranches(text, gazetteer.mentions(text));
		List<String> titles = announcedTitles(text);
		boolean issues = !titles.isEmpty();
		boolean cooperation = cooperation(text, mentions);
		ActorRole acting = issues ? ActorRole.ISSUER : ActorRole.LEAD;

		Map<String, ActorRole> actors = new LinkedHashMap<>();
		List<Mention> named = mentions.stream()
			.filter(m -> m.kind() == Kind.COMPANY || m.kind() == Kind.ORGANIZATION || m.kind() == Kind.MINISTRY)
			.filter(m -> !background(text, m))
			.toList();
		List<Mention> channels = section == 3 ? List.of() : channels(text, named);
		List<Mention> parties = named.stream().filter(m -> !channels.contains(m)).toList();
		List<String> governments = governments(section, rowId, text, mentions);
		Optional<Mention> agent = parties.stream()
			.filter(m -> m.start() > 0 && text.charAt(m.start() - 1) == '由')
			.findFirst();
		Optional<String> subjectRegion = section == 2 ? openingRegion(rowId, text, mentions, parties) : Optional.empty();
		if (section == 3) {
			// the row's company leads, and so does each of its subsidiaries the entry names (腾讯, 腾讯云),
			// unless the entry is about creating it (中国电信确认成立智慧家庭分公司)
			var firstMentions = new LinkedHashMap<String, Mention>();
			parties.stream()
				.filter(m -> m.kind() == Kind.COMPANY && gazetteer.isSubsidiaryOf(m.id(), rowId))
				.forEach(m -> firstMentions.putIfAbsent(m.id(), m));
			firstMentions.values()
				.stream()
				.filter(m -> !CREATED.matcher(text.substring(Math.max(0, m.start() - 2), m.start())).find())
				.forEach(m -> actors.put(m.id(), ActorRole.LEAD));
			if (actors.isEmpty()) {
				actors.put(rowId, ActorRole.LEAD);
			}
		}
		else if (section == 1) {
			// a ministry's own entry: the ministries heading its row act (工信部、国务院扶贫办)
			coIssuers.forEach(id -> actors.putIfAbsent(id, acting));
			actors.putIfAbsent(rowId, acting);
			// 国家网信办、工信部联合印发: the ministries listed with the row's own act with it
			jointSubjects(text, mentions).stream()
				.filter(m -> m.kind() == Kind.MINISTRY)
				.forEach(m -> actors.putIfAbsent(m.id(), acting));
		}
		else if (agent.isPresent()) {
			// 由X牵头, 由X与Y联合举办: X leads whatever else the entry names
			actors.put(agent.get().id(), acting);
		}
		else if (parties.isEmpty() && governments.isEmpty()) {
			// a region's own entry: the place it names as subject acts, else the row's region;
			// 福州、厦门两市同步上线…: places listed as the subject each act
			List<Mention> places = jointSubjects(text, mentions).stream()
				.filter(m -> m.kind() == Kind.REGION && gazetteer.isWithin(m.id(), rowId) && !m.id().equals(rowId))
				.toList();
			if (places.size() > 1) {
				places.forEach(place -> actors.putIfAbsent(place.id(), acting));
			}
			else {
				actors.put(subject(rowId, text, mentions), acting);
			}
		}
		else if (subjectRegion.isPresent() && governments.isEmpty()) {
			// 江西省与阿里巴巴蚂蚁金服合作: the region that opens the entry leads, the others work with it
			actors.put(subjectRegion.get(), acting);
		}
		boolean governmentFirst = !governments.isEmpty()
				&& (parties.isEmpty() || text.indexOf(gazetteer.entity(governments.get(0)).name().substring(0, 2)) < parties.get(0).start());
		if (governmentFirst) {
			governments.forEach(id -> actors.putIfAbsent(id, acting));
		}
		List<Mention> jointSubjects = jointSubjects(text, parties);
		for (Mention party : parties) {
			if (actors.containsKey(party.id()) || (section == 3 && gazetteer.isSubsidiaryOf(party.id(), rowId))
					|| (section == 1 && party.kind() == Kind.MINISTRY)) {
				// in a ministry's row, other ministries are background (党中央、国务院关于…), not issuers
				continue;
			}
			ActorRole role;
			if (section == 2 && party.kind() == Kind.MINISTRY && !actors.isEmpty()) {
				role = ActorRole.PARTICIPANT;
			}
			else if (actors.isEmpty() || (issues && party.kind() != Kind.COMPANY && section != 3
					&& (actors.isEmpty() || actors.containsValue(ActorRole.ISSUER)))) {
				role = issues && party.kind() != Kind.COMPANY ? ActorRole.ISSUER : ActorRole.LEAD;
			}
			else if (section == 2 && jointSubjects.size() > 1 && jointSubjects.contains(party)) {
				// 西安市人社局、铜川市人社局先后上线…: bodies listed together as the subject act alike
				role = actors.get(jointSubjects.get(0).id()) == null ? acting : actors.get(jointSubjects.get(0).id());
			}
			else if (section == 2 && !cooperation && opensSentence(text, party.start())) {
				// 西安市人社局已…；铜川市人社局推出…: each body that opens a sentence does its own part
				role = acting;
			}
			else {
				role = cooperation ? ActorRole.PARTNER : ActorRole.PARTICIPANT;
			}
			actors.put(party.id(), role);
		}
		if (!governmentFirst) {
			governments.forEach(id -> actors.putIfAbsent(id, issues ? ActorRole.ISSUER : ActorRole.PARTNER));
		}
		channels.stream()
			.filter(channel -> !paymentOnly(text, channel, channels))
			.forEach(channel -> actors.putIfAbsent(channel.id(), ActorRole.PARTICIPANT));
		if (actors.isEmpty() && section == 2) {
			actors.put(rowId, acting);
		}
		List<Actor> actorList = actors.entrySet().stream().map(e -> new Actor(e.getKey(), e.getValue())).toList();
		return new Reading(place(section, rowId, text, mentions), actorList, partnerships(actorList),
				sectors(text, actorList), titles);
	}

	/**
	 * The sectors the text names, and those of the business of a bank or cloud provider that leads or
	 * partners. A website the entry opens by citing (天津政务网公布…) names no sector.
	 */
	private List<String> sectors(String text, List<Actor> actors) {
		var sectors = new LinkedHashSet<>(gazetteer.sectors(CITED_SOURCE.matcher(text).replaceFirst("")));
		actors.stream()
			.filter(actor -> actor.role() == ActorRole.LEAD || actor.role() == ActorRole.PARTNER)
			.forEach(actor -> sectors.addAll(gazetteer.businessSectors(actor.id())));
		return List.copyOf(sectors);
	}

	/** Whether parties work together: a word of cooperation outside any name, or two names joined by 和 or 同. */
	private static boolean cooperation(String text, List<Mention> mentions) {
		var outsideNames = new StringBuilder(text);
		for (Mention mention : mentions) {
			for (int i = mention.start(); i < mention.end(); i++) {
				outsideNames.setCharAt(i, '□');
			}
		}
		if (COOPERATION.matcher(outsideNames).find()) {
			return true;
		}
		for (int i = 1; i < mentions.size(); i++) {
			String joining = between(text, mentions.get(i - 1), mentions.get(i));
			if (joining.length() == 1 && JOINING.contains(joining)) {
				return true;
			}
		}
		return false;
	}

	private static boolean background(String text, Mention mention) {
		return BACKGROUND.matcher(text.substring(Math.max(0, mention.start() - 4), mention.start())).find();
	}

	/** Companies named as the channel of a service: 通过支付宝, 在支付宝上线, and the names listed after one (、微信). */
	private static List<Mention> channels(String text, List<Mention> parties) {
		var channels = new ArrayList<Mention>();
		Mention previous = null;
		for (Mention party : parties) {
			boolean listedAfterChannel = previous != null && channels.contains(previous)
					&& ALTERNATIVES.contains(between(text, previous, party));
			boolean afterChannelWord = CHANNEL.matcher(text.substring(Math.max(0, party.start() - 2), party.start())).find();
			if (party.kind() == Kind.COMPANY && (listedAfterChannel || afterChannelWord)) {
				channels.add(party);
			}
			previous = party;
		}
		return channels;
	}

	/** A channel named only as a way to pay (通过支付宝、微信等方式缴费), judged by what follows its list. */
	private static boolean paymentOnly(String text, Mention channel, List<Mention> channels) {
		Mention last = channel;
		for (Mention next : channels) {
			if (next.start() >= last.end() && ALTERNATIVES.contains(between(text, last, next))) {
				last = next;
			}
		}
		return PAYMENT.matcher(text.substring(last.end())).find();
	}

	/** 人民政府, 政府, 办公厅 after a region's name, or 市政府/省政府 alone in a region's row: the region itself acts. */
	private List<String> governments(int section, String rowId, String text, List<Mention> mentions) {
		var governments = new ArrayList<String>();
		for (Mention mention : mentions) {
			boolean government = GOVERNMENT.matcher(mention.name()).find()
					|| GOVERNMENT.matcher(text).region(mention.end(), text.length()).lookingAt();
			if (mention.kind() == Kind.REGION && government && !background(text, mention)) {
				governments.add(mention.id());
			}
		}
		if (section == 2 && governments.isEmpty() && BARE_GOVERNMENT.matcher(text).find()) {
			governments.add(rowId);
		}
		return governments.stream().distinct().toList();
	}

	/**
	 * The region an entry opens with (湖北省孝感市…: 孝感市), before any other party, when it acts:
	 * when it works with the next party (江西省与阿里巴巴蚂蚁金服合作), or when no other party is
	 * named in its sentence (陕西省人社系统大力推进…。). In 甘肃八成以上办税事项…，下一步甘肃省税务部门将…
	 * the bureau acts, not the region.
	 */
	private Optional<String> openingRegion(String rowId, String text, List<Mention> mentions, List<Mention> parties) {
		String opening = null;
		int end = 0;
		for (Mention mention : mentions) {
			if (mention.kind() != Kind.REGION || mention.start() > end + 1
					|| (!parties.isEmpty() && parties.get(0).start() < mention.start())) {
				break;
			}
			if (gazetteer.isWithin(mention.id(), rowId)) {
				opening = mention.id();
			}
			end = mention.end();
		}
		int sentenceEnd = sentenceEnd(text, end);
		boolean joins = JOINS.matcher(text).region(end, text.length()).lookingAt();
		// a ministry named in a region's row takes part (交通运输部…示范项目) but does not lead
		boolean alone = parties.stream().noneMatch(party -> party.kind() != Kind.MINISTRY && party.start() < sentenceEnd);
		return opening != null && (joins || alone) ? Optional.of(opening) : Optional.empty();
	}

	/**
	 * The names an entry opens with, listed with 、 (or 及): 西安市人社局、铜川市人社局先后上线…. A
	 * subject of one name is no list; 与 and 和 join partners, not a joint subject.
	 */
	private static List<Mention> jointSubjects(String text, List<Mention> mentions) {
		var subjects = new ArrayList<Mention>();
		for (Mention mention : mentions) {
			boolean listed = subjects.isEmpty() ? mention.start() == 0
					: LISTING.contains(between(text, subjects.get(subjects.size() - 1), mention));
			if (!listed) {
				break;
			}
			subjects.add(mention);
		}
		return subjects;
	}

	/** The text between two mentions, empty when they touch or overlap. */
	private static String between(String text, Mention before, Mention after) {
		return text.substring(before.end(), Math.max(before.end(), after.start()));
	}

	private static int sentenceEnd(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return text.length();
	}

	private static boolean isVenue(String text, Mention mention) {
		return mention.start() > 0 && "在于".indexOf(text.charAt(mention.start() - 1)) >= 0;
	}

	private static boolean opensSentence(String text, int start) {
		return start == 0 || SENTENCE_ENDS.indexOf(text.charAt(start - 1)) >= 0;
	}

	/** The most specific place of the row the entry names, unless only as a venue (在…, 于…). */
	private String subject(String rowId, String text, List<Mention> mentions) {
		String best = rowId;
		int bestDepth = depth(rowId);
		Set<String> places = new LinkedHashSet<>();
		for (Mention mention : mentions) {
			boolean venue = isVenue(text, mention);
			if (mention.kind() == Kind.REGION && !venue && gazetteer.isWithin(mention.id(), rowId)
					&& depth(mention.id()) > depth(rowId)) {
				places.add(mention.id());
				if (depth(mention.id()) > bestDepth) {
					best = mention.id();
					bestDepth = depth(mention.id());
				}
			}
		}
		// 湖北…探索了宜昌…、枝江…、黄陂…: an entry about several places of the row is the row's region's
		boolean severalPlaces = places.stream().filter(p -> !isAncestorOfAny(p, places)).count() > 1;
		return severalPlaces ? rowId : best;
	}

	/**
	 * Where it happened: the most specific region mentioned, or where a mentioned body sits, within
	 * the row's region. An entry about several places of a province (宜昌, 枝江, 黄陂), or about the
	 * whole province (全省), is the province's.
	 */
	private String place(int section, String rowId, String text, List<Mention> mentions) {
		String best = section == 2 ? rowId : null;
		int bestDepth = best == null ? -1 : depth(best);
		Set<String> places = new LinkedHashSet<>();
		for (Mention mention : mentions) {
			String region = switch (mention.kind()) {
				case REGION -> mention.id();
				case ORGANIZATION -> ((Organization) gazetteer.entity(mention.id())).region();
				case COMPANY -> mention.id().equals(rowId) ? null : ((Company) gazetteer.entity(mention.id())).region();
				case EVENT -> gazetteer.eventCity(mention.id());
				default -> null;
			};
			if (region == null || (section == 2 && !gazetteer.isWithin(region, rowId))) {
				continue;
			}
			if (depth(region) > 0) {
				places.add(region);
			}
			int depth = depth(region);
			if (depth > bestDepth) {
				best = region;
				bestDepth = depth;
			}
		}
		boolean severalPlaces = places.stream().filter(p -> !isAncestorOfAny(p, places)).count() > 1;
		// 全省 is the scope unless the entry names where it took place (在兰州市举行全省…)
		boolean venue = mentions.stream().anyMatch(m -> m.kind() == Kind.REGION && isVenue(text, m));
		boolean provinceWide = section == 2 && !venue && PROVINCE_WIDE.matcher(text).find();
		return (severalPlaces || provinceWide) && section == 2 ? rowId : best;
	}

	private boolean isAncestorOfAny(String region, Set<String> places) {
		return places.stream().anyMatch(other -> !other.equals(region) && gazetteer.isWithin(other, region));
	}

	private int depth(String regionId) {
		int depth = 0;
		Optional<Region> region = gazetteer.region(regionId);
		while (region.isPresent() && region.get().partOf() != null && depth < 10) {
			depth++;
			region = gazetteer.region(region.get().partOf());
		}
		return depth;
	}

	/** A company works with every other party of the entry; two companies work with each other both ways. */
	private List<Partnership> partnerships(List<Actor> actors) {
		var partnerships = new ArrayList<Partnership>();
		for (Actor company : actors) {
			if (!(gazetteer.entity(company.id()) instanceof Company) || company.role() == ActorRole.PARTICIPANT) {
				continue;
			}
			for (Actor other : actors) {
				if (other != company && (other.role() == ActorRole.PARTNER || company.role() == ActorRole.PARTNER)
						&& other.role() != ActorRole.PARTICIPANT) {
					partnerships.add(new Partnership(company.id(), other.id()));
				}
			}
		}
		return partnerships;
	}

	/** Titles of documents the entry says were issued. */
	static List<String> announcedTitles(String text) {
		if (!ISSUING.matcher(text).find()) {
			return List.of();
		}
		var titles = new ArrayList<String>();
		var matcher = TITLE.matcher(text);
		while (matcher.find()) {
			String title = matcher.group(1).strip();
			if (!titles.contains(title)) {
				titles.add(title);
			}
		}
		return titles;
	}

	/**
	 * A group's name followed by a region and 分行 or 分公司 is the group's branch there, when the
	 * seed knows it: 中国工商银行（简称工行）北京市分行 is 中国工商银行北京市分行.
	 */
	private List<Mention> resolveBranches(String text, List<Mention> mentions) {
		var distinct = new ArrayList<Mention>();
		for (Mention mention : mentions) {
			// 中国工商银行（简称工行）: the short name in brackets is the same party again
			if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).id().equals(mention.id())) {
				distinct.add(mention);
			}
		}
		mentions = distinct;
		var resolved = new ArrayList<Mention>();
		for (int i = 0; i < mentions.size(); i++) {
			Mention mention = mentions.get(i);
			if (mention.kind() == Kind.COMPANY && i + 1 < mentions.size() && mentions.get(i + 1).kind() == Kind.REGION) {
				Mention region = mentions.get(i + 1);
				String between = text.substring(mention.end(), region.start());
				String after = text.substring(region.end(), Math.min(text.length(), region.end() + 3));
				Optional<Named> branch = branch(mention.id(), region.id());
				if (BRANCH.matcher(between).matches()
						&& (after.startsWith("分行") || after.startsWith("分公司")) && branch.isPresent()) {
					resolved.add(new Mention(branch.get().id(), Kind.COMPANY, branch.get().name(), mention.start(),
							region.end()));
					i++;
					continue;
				}
			}
			resolved.add(mention);
		}
		return resolved;
	}

	private Optional<Named> branch(String groupId, String regionId) {
		return gazetteer.companiesIn(regionId)
			.stream()
			.filter(company -> groupId.equals(company.parent()))
			.map(company -> (Named) company)
			.findFirst();
	}

}
