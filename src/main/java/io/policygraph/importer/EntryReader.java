package io.policygraph.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.policygraph.importer.Gazetteer.Kind;
import io.policygraph.importer.Gazetteer.Mention;
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
final class EntryReader {

	/** A document is announced when its title follows one of these verbs. */
	static final Pattern ISSUING = Pattern.compile("(印发|发布|出台|公布|下发|下达|制定|审议通过|签署|正式施行)");

	private static final Pattern GOVERNMENT = Pattern.compile("(人民政府|省政府|市政府|区政府|政府|办公厅)");

	private static final Pattern BARE_GOVERNMENT = Pattern.compile("(^|[、，,])(省|市|区)政府(办公厅)?");

	private static final Pattern COOPERATION = Pattern.compile("(与|和|携手|合作|签署|签订|联合|共同|联手)");

	/** 《…》 titles; back-references such as 《通知》 or 《实施意见》 name no new document. */
	static final Pattern TITLE = Pattern.compile("《([^《》]{6,120})》");

	/** What a branch is called after its group's name and its region's: 工行北京市分行, 中国联通青海省分公司. */
	private static final Pattern BRANCH = Pattern.compile("([（(][^）)]{0,12}[）)])?");

	private final Gazetteer gazetteer;

	EntryReader(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	/** What was read from an entry. */
	record Reading(String region, List<Actor> actors, List<Partnership> partnerships, List<String> sectors,
			List<String> titles) {
	}

	Reading read(int section, String rowId, String text) {
		return read(section, rowId, List.of(), text);
	}

	/**
	 * @param coIssuers the other entities heading the row with {@code rowId} (工信部、国务院扶贫办)
	 */
	Reading read(int section, String rowId, List<String> coIssuers, String text) {
		List<Mention> mentions = resolveBranches(text, gazetteer.mentions(text));
		List<String> titles = announcedTitles(text);
		boolean issues = !titles.isEmpty();
		boolean cooperation = COOPERATION.matcher(text).find();
		ActorRole acting = issues ? ActorRole.ISSUER : ActorRole.LEAD;

		Map<String, ActorRole> actors = new LinkedHashMap<>();
		List<Mention> parties = mentions.stream()
			.filter(m -> m.kind() == Kind.COMPANY || m.kind() == Kind.ORGANIZATION || m.kind() == Kind.MINISTRY)
			.toList();
		List<String> governments = governments(section, rowId, text, mentions);
		Optional<Mention> agent = parties.stream()
			.filter(m -> m.start() > 0 && text.charAt(m.start() - 1) == '由')
			.findFirst();
		Optional<String> subjectRegion = section == 2 ? openingRegion(rowId, text, mentions, parties) : Optional.empty();
		if (section == 3) {
			String lead = parties.stream()
				.filter(m -> m.kind() == Kind.COMPANY && gazetteer.isSubsidiaryOf(m.id(), rowId))
				.map(Mention::id)
				.findFirst()
				.orElse(rowId);
			actors.put(lead, ActorRole.LEAD);
		}
		else if (section == 1) {
			// a ministry's own entry: the ministries heading its row act (工信部、国务院扶贫办)
			coIssuers.forEach(id -> actors.putIfAbsent(id, acting));
			actors.putIfAbsent(rowId, acting);
		}
		else if (agent.isPresent()) {
			// 由X牵头, 由X与Y联合举办: X leads whatever else the entry names
			actors.put(agent.get().id(), acting);
		}
		else if (parties.isEmpty() && governments.isEmpty()) {
			// a region's own entry: the place it names as subject acts, else the row's region
			actors.put(subject(rowId, text, mentions), acting);
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
			else {
				role = cooperation ? ActorRole.PARTNER : ActorRole.PARTICIPANT;
			}
			actors.put(party.id(), role);
		}
		if (!governmentFirst) {
			governments.forEach(id -> actors.putIfAbsent(id, issues ? ActorRole.ISSUER : ActorRole.PARTNER));
		}
		if (actors.isEmpty() && section == 2) {
			actors.put(rowId, acting);
		}
		List<Actor> actorList = actors.entrySet().stream().map(e -> new Actor(e.getKey(), e.getValue())).toList();
		return new Reading(place(section, rowId, mentions), actorList, partnerships(actorList),
				gazetteer.sectors(text), titles);
	}

	/** 人民政府, 政府, 办公厅 after a region's name, or 市政府/省政府 alone in a region's row: the region itself acts. */
	private List<String> governments(int section, String rowId, String text, List<Mention> mentions) {
		var governments = new ArrayList<String>();
		for (Mention mention : mentions) {
			if (mention.kind() == Kind.REGION && GOVERNMENT.matcher(text).region(mention.end(), text.length()).lookingAt()) {
				governments.add(mention.id());
			}
		}
		if (section == 2 && governments.isEmpty() && BARE_GOVERNMENT.matcher(text).find()) {
			governments.add(rowId);
		}
		return governments.stream().distinct().toList();
	}

	/** The region an entry opens with (湖北省孝感市政府与…: 孝感市), before any other party. */
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
		return Optional.ofNullable(opening);
	}

	/** The most specific place of the row the entry names, unless only as a venue (在…, 于…). */
	private String subject(String rowId, String text, List<Mention> mentions) {
		String best = rowId;
		int bestDepth = depth(rowId);
		for (Mention mention : mentions) {
			boolean venue = mention.start() > 0 && "在于".indexOf(text.charAt(mention.start() - 1)) >= 0;
			if (mention.kind() == Kind.REGION && !venue && gazetteer.isWithin(mention.id(), rowId)
					&& depth(mention.id()) > bestDepth) {
				best = mention.id();
				bestDepth = depth(mention.id());
			}
		}
		return best;
	}

	/**
	 * Where it happened: the most specific region mentioned, or where a mentioned body sits, within
	 * the row's region. An entry about several places of a province (宜昌, 枝江, 黄陂) is the province's.
	 */
	private String place(int section, String rowId, List<Mention> mentions) {
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
		return severalPlaces && section == 2 ? rowId : best;
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
