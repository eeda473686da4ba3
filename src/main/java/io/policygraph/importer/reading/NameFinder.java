package io.policygraph.importer.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.graph.OrganizationKind;
import io.policygraph.graph.RegionLevel;
import io.policygraph.importer.reading.Divisions.Division;
import io.policygraph.importer.reading.Gazetteer.Kind;
import io.policygraph.importer.reading.Gazetteer.Mention;
import io.policygraph.importer.reading.Vocabulary.BodySuffix;
import io.policygraph.seed.SeedRecords.Company;
import io.policygraph.seed.SeedRecords.Organization;
import io.policygraph.seed.SeedRecords.Region;

/**
 * Finds every body and place an entry names, known or new, before any role is read, so
 * that a new body can lead, partner or issue like a known one. Known names come from the
 * gazetteer (longest match). New ones are recognised by their shape and become
 * {@linkplain Candidates candidates}:
 * <ul>
 * <li>a name ending in a body's suffix ({@code bodySuffixes}), after a place or a known
 * body (长沙市水利局, 湖南省卫健委, 国家税务总局河南省税务局, 中国建设银行湖南省分行) or with a legal form of its own
 * (中国建设银行);</li>
 * <li>a place and a group's short name: its branch there (湖北移动);</li>
 * <li>a known company and one of its business units as the subject of a sentence
 * (百度云在…);</li>
 * <li>a city or district of China's divisions that the seed lacks (株洲市, 在绍兴举行), with its
 * chain of regions up to its province.</li>
 * </ul>
 * Titles (《…》) and quoted terms (“…”) are never read for new names.
 */
public final class NameFinder {

	private static final Pattern QUOTED = Pattern.compile("《[^《》]*》|“[^“”]*”");

	private static final String SENTENCE_PUNCTUATION = "，。；：！？、,.;:!?（）()“”《》 \t\n";

	private final Gazetteer gazetteer;

	private final Vocabulary vocabulary;

	private final Divisions divisions;

	private final Candidates candidates;

	private final Pattern name;

	private final Pattern tail;

	private final Pattern unit;

	private final Pattern leadingWords;

	/**
	 * @param candidates where new bodies and places go; they join the gazetteer
	 */
	public NameFinder(Gazetteer gazetteer, Vocabulary vocabulary, Divisions divisions, Candidates candidates) {
		this.gazetteer = gazetteer;
		this.vocabulary = vocabulary;
		this.divisions = divisions;
		this.candidates = candidates;
		String suffixes = Vocabulary.anyOf(vocabulary.bodySuffixes().stream().map(BodySuffix::suffix).toList());
		this.name = Pattern.compile("[\\p{IsHan}A-Za-z0-9]{1,24}?(" + suffixes + ")");
		this.tail = Pattern.compile("[\\p{IsHan}]{0,10}?(" + suffixes + ")");
		this.unit = Pattern.compile("[\\p{IsHan}]{0,8}?(" + Vocabulary.anyOf(vocabulary.unitSuffixes()) + ")");
		this.leadingWords = Pattern.compile(Vocabulary.anyOf(vocabulary.leadingWords()));
	}

	/**
	 * The bodies and places the text names, left to right, none overlapping another.
	 * @param where the entry's id, named in the review note of each candidate
	 * @param contextRegion the region the entry belongs to (its row's, in section 二),
	 * which decides between places of the same name in different provinces; may be null
	 */
	public List<Mention> find(String text, String where, String contextRegion) {
		String visible = QUOTED.matcher(text).replaceAll(match -> " ".repeat(match.group().length()));
		var found = new TreeMap<Integer, Mention>();
		gazetteer.mentions(text)
			.stream()
			.filter(mention -> !relativeElsewhere(text, mention, contextRegion))
			.forEach(mention -> found.put(mention.start(), mention));
		newBodies(visible, where, contextRegion, found);
		branchesByShortName(text, where, found);
		businessUnits(text, where, found);
		places(visible, where, contextRegion, found, false);
		cooperatingParties(visible, where, found);
		return List.copyOf(found.values());
	}

	/**
	 * A relative name (市大数据中心 of 上海市大数据中心) names the body only in an entry of its own
	 * region; elsewhere it is another city's centre.
	 */
	private boolean relativeElsewhere(String text, Mention mention, String contextRegion) {
		// 省卫健委: the province's commission, not the national one of the same short name
		if (mention.kind() == Kind.MINISTRY && mention.start() > 0
				&& vocabulary.relativePrefixes()
					.stream()
					.anyMatch(prefix -> prefix.length() == 1 && text.charAt(mention.start() - 1) == prefix.charAt(0))) {
			return true;
		}
		if (mention.kind() != Kind.ORGANIZATION && mention.kind() != Kind.COMPANY
				|| !Vocabulary.startsWithAny(mention.name(), vocabulary.relativePrefixes())
				|| gazetteer.entity(mention.id()).name().equals(mention.name())) {
			return false;
		}
		String region = gazetteer.entity(mention.id()) instanceof Organization o ? o.region()
				: gazetteer.entity(mention.id()) instanceof Company c ? c.region() : null;
		return contextRegion == null || region == null || !gazetteer.isWithin(region, contextRegion);
	}

	// ---- firms without a suffix, named as a party of a cooperation: 与科大讯飞签署, 中国一汽与…

	private void cooperatingParties(String visible, String where, TreeMap<Integer, Mention> found) {
		Matcher joining = Pattern.compile(Vocabulary.anyOf(vocabulary.joinsNext())).matcher(visible);
		while (joining.find()) {
			int at = joining.start();
			boolean inAWord = vocabulary.joiningInWords().stream().anyMatch(word -> {
				int from = Math.max(0, at - word.length() + 1);
				int index = visible.indexOf(word, from);
				return index >= 0 && index <= at && index + word.length() > at;
			});
			if (inAWord || insideAny(found, at)) {
				continue;
			}
			// the other party of a known one: 合肥市人民政府与科大讯飞签署, up to a word that follows a
			// party
			int start = joining.end();
			// 合肥市人民政府与…: a region's government ends where its form does
			boolean knownBefore = found.values()
				.stream()
				.anyMatch(m -> m.kind() != Kind.EVENT
						&& (m.end() == at || m.kind() == Kind.REGION && vocabulary.governmentForms()
							.stream()
							.anyMatch(form -> m.end() + form.length() == at && visible.startsWith(form, m.end()))));
			for (int end = start + 2; knownBefore && end <= Math.min(visible.length() - 1, start + 10); end++) {
				if (Vocabulary.startsWithAny(visible.substring(end), vocabulary.partyEndWords())) {
					party(visible, start, end, where, found);
					break;
				}
			}
			// the party that opens the clause, before a known one: 科大讯飞与合肥市签署…
			int clauseStart = at;
			while (clauseStart > 0 && SENTENCE_PUNCTUATION.indexOf(visible.charAt(clauseStart - 1)) < 0) {
				clauseStart--;
			}
			boolean knownAfter = found.containsKey(joining.end()) && found.get(joining.end()).kind() != Kind.EVENT;
			if (knownAfter && at - clauseStart >= 2 && at - clauseStart <= 10) {
				party(visible, clauseStart, at, where, found);
			}
		}
	}

	/**
	 * A run of characters that stands where a party does: a new firm, unless it is a
	 * known name, a place or a common word.
	 */
	private void party(String visible, int start, int end, String where, TreeMap<Integer, Mention> found) {
		String name = visible.substring(start, end);
		boolean plain = name.codePoints().allMatch(c -> Character.isLetterOrDigit(c));
		if (!plain || overlapsAny(found, start, end) || vocabulary.notAParty().contains(name)
				|| Vocabulary.startsWithAny(name, vocabulary.leadingWords())
				|| vocabulary.notInNames().stream().anyMatch(name::contains) || divisions.at(name, 0) != null
				|| gazetteer.lookupAt(name, 0).isPresent()) {
			return;
		}
		Optional<BodySuffix> suffix = vocabulary.bodySuffixes()
			.stream()
			.filter(s -> name.endsWith(s.suffix()))
			.findFirst();
		String id = suffix.isEmpty() || suffix.get().isCompany() ? candidates.company(name, null, null, where)
				: candidates.organization(name, suffix.get().organizationKind(), null, where);
		found.put(start, new Mention(id, gazetteer.kindOf(id), name, start, end));
	}

	/**
	 * The places (known or new) a venue names, such as a summit's {@code 在…举行}: 绍兴, 浙江乌镇.
	 * A city's short name counts anywhere here.
	 */
	public List<Mention> venue(String printed, String where) {
		var found = new TreeMap<Integer, Mention>();
		gazetteer.mentions(printed).forEach(mention -> found.put(mention.start(), mention));
		places(printed, where, null, found, true);
		return found.values().stream().filter(m -> m.kind() == Kind.REGION).toList();
	}

	// ---- new bodies by the suffix of their names

	/**
	 * A place printed inside a name, at {@code start}: its region id (known or new) and
	 * where it ends.
	 */
	private record PlaceInName(int start, int end, String regionId) {
	}

	private void newBodies(String visible, String where, String contextRegion, TreeMap<Integer, Mention> found) {
		for (int start : startsOfNames(visible, found)) {
			var before = found.lowerEntry(start);
			if (before != null && before.getValue().end() > start
					|| Vocabulary.startsWithAny(visible.substring(start), vocabulary.leadingWords())) {
				continue;
			}
			Matcher matcher = name.matcher(visible).region(start, visible.length());
			if (!matcher.lookingAt()) {
				continue;
			}
			PlaceInName office = localOffice(visible, matcher.end(), contextRegion, where);
			if (office != null) {
				localOffice(visible.substring(start, office.end()), start, matcher.end(), office, where, found);
				continue;
			}
			int end = matcher.end();
			String suffix = matcher.group(1);
			if (vocabulary.branchSuffixes().contains(suffix)) {
				// 中国联通厦门市分公司: the group, its place and the branch's suffix
				PlaceInName inside = placeInside(visible, start, end - suffix.length(), contextRegion, where);
				if (inside != null && inside.end() == end - suffix.length() && inside.start() > start) {
					localOffice(visible.substring(start, end), start, inside.start(),
							new PlaceInName(inside.start(), end, inside.regionId()), where, found);
				}
				continue;
			}
			// 四川大学华西医院, 浙江大学医学院附属第一医院: a university's unit is named after it
			while (vocabulary.hostSuffixes().contains(suffix)) {
				Matcher unit = this.unit.matcher(visible).region(end, visible.length());
				String words = unit.lookingAt() ? visible.substring(end, unit.end()) : "";
				if (words.isEmpty() || vocabulary.notInNames().stream().anyMatch(words::contains)) {
					break;
				}
				end = unit.end();
				suffix = unit.group(1);
			}
			if (newBody(visible, visible.substring(start, end), start, suffix, where, contextRegion, found)) {
				continue;
			}
			// 青岛市中心医院: the shortest run to a suffix (青岛市中心) is no name; the next longer
			// one may be
			for (int longer = end + 1; longer <= Math.min(visible.length(), start + 26); longer++) {
				if (!Character.isLetterOrDigit(visible.charAt(longer - 1))) {
					break;
				}
				String run = visible.substring(start, longer);
				String longerSuffix = suffixAt(visible, longer);
				if (!longerSuffix.isEmpty() && !vocabulary.branchSuffixes().contains(longerSuffix)
						&& newBody(visible, run, start, longerSuffix, where, contextRegion, found)) {
					break;
				}
			}
		}
	}

	/**
	 * Where a name may start: the text's start, after punctuation or a clause's opening
	 * word, at or after a known name.
	 */
	private TreeSet<Integer> startsOfNames(String visible, Map<Integer, Mention> found) {
		var starts = new TreeSet<Integer>();
		starts.add(0);
		for (int i = 0; i < visible.length(); i++) {
			if (SENTENCE_PUNCTUATION.indexOf(visible.charAt(i)) >= 0 || Character.isWhitespace(visible.charAt(i))) {
				starts.add(i + 1);
			}
		}
		for (Mention mention : found.values()) {
			starts.add(mention.start());
			starts.add(mention.end());
		}
		Matcher leading = leadingWords.matcher(visible);
		while (leading.find()) {
			starts.add(leading.end());
		}
		starts.removeIf(i -> i >= visible.length() || visible.charAt(i) == ' ');
		return starts;
	}

	/**
	 * After a head name (a group, a national body), a place and an office's suffix: the
	 * head's office there (国家税务总局 + 河南省 + 税务局, 中国建设银行 + 湖南省 + 分行). The place and the
	 * name's end, or null.
	 */
	private PlaceInName localOffice(String visible, int headEnd, String contextRegion, String where) {
		PlaceInName place = placeAt(visible, headEnd, contextRegion, where);
		if (place == null) {
			return null;
		}
		for (String branch : vocabulary.branchSuffixes()) {
			if (visible.startsWith(branch, place.end())) {
				return new PlaceInName(place.start(), place.end() + branch.length(), place.regionId());
			}
		}
		Matcher matcher = tail.matcher(visible).region(place.end(), visible.length());
		return matcher.lookingAt() && matcher.end() > place.end() + 1
				? new PlaceInName(place.start(), matcher.end(), place.regionId()) : null;
	}

	/** The last place printed inside a span of the text that ends where the span does. */
	private PlaceInName placeInside(String text, int from, int to, String contextRegion, String where) {
		for (int at = from + 2; at < to; at++) {
			PlaceInName place = placeAt(text.substring(0, to), at, contextRegion, where);
			if (place != null && place.end() == to) {
				return place;
			}
		}
		return null;
	}

	/**
	 * A place's name (known, or of the national divisions) printed at a position, as a
	 * region id.
	 */
	private PlaceInName placeAt(String text, int at, String contextRegion, String where) {
		if (at >= text.length()) {
			return null;
		}
		Optional<Mention> known = gazetteer.lookupAt(text, at).filter(m -> m.kind() == Kind.REGION);
		if (known.isPresent()) {
			return new PlaceInName(at, known.get().end(), known.get().id());
		}
		Divisions.Match division = divisions.at(text, at);
		if (division == null || division.printed().length() < 3) {
			return null;
		}
		Division chosen = choose(division, contextRegion, Map.of(), at);
		String id = chosen == null ? null : placeId(chosen, where);
		return id == null ? null : new PlaceInName(at, division.end(), id);
	}

	/** 国家税务总局河南省税务局, 中国建设银行湖南省分行: an office of the head name in the place. */
	private void localOffice(String candidate, int start, int headEnd, PlaceInName office, String where,
			TreeMap<Integer, Mention> found) {
		int end = start + candidate.length();
		if (crossesAKnownName(found, start, end)) {
			return;
		}
		String head = candidate.substring(0, headEnd - start);
		Optional<Mention> knownHead = gazetteer.lookup(head).filter(m -> m.end() == head.length());
		Kind headKind = knownHead.map(Mention::kind).orElse(null);
		boolean headIsCompany = headKind == Kind.COMPANY
				|| headKind == null && vocabulary.legalForms().stream().anyMatch(head::endsWith) && head.length() >= 4;
		boolean headIsNational = headKind == Kind.MINISTRY || headKind == null && isNational(head);
		String id;
		Optional<Mention> known = gazetteer.lookup(candidate).filter(m -> m.end() == candidate.length());
		if (known.isPresent()) {
			id = known.get().id();
		}
		else if (headIsCompany) {
			String parent = knownHead.map(Mention::id).orElseGet(() -> candidates.company(head, null, null, where));
			id = candidates.company(candidate, parent, office.regionId(), where);
		}
		else if (headIsNational || headKind == Kind.ORGANIZATION) {
			id = candidates.organization(candidate, OrganizationKind.GOVERNMENT, office.regionId(), where);
		}
		else {
			return;
		}
		replaceInside(found, start, end, new Mention(id, gazetteer.kindOf(id), candidate, start, end));
	}

	/**
	 * A name that ends in a body's suffix after a place or a known body, or with a legal
	 * form of its own.
	 */
	private boolean newBody(String visibleText, String candidate, int start, String suffix, String where,
			String contextRegion, TreeMap<Integer, Mention> found) {
		int end = start + candidate.length();
		if (crossesAKnownName(found, start, end)) {
			return false;
		}
		List<Mention> inner = new ArrayList<>(found.subMap(start, end).values());
		if (!inner.isEmpty()) {
			Mention last = inner.get(inner.size() - 1);
			boolean sameAsKnown = inner.size() == 1 && last.start() == start && last.end() == end;
			boolean knownEndsIt = last.end() == end && last.kind() != Kind.MINISTRY;
			// 湖南省卫健委: a national body's short name after a place is that place's own body
			boolean nationalAliasAlone = last.end() == end && last.kind() == Kind.MINISTRY
					&& inner.stream().noneMatch(m -> m.kind() == Kind.REGION);
			if (sameAsKnown || knownEndsIt || nationalAliasAlone) {
				return false;
			}
		}
		Optional<BodySuffix> suffixKind = vocabulary.bodySuffixes()
			.stream()
			.filter(s -> suffix.endsWith(s.suffix()))
			.findFirst();
		if (suffixKind.isEmpty()) {
			return false;
		}
		BodySuffix kind = suffixKind.get();
		if (vocabulary.branchSuffixes().contains(suffix)) {
			return false; // a branch needs its group's name before its place: see
							// localOffice
		}
		// what stands before the name's own words: a place (known or new)
		String place = null;
		int bodyStart = 0;
		Mention first = inner.isEmpty() ? null : inner.get(0);
		if (first != null && first.start() == start
				&& (first.kind() == Kind.COMPANY || first.kind() == Kind.ORGANIZATION)) {
			if (first.kind() == Kind.COMPANY && first.end() == end - suffix.length()
					&& vocabulary.legalForms().contains(suffix)) {
				// 京东集团 where 京东 is known: the firm's full name
				String id = candidates.contains(first.id()) ? candidates.company(candidate, null, null, where)
						: first.id();
				replaceInside(found, start, end, new Mention(id, Kind.COMPANY, candidate, start, end));
			}
			return false; // a known body's name opens it: 蚂蚁金服与中国邮政储蓄银行 is two names
		}
		if (first != null && first.start() == start && first.kind() == Kind.REGION) {
			if (Vocabulary.endsWithAny(first.name(), vocabulary.governmentForms())) {
				return false; // 北京市人民政府 + 办公厅: the government's own office is the region
								// itself
			}
			place = first.id();
			bodyStart = first.end() - start;
		}
		else if (first == null || first.start() > start) {
			PlaceInName division = placeAt(candidate, 0, contextRegion, where);
			if (division != null && division.end() < candidate.length()) {
				place = division.regionId();
				bodyStart = division.end();
			}
		}
		if (vocabulary.bodySuffixes().stream().anyMatch(other -> candidate.startsWith(other.suffix()))) {
			return false; // 银行手机银行: a name does not open with a suffix
		}
		if (Vocabulary.startsWithAny(visibleText.substring(end), vocabulary.thingsNamedAfterABody())) {
			return false; // 共建武汉市互联网医院服务平台: the platform is named after a hospital that
							// is not there
		}
		String body = candidate.substring(bodyStart, candidate.length() - suffix.length());
		if (!looksLikeAName(candidate, candidate.substring(bodyStart), body, kind, place != null)
				|| !standsAsAName(visibleText, end, body, place != null)
				|| suffixStartsAWord(visibleText, end, suffix)) {
			return false;
		}
		Optional<Mention> known = gazetteer.lookup(candidate).filter(m -> m.end() == candidate.length());
		String id;
		if (known.isPresent()) {
			id = known.get().id();
		}
		else if (kind.isCompany()) {
			id = candidates.company(candidate, null, place, where);
		}
		else if (place == null && kind.organizationKind() == OrganizationKind.GOVERNMENT && isNational(candidate)) {
			id = candidates.ministry(candidate, where);
		}
		else {
			id = candidates.organization(candidate, kind.organizationKind(), place, where);
		}
		replaceInside(found, start, end, new Mention(id, gazetteer.kindOf(id), candidate, start, end));
		return true;
	}

	/** The longest own words of a bureau's name: 人力资源和社会保障 (厅), 大数据应用发展 (管理局). */
	private static final int MAX_GOVERNMENT_BODY = 10;

	private static final Pattern NUMERALS = Pattern.compile("[0-9一二三四五六七八九十百千万第两]");

	/** The suffix begins a longer word (部门, 办理, 办法): the name does not end there. */
	private boolean suffixStartsAWord(String text, int end, String suffix) {
		String from = text.substring(end - suffix.length());
		return vocabulary.suffixWords()
			.stream()
			.anyMatch(word -> word.length() > suffix.length() && from.startsWith(word));
	}

	/**
	 * The body suffix a run of the text ends with at {@code end} (the longest), or "".
	 */
	private String suffixAt(String text, int end) {
		return vocabulary.bodySuffixes()
			.stream()
			.map(BodySuffix::suffix)
			.filter(suffix -> end >= suffix.length() && text.startsWith(suffix, end - suffix.length()))
			.findFirst()
			.orElse("");
	}

	/** A national body's name: 国家…, 国务院…, 中华人民共和国…. */
	private boolean isNational(String name) {
		return Vocabulary.startsWithAny(name, vocabulary.nationalPrefixes());
	}

	/**
	 * A name says where it is (长沙市水利局) or what it is in law (中国建设银行), or is a national
	 * body's (国家能源局); its own words hold no word of a phrase (启用新研发中心 is none) and are no
	 * idea (医疗数据银行).
	 */
	private boolean looksLikeAName(String candidate, String ownWords, String body, BodySuffix kind,
			boolean afterAPlace) {
		String suffix = kind.suffix();
		// 长沙银行, 贵阳银行: a city's own bank is its name and a legal form
		boolean placesOwn = afterAPlace && body.isEmpty() && vocabulary.legalForms().contains(suffix);
		boolean government = !kind.isCompany() && kind.organizationKind() == OrganizationKind.GOVERNMENT;
		if (body.isEmpty() && !placesOwn || vocabulary.notInNames().stream().anyMatch(candidate::contains)
				|| Vocabulary.startsWithAny(body, vocabulary.joinsNext())
				|| afterAPlace && !government && vocabulary.notAfterAPlace().stream().anyMatch(ownWords::contains)
				|| Vocabulary.startsWithAny(body, vocabulary.governmentForms())) {
			return false;
		}
		// a government body's own words are few and hold no count (山西五部门, 上海第一部 are
		// phrases)
		String ownBody = vocabulary.nationalPrefixes()
			.stream()
			.filter(body::startsWith)
			.findFirst()
			.map(prefix -> body.substring(prefix.length()))
			.orElse(body);
		if (!kind.isCompany() && kind.organizationKind() == OrganizationKind.GOVERNMENT
				&& (ownBody.length() > MAX_GOVERNMENT_BODY || NUMERALS.matcher(ownBody).find())) {
			return false;
		}
		if (suffix.endsWith("银行") && vocabulary.figurativeBankWords().stream().anyMatch(body::endsWith)) {
			return false;
		}
		boolean legalForm = vocabulary.legalForms().contains(suffix) && candidate.length() >= 4;
		// 中国城市科学研究会, 全国工商联: a national association, university or hospital
		boolean nationalBody = !kind.isCompany() && kind.organizationKind() != OrganizationKind.GOVERNMENT
				&& Vocabulary.startsWithAny(candidate, vocabulary.nationwidePrefixes()) && body.length() >= 3;
		boolean standalone = vocabulary.standaloneSuffixes().contains(suffix) && body.length() >= 2;
		return afterAPlace || legalForm || nationalBody || standalone || isNational(candidate) && body.length() >= 2;
	}

	/**
	 * A name of a few characters with a legal form and nothing before it (海尔集团) stands as
	 * the subject of what follows (与, 推出, 签署…); 统筹集团云业务 names no group.
	 */
	private boolean standsAsAName(String text, int end, String body, boolean afterAPlace) {
		if (afterAPlace || body.length() >= 3 || end >= text.length()) {
			return true;
		}
		char next = text.charAt(end);
		return !Character.isLetterOrDigit(next)
				|| Vocabulary.startsWithAny(text.substring(end), vocabulary.afterAName());
	}

	private static boolean crossesAKnownName(TreeMap<Integer, Mention> found, int start, int end) {
		var before = found.lowerEntry(start);
		if (before != null && before.getValue().end() > start) {
			return true;
		}
		return found.subMap(start, end).values().stream().anyMatch(m -> m.end() > end);
	}

	private static void replaceInside(TreeMap<Integer, Mention> found, int start, int end, Mention mention) {
		found.subMap(start, end).clear();
		found.put(start, mention);
	}

	// ---- branches written as a place and a group's short name: 湖北移动

	private void branchesByShortName(String text, String where, TreeMap<Integer, Mention> found) {
		var places = new ArrayList<Mention>(found.values().stream().filter(m -> m.kind() == Kind.REGION).toList());
		// 东莞电信: a city the seed does not know, written short, before a group's short name
		for (int at = 0; at < text.length(); at++) {
			Divisions.Match division = insideAny(found, at) ? null : divisions.at(text, at);
			if (division != null && vocabulary.branchShortNames()
				.keySet()
				.stream()
				.anyMatch(key -> text.startsWith(key, division.end()))) {
				Division chosen = choose(division, null, found, at);
				String id = chosen == null ? null : placeId(chosen, where);
				if (id != null) {
					places.add(new Mention(id, Kind.REGION, division.printed(), at, division.end()));
				}
			}
		}
		for (Mention mention : places) {
			for (var entry : vocabulary.branchShortNames().entrySet()) {
				Mention next = found.get(mention.end());
				if (!text.startsWith(entry.getKey(), mention.end())
						|| next != null && next.end() != mention.end() + entry.getKey().length()) {
					continue; // 吉林联通: 联通 may be a known name itself; 湖北移动互联网… is no
								// branch
				}
				String name = text.substring(mention.start(), mention.end() + entry.getKey().length());
				Optional<Mention> known = gazetteer.lookup(name);
				String id;
				if (known.isPresent() && known.get().end() == name.length()) {
					id = known.get().id();
				}
				else {
					String group = gazetteer.lookup(entry.getValue())
						.filter(m -> m.kind() == Kind.COMPANY)
						.map(Mention::id)
						.orElseGet(() -> candidates.company(entry.getValue(), null, null, where));
					id = candidates.company(name, group, mention.id(), where);
				}
				found.remove(mention.end());
				replaceInside(found, mention.start(), mention.end() + entry.getKey().length(),
						new Mention(id, Kind.COMPANY, name, mention.start(), mention.end() + entry.getKey().length()));
				break;
			}
		}
	}

	// ---- business units as the subject of a sentence: 百度云在长沙市上线…

	private void businessUnits(String text, String where, TreeMap<Integer, Mention> found) {
		for (Mention mention : List.copyOf(found.values())) {
			boolean opensClause = mention.start() == 0
					|| SENTENCE_PUNCTUATION.indexOf(text.charAt(mention.start() - 1)) >= 0;
			if (mention.kind() != Kind.COMPANY || !opensClause) {
				continue;
			}
			String name = null;
			int end = -1;
			// 百度云, 京东数字科技: the group's name, up to four characters and a unit word, then
			// the sentence goes on
			for (int gap = 0; gap <= 4 && name == null; gap++) {
				for (String unit : vocabulary.businessUnitWords()) {
					int unitAt = mention.end() + gap;
					end = unitAt + unit.length();
					String between = text.substring(mention.end(), Math.min(unitAt, text.length()));
					if (end < text.length() && text.startsWith(unit, unitAt)
							&& between.codePoints().allMatch(Character::isLetter)
							&& vocabulary.notInNames().stream().noneMatch(text.substring(mention.end(), end)::contains)
							&& Vocabulary.startsWithAny(text.substring(end), vocabulary.afterAName())
							&& !overlapsAny(found, mention.end(), end)) {
						name = text.substring(mention.start(), end);
						break;
					}
				}
			}
			if (name != null) {
				String unitName = name;
				String id = gazetteer.lookup(unitName)
					.filter(m -> m.end() == unitName.length() && m.kind() == Kind.COMPANY)
					.map(Mention::id)
					.orElseGet(() -> candidates.company(unitName, mention.id(), null, where));
				found.remove(mention.start());
				found.put(mention.start(), new Mention(id, Kind.COMPANY, name, mention.start(), end));
				// the unit named again later (启用华为云全球数据中心) is the unit, not its group
				for (Mention again : List.copyOf(found.values())) {
					if (again.id().equals(mention.id()) && again.start() > mention.start()
							&& text.startsWith(unitName, again.start())
							&& !overlapsAny(found, again.end(), again.start() + unitName.length())) {
						found.put(again.start(), new Mention(id, Kind.COMPANY, unitName, again.start(),
								again.start() + unitName.length()));
					}
				}
			}
		}
	}

	// ---- places of the national divisions that the seed does not know

	private void places(String visible, String where, String contextRegion, TreeMap<Integer, Mention> found,
			boolean venue) {
		for (int at = 0; at < visible.length(); at++) {
			if (insideAny(found, at)) {
				continue;
			}
			Divisions.Match match = divisions.at(visible, at);
			if (match == null || overlapsAny(found, match.start(), match.end())) {
				continue;
			}
			boolean fullName = match.divisions().stream().anyMatch(d -> d.name().equals(match.printed()));
			if (fullName ? match.printed().length() < 3
					: !venue && !shortNameInContext(visible, at, match.end(), found)) {
				continue;
			}
			Division division = choose(match, contextRegion, found, at);
			if (division == null) {
				continue;
			}
			String id = placeId(division, where);
			if (id != null) {
				found.put(at, new Mention(id, Kind.REGION, match.printed(), at, match.end()));
				at = match.end() - 1;
			}
		}
	}

	/**
	 * A city's short name (绍兴 for 绍兴市) counts after its province's name (浙江绍兴) or a venue
	 * word (在绍兴举行), or at a clause's start in a list of places (宜宾、泸州两市): elsewhere it
	 * may be a word.
	 */
	private boolean shortNameInContext(String text, int at, int end, Map<Integer, Mention> found) {
		boolean clauseStart = at == 0 || SENTENCE_PUNCTUATION.indexOf(text.charAt(at - 1)) >= 0;
		if (clauseStart && Vocabulary.startsWithAny(text.substring(end), vocabulary.placeListWords())) {
			return true;
		}
		boolean afterProvince = found.values()
			.stream()
			.anyMatch(m -> m.end() == at && m.kind() == Kind.REGION
					&& gazetteer.region(m.id()).map(r -> r.level().isProvinceLevel()).orElse(false));
		return afterProvince
				|| Vocabulary.endsWithAny(text.substring(Math.max(0, at - 2), at), vocabulary.venueWords());
	}

	/**
	 * Of the divisions a name may stand for, the one in the entry's province, or the only
	 * one.
	 */
	private Division choose(Divisions.Match match, String contextRegion, Map<Integer, Mention> found, int at) {
		List<Division> options = match.divisions();
		String province = found.values()
			.stream()
			.filter(m -> m.end() == at && m.kind() == Kind.REGION)
			.map(m -> m.id())
			.findFirst()
			.orElse(contextRegion);
		if (province != null) {
			Optional<Region> provinceRegion = gazetteer.province(province);
			if (provinceRegion.isPresent()) {
				List<Division> inProvince = options.stream()
					.filter(d -> provinceRegion.get().name().equals(d.provinceName()))
					.toList();
				if (!inProvince.isEmpty()) {
					options = inProvince;
				}
			}
		}
		if (options.size() > 1) {
			List<Division> cities = options.stream().filter(d -> !d.district()).toList();
			options = cities.isEmpty() ? options : cities;
		}
		return options.size() == 1 ? options.get(0) : null;
	}

	/**
	 * The region id of a division: the seed's when it knows the place, else a candidate
	 * with its chain.
	 */
	private String placeId(Division division, String where) {
		Optional<String> known = gazetteer.lookup(division.name())
			.filter(m -> m.kind() == Kind.REGION)
			.map(Mention::id);
		if (known.isPresent()) {
			return known.get();
		}
		Optional<String> province = gazetteer.lookup(division.provinceName())
			.filter(m -> m.kind() == Kind.REGION)
			.map(Mention::id);
		if (province.isEmpty()) {
			return null;
		}
		String parent = province.get();
		if (division.district() && division.cityName() != null) {
			parent = gazetteer.lookup(division.cityName())
				.filter(m -> m.kind() == Kind.REGION)
				.map(Mention::id)
				.orElseGet(() -> candidates.region(division.cityName(), RegionLevel.CITY, province.get(), where));
		}
		return candidates.region(division.name(), division.district() ? RegionLevel.DISTRICT : RegionLevel.CITY, parent,
				where, division.shortName() == null ? List.of() : List.of(division.shortName()));
	}

	private static boolean insideAny(TreeMap<Integer, Mention> found, int at) {
		var before = found.floorEntry(at);
		return before != null && before.getValue().end() > at;
	}

	private static boolean overlapsAny(TreeMap<Integer, Mention> found, int start, int end) {
		return insideAny(found, start) || !found.subMap(start, end).isEmpty();
	}

}
