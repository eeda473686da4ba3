package io.policygraph.importer.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.policygraph.graph.ActorRole;
import io.policygraph.importer.reading.Gazetteer.Kind;
import io.policygraph.importer.reading.Gazetteer.Mention;
import io.policygraph.seed.SeedRecords.Named;
import io.policygraph.seed.SeedRecords.Region;

/**
 * One entry as the rules see it: its section, row and text, the bodies and places it
 * names (known and new), what the vocabulary says of the words around them (titles
 * issued, cooperation, background, channels, governments, the agent, joint subjects), and
 * the roles given so far, each with the rule that gave it. Built once per entry; the
 * rules only read it and assign roles.
 */
final class EntryContext {

	/** A role and the rule that gave it. */
	record Assigned(ActorRole role, String rule) {
	}

	/** The sentence ends the rules know. */
	static final String SENTENCE_ENDS = "。；;！!？?";

	/** 《…》 titles; back-references such as 《通知》 or 《实施意见》 name no new document. */
	static final Pattern TITLE = Pattern.compile("《([^《》]{6,120})》");

	final int section;

	final String rowId;

	final List<String> coHeads;

	final String text;

	final Gazetteer gazetteer;

	final Vocabulary vocabulary;

	/** Bodies, places and summits the text names, left to right. */
	final List<Mention> mentions;

	/** Documents the entry says were issued. */
	final List<String> titles;

	final boolean issues;

	/** ISSUER when the entry issues a document, else LEAD. */
	final ActorRole acting;

	/**
	 * Whether parties work together: a word of cooperation outside any name, or two names
	 * joined by 和/同.
	 */
	final boolean cooperation;

	/**
	 * Companies, organizations and ministries named, except as background (按照国务院要求) or as
	 * what the entry creates.
	 */
	List<Mention> named;

	/** Companies named as the channel of a service (通过支付宝). */
	final List<Mention> channels;

	/**
	 * The named bodies that are not channels, and the regions named as the other party
	 * (与武汉市签署).
	 */
	final List<Mention> parties;

	/** Regions whose government is named (湖北省人民政府, 省政府 in a region's row). */
	final List<String> governments;

	/** The body after 由 (由X牵头). */
	final Optional<Mention> agent;

	/** The names the entry opens with, listed with 、: 西安市人社局、铜川市人社局. */
	final List<Mention> jointSubjects;

	final Map<String, Assigned> actors = new LinkedHashMap<>();

	EntryContext(int section, String rowId, List<String> coHeads, String text, List<Mention> mentions,
			Gazetteer gazetteer, Vocabulary vocabulary) {
		this.section = section;
		this.rowId = rowId;
		this.coHeads = coHeads;
		this.text = text;
		this.gazetteer = gazetteer;
		this.vocabulary = vocabulary;
		this.mentions = mentions;
		this.titles = announcedTitles(text, vocabulary);
		this.issues = !titles.isEmpty();
		this.acting = issues ? ActorRole.ISSUER : ActorRole.LEAD;
		this.cooperation = cooperation();
		// what the entry creates where it first names it (成立智慧家庭分公司，智慧家庭分公司成立后…) is its
		// object throughout
		var firstMentions = new LinkedHashMap<String, Mention>();
		mentions.forEach(m -> firstMentions.putIfAbsent(m.id(), m));
		Set<String> created = firstMentions.values()
			.stream()
			.filter(this::created)
			.map(Mention::id)
			.collect(Collectors.toSet());
		List<Mention> named = mentions.stream()
			.filter(m -> m.kind() == Kind.COMPANY || m.kind() == Kind.ORGANIZATION || m.kind() == Kind.MINISTRY)
			.filter(m -> !background(m) && !created.contains(m.id()))
			.toList();
		// 工行北京市分行…在工行网点: the group named after its own branch or unit is that party again
		this.named = named.stream()
			.filter(m -> m.id().equals(rowId) || named.stream()
				.noneMatch(unit -> unit.start() < m.start() && gazetteer.ancestors(unit.id()).contains(m.id())))
			.toList();
		this.channels = section == 3 ? List.of() : channels();
		this.governments = governments();
		var parties = new ArrayList<Mention>();
		for (Mention mention : mentions) {
			if (this.named.contains(mention) && !channels.contains(mention) || counterpartRegion(mention)) {
				parties.add(mention);
			}
		}
		this.parties = List.copyOf(parties);
		this.agent = parties.stream()
			.filter(m -> m.start() > 0 && Vocabulary.endsWithAny(text.substring(0, m.start()), vocabulary.agentWords()))
			.findFirst();
		// 南昌市人民政府办公室、南昌市行政审批局联合…: a government listed with the bodies acts alike
		this.jointSubjects = jointSubjects(mentions.stream()
			.filter(m -> this.parties.contains(m) || m.kind() == Kind.REGION && governments.contains(m.id()))
			.toList());
	}

	/** Gives a role unless the body has one already; true when it was given. */
	boolean assign(String id, ActorRole role, RoleRule rule) {
		return actors.putIfAbsent(id, new Assigned(role, rule.ruleName())) == null;
	}

	boolean hasActor(String id) {
		return actors.containsKey(id);
	}

	boolean anyActorIs(ActorRole role) {
		return actors.values().stream().anyMatch(a -> a.role() == role);
	}

	/** Titles of documents the entry says were issued. */
	static List<String> announcedTitles(String text, Vocabulary vocabulary) {
		if (vocabulary.issuingVerbs().stream().noneMatch(text::contains)) {
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

	private boolean cooperation() {
		var outsideNames = new StringBuilder(text);
		for (Mention mention : mentions) {
			for (int i = mention.start(); i < mention.end(); i++) {
				outsideNames.setCharAt(i, '□');
			}
		}
		String outside = outsideNames.toString();
		if (vocabulary.cooperationWords().stream().anyMatch(outside::contains)) {
			return true;
		}
		for (int i = 1; i < mentions.size(); i++) {
			if (vocabulary.joiningWords().contains(between(mentions.get(i - 1), mentions.get(i)))) {
				return true;
			}
		}
		return false;
	}

	/** Named right after 按照, 根据, 贯彻落实…: the background of the entry, not an actor. */
	boolean background(Mention mention) {
		return Vocabulary.endsWithAny(text.substring(Math.max(0, mention.start() - 4), mention.start()),
				vocabulary.backgroundWords());
	}

	/**
	 * Named right after 成立, 共建, 启用… as the whole object (成立智慧家庭分公司，): what the entry
	 * creates or builds, not an actor. In 共建京东智能产业园 the firm only names the park.
	 */
	private boolean created(Mention mention) {
		boolean afterCreation = Vocabulary
			.endsWithAny(text.substring(Math.max(0, mention.start() - 4), mention.start()), vocabulary.creationWords());
		boolean wholeObject = mention.end() >= text.length() || !Character.isLetterOrDigit(text.charAt(mention.end()))
				|| Vocabulary.startsWithAny(text.substring(mention.end()), vocabulary.afterAName());
		return afterCreation && wholeObject;
	}

	/**
	 * Companies named as the channel of a service: 通过支付宝, 在支付宝上线, the names listed after
	 * one (、微信), and a company's product platform (微信小程序, 支付宝城市服务).
	 */
	private List<Mention> channels() {
		var channels = new ArrayList<Mention>();
		Mention previous = null;
		for (Mention party : named) {
			boolean listedAfterChannel = previous != null && channels.contains(previous)
					&& vocabulary.alternativeWords().contains(between(previous, party));
			boolean afterChannelWord = Vocabulary
				.endsWithAny(text.substring(Math.max(0, party.start() - 2), party.start()), vocabulary.channelWords());
			boolean platform = Vocabulary.startsWithAny(text.substring(party.end()), vocabulary.channelPlatformWords());
			if (party.kind() == Kind.COMPANY && (listedAfterChannel || afterChannelWord || platform)) {
				channels.add(party);
			}
			previous = party;
		}
		return channels;
	}

	/**
	 * A channel named only as a way to pay (通过支付宝、微信等方式缴费), judged by what follows its
	 * list.
	 */
	boolean paymentOnly(Mention channel) {
		Mention last = channel;
		for (Mention next : channels) {
			if (next.start() >= last.end() && vocabulary.alternativeWords().contains(between(last, next))) {
				last = next;
			}
		}
		String after = text.substring(last.end());
		// 通过微信、支付宝或招商银行App缴费: the rest of the list of ways, then what they are for
		while (Vocabulary.startsWithAny(after, vocabulary.alternativeWords())) {
			String rest = after.substring(1);
			int next = 1;
			while (next < rest.length() && next <= 12
					&& !Vocabulary.startsWithAny(rest.substring(next), vocabulary.alternativeWords())
					&& vocabulary.paymentWords().stream().noneMatch(rest.substring(next)::startsWith)
					&& "，。；,;".indexOf(rest.charAt(next)) < 0) {
				next++;
			}
			after = rest.substring(Math.min(next, rest.length()));
		}
		int clauseEnd = indexOfAny(after, "，。；,;");
		String clause = clauseEnd < 0 ? after : after.substring(0, clauseEnd);
		return vocabulary.paymentWords()
			.stream()
			.anyMatch(word -> clause.indexOf(word) >= 0 && clause.indexOf(word) <= 8);
	}

	/**
	 * 人民政府, 政府, 办公厅 after a region's name, or 市政府/省政府 alone in a region's row: the region
	 * itself acts.
	 */
	private List<String> governments() {
		var governments = new ArrayList<String>();
		for (Mention mention : mentions) {
			boolean government = Vocabulary.endsWithAny(mention.name(), vocabulary.governmentForms())
					|| Vocabulary.startsWithAny(text.substring(mention.end()), vocabulary.governmentForms());
			if (mention.kind() == Kind.REGION && government && !background(mention)) {
				governments.add(mention.id());
			}
		}
		// 省政府, 市政府办公厅 alone, at the start of the entry or of a list: the row's own
		// government
		if (section == 2 && governments.isEmpty()
				&& Pattern.compile("(^|[、，,])(省|市|区|自治区)" + Vocabulary.anyOf(vocabulary.governmentForms()))
					.matcher(text)
					.find()) {
			governments.add(rowId);
		}
		return governments.stream().distinct().toList();
	}

	/**
	 * A region named as the other party, without 政府 (华为与武汉市签署): right after a joining
	 * word and not the start of a longer name (与陕西省西安市食品药品监督管理局 names the bureau).
	 */
	private boolean counterpartRegion(Mention mention) {
		if (mention.kind() != Kind.REGION || background(mention) || mention.start() == 0
				|| Vocabulary.endsWithAny(mention.name(), vocabulary.governmentForms())) {
			return false; // a government is read by the government rules
		}
		// 与天津市滨海新区: the last place of a chain of places is the party
		int chainStart = mention.start();
		for (Mention before : mentions) {
			if (before.kind() == Kind.REGION && before.end() == chainStart) {
				chainStart = before.start();
			}
		}
		boolean afterJoining = Vocabulary.endsWithAny(text.substring(Math.max(0, chainStart - 2), chainStart),
				vocabulary.joinsNext());
		boolean nameGoesOn = mentions.stream().anyMatch(m -> m.start() == mention.end())
				|| Vocabulary.startsWithAny(text.substring(mention.end()), vocabulary.governmentForms());
		return afterJoining && !nameGoesOn;
	}

	/**
	 * The names an entry opens with, listed with 、 (or 及): 西安市人社局、铜川市人社局先后上线…. A subject
	 * of one name is no list; 与 and 和 join partners, not a joint subject.
	 */
	List<Mention> jointSubjects(List<Mention> among) {
		var subjects = new ArrayList<Mention>();
		for (Mention mention : among) {
			boolean listed = subjects.isEmpty() ? mention.start() == 0 : vocabulary.listingWords()
				.contains(withoutGovernmentForm(between(subjects.get(subjects.size() - 1), mention)));
			if (!listed) {
				break;
			}
			subjects.add(mention);
		}
		return subjects;
	}

	/**
	 * What is left of the text after a region's name once its government's form is read
	 * (人民政府办公室、 -> 、).
	 */
	private String withoutGovernmentForm(String between) {
		for (String form : vocabulary.governmentForms().stream().sorted((a, b) -> b.length() - a.length()).toList()) {
			if (between.startsWith(form)) {
				return between.substring(form.length());
			}
		}
		return between;
	}

	/** The text between two mentions, empty when they touch or overlap. */
	String between(Mention before, Mention after) {
		return text.substring(before.end(), Math.max(before.end(), after.start()));
	}

	int sentenceEnd(int from) {
		for (int i = from; i < text.length(); i++) {
			if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return text.length();
	}

	/**
	 * Where the sentence that issues the entry's first document ends (the text's length
	 * when none does).
	 */
	int issuingSentenceEnd() {
		if (!issues) {
			return -1;
		}
		int title = text.indexOf("《" + titles.get(0));
		return sentenceEnd(Math.max(0, title));
	}

	/**
	 * The first body named in a later sentence, after at most a short opening phrase
	 * (同日，, 此外，).
	 */
	boolean opensClauseOfNewSentence(Mention party) {
		int start = party.start();
		while (start > 0 && SENTENCE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
			start--;
		}
		if (start == 0) {
			return false;
		}
		int sentenceStart = start;
		String before = text.substring(sentenceStart, party.start());
		boolean firstNamed = mentions.stream().noneMatch(m -> m.start() >= sentenceStart && m.start() < party.start());
		return firstNamed && before.length() <= 6 && (before.isEmpty() || before.endsWith("，") || before.endsWith(","));
	}

	/** Whether a joining word (与, 携手…) follows the body: it works with the next party. */
	boolean joinsNext(Mention party) {
		return Vocabulary.startsWithAny(text.substring(party.end()), vocabulary.joinsNext());
	}

	boolean opensSentence(int start) {
		return start == 0 || SENTENCE_ENDS.indexOf(text.charAt(start - 1)) >= 0;
	}

	/** Named after 在 or 于: a venue (在兰州市举行), not the subject. */
	boolean isVenue(Mention mention) {
		return mention.start() > 0 && Vocabulary
			.endsWithAny(text.substring(Math.max(0, mention.start() - 1), mention.start()), vocabulary.venueWords());
	}

	boolean isCompany(String id) {
		return gazetteer.kindOf(id) == Kind.COMPANY;
	}

	/** How deep a region lies below its province (0 for a province-level region). */
	int depth(String regionId) {
		int depth = 0;
		Optional<Region> region = gazetteer.region(regionId);
		while (region.isPresent() && region.get().partOf() != null && depth < 10) {
			depth++;
			region = gazetteer.region(region.get().partOf());
		}
		return depth;
	}

	Named entity(String id) {
		return gazetteer.entity(id);
	}

	private static int indexOfAny(String text, String characters) {
		for (int i = 0; i < text.length(); i++) {
			if (characters.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

}
