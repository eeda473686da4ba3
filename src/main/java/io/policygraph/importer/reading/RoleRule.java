package io.policygraph.importer.reading;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.policygraph.graph.ActorRole;
import io.policygraph.importer.reading.Gazetteer.Kind;
import io.policygraph.importer.reading.Gazetteer.Mention;

/**
 * The rules that give the bodies of an entry their roles, in the order of their priority
 * (lower first). Rules for the whole entry run in that order; the rules for one party
 * (marked {@code perParty}) are tried on each party in turn, and the first that decides
 * gives its role. A body keeps the first role it is given. Each role carries the name of
 * the rule that gave it ({@code import --explain} prints them). The conventions behind
 * them are written at the top of {@code graph-seed/reports/2018-11/initiatives.yaml}; the
 * words they read are in {@code graph-seed/vocabulary.yaml}. Each rule has an example
 * sentence and the roles it gives there, checked by {@code RoleRuleTest}.
 */
public enum RoleRule {

	/**
	 * Section 三: the row's company leads through the subsidiaries and branches the entry
	 * names (not those it creates: 成立智慧家庭分公司 is the entry's object).
	 */
	COMPANY_UNITS_LEAD(10, false, 3, "tencent", "腾讯云与腾讯公司共同推出云启产业计划。", "tencent-cloud:LEAD") {
		@Override
		void apply(EntryContext entry) {
			if (entry.section != 3) {
				return;
			}
			entry.parties.stream()
				.filter(m -> m.kind() == Kind.COMPANY && entry.gazetteer.isSubsidiaryOf(m.id(), entry.rowId))
				.forEach(m -> entry.assign(m.id(), ActorRole.LEAD, this));
		}
	},

	/** Section 三: otherwise the row's company leads. */
	ROW_COMPANY_LEADS(11, false, 3, "huawei", "在长沙市发布新一代云平台。", "huawei:LEAD") {
		@Override
		void apply(EntryContext entry) {
			if (entry.section == 3 && entry.actors.isEmpty()) {
				entry.assign(entry.rowId, ActorRole.LEAD, this);
			}
		}
	},

	/** Section 一: the bodies heading the row issue the entry's document, or lead. */
	ROW_HEADS_ACT(20, false, 1, "miit", "工信部发布《关于持续加大网络精准扶贫工作力度的通知》。", "miit:ISSUER") {
		@Override
		void apply(EntryContext entry) {
			if (entry.section == 1) {
				entry.coHeads.forEach(id -> entry.assign(id, entry.acting, this));
				entry.assign(entry.rowId, entry.acting, this);
			}
		}
	},

	/**
	 * Section 一: ministries listed with the row's as the subject act with it
	 * (国家网信办、工信部联合印发).
	 */
	JOINT_MINISTRIES_ACT(21, false, 1, "cac", "国家网信办、工信部联合印发《关于加快推进网络扶贫的指导意见》。", "miit:ISSUER") {
		@Override
		void apply(EntryContext entry) {
			if (entry.section == 1) {
				entry.jointSubjects(entry.mentions)
					.stream()
					.filter(m -> m.kind() == Kind.MINISTRY)
					.forEach(m -> entry.assign(m.id(), entry.acting, this));
			}
		}
	},

	/** Section 二: the body after 由 does it (由X牵头, 由X与Y联合举办). */
	AGENT_ACTS(30, false, 2, "ningxia", "宁夏企业上云专项工程由自治区工业和信息化厅牵头。", "ningxia-industry-it-department:LEAD") {
		@Override
		void apply(EntryContext entry) {
			if (entry.section == 2 && entry.actors.isEmpty()) {
				// 由X…制定的《…》: X issues; …印发《…》，由X牵头: X does its part
				entry.agent.ifPresent(agent -> entry.assign(agent.id(),
						agent.start() < entry.issuingSentenceEnd() ? entry.acting : ActorRole.LEAD, this));
			}
		}
	},

	/**
	 * Section 二, no body named: the places listed as the subject act (福州、厦门两市同步上线…), else
	 * the most specific place of the row that the entry names (not as a venue), else the
	 * row's region.
	 */
	REGION_ACTS_ALONE(31, false, 2, "henan", "郑州市按照国务院要求，将企业开办时间压缩至3个工作日。", "zhengzhou:LEAD") {
		@Override
		void apply(EntryContext entry) {
			if (entry.section != 2 || !entry.actors.isEmpty() || !entry.parties.isEmpty()
					|| !entry.governments.isEmpty()) {
				return;
			}
			List<Mention> places = entry.jointSubjects(entry.mentions)
				.stream()
				.filter(m -> m.kind() == Kind.REGION && entry.gazetteer.isWithin(m.id(), entry.rowId)
						&& !m.id().equals(entry.rowId))
				.toList();
			if (places.size() > 1) {
				places.forEach(place -> entry.assign(place.id(), entry.acting, this));
			}
			else {
				entry.assign(PlaceRule.subjectPlace(entry), entry.acting, this);
			}
		}
	},

	/**
	 * Section 二: the region that opens the entry leads when it works with the next party
	 * (江西省与阿里巴巴 蚂蚁金服合作) or when no other body is named in its sentence.
	 */
	OPENING_REGION_LEADS(32, false, 2, "jiangxi", "江西省与阿里巴巴蚂蚁金服合作，100余项政务服务事项可实现掌上办。", "jiangxi:LEAD") {
		@Override
		void apply(EntryContext entry) {
			if (entry.section == 2 && entry.actors.isEmpty() && entry.governments.isEmpty()) {
				openingRegion(entry).ifPresent(region -> entry.assign(region, entry.acting, this));
			}
		}
	},

	/**
	 * A region's government named before any other party acts as the region
	 * (湖北省人民政府办公厅发布…).
	 */
	GOVERNMENT_ACTS(33, false, 2, "hubei", "湖北省人民政府办公厅发布《关于复制推广跨境电子商务综合试验区成熟经验做法的实施意见》。", "hubei:ISSUER") {
		@Override
		void apply(EntryContext entry) {
			if (governmentFirst(entry)) {
				entry.governments.forEach(id -> entry.assign(id, entry.acting, this));
			}
		}
	},

	/**
	 * Section 一: other ministries in a ministry's row are background (党中央、国务院关于…), not
	 * actors.
	 */
	OTHER_MINISTRIES_ARE_BACKGROUND(39, true, 1, "state-council-general-office",
			"国务院办公厅就开展政府网站集约化试点等工作，印发《政府网站集约化试点工作方案》，国务院要求各地推进。", "state-council:NONE") {
		@Override
		boolean excludes(EntryContext entry, Mention party) {
			return entry.section == 1 && party.kind() == Kind.MINISTRY
					|| entry.section == 3 && entry.gazetteer.isSubsidiaryOf(party.id(), entry.rowId);
		}
	},

	/**
	 * Sections 二 and 三: a ministry named beside the actors takes part (成为交通运输部…示范项目,
	 * 获得工信部颁发的 牌照), unless it is the other party of a cooperation (与国家税务总局签署).
	 */
	MINISTRY_TAKES_PART(40, true, 2, "guizhou", "贵州通村村APP成为交通运输部农村客运智能化应用唯一示范项目。", "mot:PARTICIPANT") {
		@Override
		Optional<ActorRole> decide(EntryContext entry, Mention party) {
			boolean counterpart = Vocabulary.endsWithAny(entry.text.substring(0, party.start()),
					entry.vocabulary.joinsNext());
			return entry.section != 1 && party.kind() == Kind.MINISTRY && !entry.actors.isEmpty() && !counterpart
					? Optional.of(ActorRole.PARTICIPANT) : Optional.empty();
		}
	},

	/**
	 * The first party when nobody acts yet does it: ISSUER of the document it issues,
	 * else LEAD.
	 */
	FIRST_PARTY_ACTS(41, true, 2, "henan", "河南省公安厅表示，河南公安便民服务平台注册用户3122万多人。", "henan-public-security-department:LEAD") {
		@Override
		Optional<ActorRole> decide(EntryContext entry, Mention party) {
			if (!entry.actors.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(entry.issues && party.kind() != Kind.COMPANY ? ActorRole.ISSUER : ActorRole.LEAD);
		}
	},

	/**
	 * A body (not a company) named beside the issuer of a document, in the sentence that
	 * issues it, issues it too (省商务厅、省财政厅联合印发《…》).
	 */
	CO_ISSUERS(44, true, 2, "hebei", "省商务厅、省财政厅联合印发《河北省2018年电子商务进农村综合示范工作方案》。", "hebei-finance-department:ISSUER") {
		@Override
		Optional<ActorRole> decide(EntryContext entry, Mention party) {
			return entry.issues && party.kind() != Kind.COMPANY && entry.section != 3
					&& entry.anyActorIs(ActorRole.ISSUER) && party.start() < entry.issuingSentenceEnd()
							? Optional.of(ActorRole.ISSUER) : Optional.empty();
		}
	},

	/**
	 * The body after 由 does its part beside the issuers of a document (…印发《…》，由市工信局牵头落实).
	 */
	AGENT_LEADS_BESIDE_ISSUERS(42, true, 1, "nhc", "国家卫健委印发《关于开展互联网医院建设试点工作的通知》，由江苏省人民医院牵头试点。",
			"jiangsu-province-hospital:LEAD") {
		@Override
		Optional<ActorRole> decide(EntryContext entry, Mention party) {
			return !entry.actors.isEmpty() && entry.agent.filter(agent -> agent.id().equals(party.id())).isPresent()
					? Optional.of(ActorRole.LEAD) : Optional.empty();
		}
	},

	/**
	 * A body that opens a later sentence with a cooperation of its own leads it
	 * (…；同日，厦门市工信局与中国联通 厦门市分公司签署…).
	 */
	OPENER_OF_A_NEW_COOPERATION_LEADS(43, true, 2, "tianjin", "天津市国土房管局发布《不动产登记一窗受理工作方案》。同日，南开医院与阿里健康签署合作协议。",
			"tianjin-nankai-hospital:LEAD") {
		@Override
		Optional<ActorRole> decide(EntryContext entry, Mention party) {
			boolean later = party.start() > entry.issuingSentenceEnd() || !entry.issues && party.start() > 0;
			return later && entry.opensClauseOfNewSentence(party) && entry.joinsNext(party)
					? Optional.of(ActorRole.LEAD) : Optional.empty();
		}
	},

	/**
	 * Section 二: bodies listed together as the subject act alike (西安市人社局、铜川市人社局先后上线…).
	 */
	JOINT_SUBJECTS_ACT_ALIKE(45, true, 2, "shaanxi", "西安市人社局、铜川市人社局先后上线网上社保服务。", "tongchuan-hrss-bureau:LEAD") {
		@Override
		Optional<ActorRole> decide(EntryContext entry, Mention party) {
			if (entry.section != 2 || entry.jointSubjects.size() < 2 || !entry.jointSubjects.contains(party)) {
				return Optional.empty();
			}
			EntryContext.Assigned first = entry.actors.get(entry.jointSubjects.get(0).id());
			return Optional.of(first == null ? entry.acting : first.role());
		}
	},

	/**
	 * Section 二, no cooperation: each body that opens a sentence does its own part
	 * (…；铜川市人社局推出…).
	 */
	SENTENCE_OPENERS_ACT(46, true, 2, "shaanxi", "西安市人社局组织确认迁移要素。铜川市人社局推出手机APP。", "tongchuan-hrss-bureau:LEAD") {
		@Override
		Optional<ActorRole> decide(EntryContext entry, Mention party) {
			return entry.section == 2 && !entry.cooperation && entry.opensSentence(party.start())
					? Optional.of(entry.acting) : Optional.empty();
		}
	},

	/** In an entry of cooperation, the other parties are partners (华为与武汉市签署…: 武汉市). */
	COOPERATION_PARTNERS(47, true, 2, "hubei", "华为与武汉市签署智慧交通合作协议。", "wuhan:PARTNER") {
		@Override
		Optional<ActorRole> decide(EntryContext entry, Mention party) {
			return entry.cooperation ? Optional.of(ActorRole.PARTNER) : Optional.empty();
		}
	},

	/** Any other body named takes part (获批国家远程医疗与互联网医学中心协作单位). */
	OTHERS_TAKE_PART(48, true, 2, "jiangsu", "江苏省人民医院获批国家远程医疗与互联网医学中心协作单位。",
			"national-telemedicine-center:PARTICIPANT") {
		@Override
		Optional<ActorRole> decide(EntryContext entry, Mention party) {
			return Optional.of(ActorRole.PARTICIPANT);
		}
	},

	/**
	 * A government named after the acting party works with it, or co-issues its document
	 * (与湖北省政府签署).
	 */
	LATER_GOVERNMENTS_PARTNER(50, false, 3, "xiaomi", "小米与湖北省政府签署战略合作协议。", "hubei:PARTNER") {
		@Override
		void apply(EntryContext entry) {
			if (!governmentFirst(entry)) {
				entry.governments
					.forEach(id -> entry.assign(id, entry.issues ? ActorRole.ISSUER : ActorRole.PARTNER, this));
			}
		}
	},

	/**
	 * A company whose app carries the service takes part (在支付宝上线); one named only as a
	 * way to pay does not.
	 */
	CHANNELS_TAKE_PART(51, false, 2, "gansu", "兰州市公积金查询等20项服务在支付宝上线。", "ant-financial:PARTICIPANT") {
		@Override
		void apply(EntryContext entry) {
			entry.channels.stream()
				.filter(channel -> !entry.paymentOnly(channel))
				.forEach(channel -> entry.assign(channel.id(), ActorRole.PARTICIPANT, this));
		}
	};

	/**
	 * An example of the rule: an entry, and one role the rule gives there
	 * ({@code id:ROLE}).
	 */
	public record Example(int section, String rowId, String text, String gives) {
	}

	private final int priority;

	private final boolean perParty;

	private final Example example;

	RoleRule(int priority, boolean perParty, int section, String rowId, String text, String gives) {
		this.priority = priority;
		this.perParty = perParty;
		this.example = new Example(section, rowId, text, gives);
	}

	/** Lower runs first. */
	public int priority() {
		return priority;
	}

	/** Whether the rule decides one party at a time (else it reads the whole entry). */
	public boolean perParty() {
		return perParty;
	}

	public Example example() {
		return example;
	}

	/** The rule's name as the review prints it: {@code first-party-acts}. */
	public String ruleName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** A whole-entry rule: gives roles through {@link EntryContext#assign}. */
	void apply(EntryContext entry) {
	}

	/**
	 * A per-party rule: the party's role when the rule decides it, empty when the rule
	 * does not apply.
	 */
	Optional<ActorRole> decide(EntryContext entry, Mention party) {
		return Optional.empty();
	}

	/** A per-party rule that decides a party gets no role at all (it is background). */
	boolean excludes(EntryContext entry, Mention party) {
		return false;
	}

	/** The rules, by priority: sorted once, not for every entry. */
	private static final class Ordered {

		static final List<RoleRule> RULES = Arrays.stream(values())
			.sorted(Comparator.comparingInt(RoleRule::priority))
			.toList();

		static final List<RoleRule> PER_PARTY = RULES.stream().filter(RoleRule::perParty).toList();

	}

	/** The rules, by priority. */
	static List<RoleRule> byPriority() {
		return Ordered.RULES;
	}

	/**
	 * Runs every rule on the entry: whole-entry rules in order, the per-party ones on
	 * each party where they stand.
	 */
	static void readRoles(EntryContext entry) {
		boolean partiesRead = false;
		List<RoleRule> rules = byPriority();
		for (RoleRule rule : rules) {
			if (!rule.perParty()) {
				rule.apply(entry);
			}
			else if (!partiesRead) {
				partiesRead = true;
				List<RoleRule> perParty = Ordered.PER_PARTY;
				for (Mention party : entry.parties) {
					if (entry.hasActor(party.id())) {
						continue;
					}
					for (RoleRule partyRule : perParty) {
						if (partyRule.excludes(entry, party)) {
							break;
						}
						Optional<ActorRole> role = partyRule.decide(entry, party);
						if (role.isPresent()) {
							entry.assign(party.id(), role.get(), partyRule);
							break;
						}
					}
				}
			}
		}
	}

	private static boolean governmentFirst(EntryContext entry) {
		if (entry.governments.isEmpty()) {
			return false;
		}
		String name = entry.entity(entry.governments.get(0)).name();
		int at = entry.text.indexOf(name.substring(0, Math.min(2, name.length())));
		return entry.parties.isEmpty() || at < entry.parties.get(0).start();
	}

	/**
	 * The region an entry opens with (湖北省孝感市…: 孝感市), before any other party, when it
	 * acts: when it works with the next party, or when no other body is named in its
	 * sentence.
	 */
	private static Optional<String> openingRegion(EntryContext entry) {
		String opening = null;
		int end = 0;
		for (Mention mention : entry.mentions) {
			if (mention.kind() != Kind.REGION || mention.start() > end + 1
					|| (!entry.parties.isEmpty() && entry.parties.get(0).start() < mention.start())) {
				break;
			}
			if (entry.gazetteer.isWithin(mention.id(), entry.rowId)) {
				opening = mention.id();
			}
			end = mention.end();
		}
		int sentenceEnd = entry.sentenceEnd(end);
		boolean joins = Vocabulary.startsWithAny(entry.text.substring(end), entry.vocabulary.joinsNext());
		final String subject = opening;
		boolean alone = entry.parties.stream()
			.noneMatch(party -> party.kind() != Kind.MINISTRY && party.start() < sentenceEnd
					&& !party.id().equals(subject));
		return opening != null && (joins || alone) ? Optional.of(opening) : Optional.empty();
	}

}
