package io.policygraph.importer.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.importer.reading.Gazetteer.Kind;
import io.policygraph.importer.reading.Gazetteer.Mention;

/**
 * Names of bodies the gazetteer does not know, found by their suffixes (公司, 集团, 银行, 医院, 局,
 * 厅, 委员会, 中心, 协会, 法院...). They become candidates for a curator, never a known entity.
 */
public final class CandidateFinder {

	/** A run of Chinese characters, letters and digits that ends in an organization suffix. */
	private static final Pattern NAME = Pattern.compile(
			"[\\p{IsHan}A-Za-z0-9]{2,24}?(有限公司|股份公司|公司|集团|银行|分行|医院|管理局|局|厅|委员会|委|办公室|中心|协会|学会|法院|大学|学院|研究院)");

	/** Words of phrases, not of names. */
	private static final Pattern GENERIC = Pattern.compile("所有|以上|以下|各级|级医院|第一家|该|这|将|成为|建立|建设|规范|实现|不需要|用于|就|打开|属|整合|全区|全省|全市|首批|未来");

	private static final Pattern LEGAL_FORM = Pattern.compile("有限公司|股份公司|集团|银行");

	/** Banks that are ideas, not institutions: 医疗数据银行, 时间银行. */
	private static final Pattern FIGURATIVE_BANK = Pattern.compile("(数据|时间|人才|信用|积分|血液|种子|基因|知识)银行$");

	private static final Pattern QUOTED = Pattern.compile("《[^《》]*》|“[^“”]*”");

	/** Words that start a clause and are not part of a name. */
	private static final Pattern LEADING_WORDS = Pattern
		.compile("^(近日|日前|今年|目前|近年来|随着|据|由|与|和|及|同|在|向|对|为|经|将|并|已|又|会同|联合|携手|依托|通过)+");

	/** A candidate: the name, the region its name starts with (if known), where it was found. */
	public record Candidate(String name, String regionId, int start) {
	}

	private final Gazetteer gazetteer;

	public CandidateFinder(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	/**
	 * Names start where a clause does (after punctuation, a conjunction or a known name): a suffix
	 * alone does not make a name, 现代医院 in 建立现代医院管理制度 is none. Titles (《…》) and quotes
	 * (“…”) are skipped.
	 */
	public List<Candidate> find(String text, List<Mention> known) {
		var candidates = new ArrayList<Candidate>();
		String visible = QUOTED.matcher(text).replaceAll(match -> " ".repeat(match.group().length()));
		Matcher matcher = NAME.matcher(visible);
		while (matcher.find()) {
			int start = matcher.start();
			String name = LEADING_WORDS.matcher(matcher.group()).replaceFirst("");
			start += matcher.group().length() - name.length();
			if (name.length() < 4 || !startsAClause(visible, start, known) || coveredByKnown(known, start, start + name.length())) {
				continue;
			}
			String region = null;
			int bodyStart = 0;
			for (Mention mention : gazetteer.mentions(name)) {
				if (mention.start() == bodyStart && mention.kind() == Kind.REGION && mention.end() < name.length()) {
					region = mention.id();
					bodyStart = mention.end();
				}
			}
			if (looksLikeAName(name, bodyStart, matcher.group(1))) {
				candidates.add(new Candidate(name, region, start));
			}
		}
		return candidates;
	}

	/**
	 * A body's name says where it is (陕西省XX局) or what it is in law (XX有限公司, XX集团); a phrase
	 * that merely ends in 医院 or 中心 (二级以上医院, 数据中心) is no name.
	 */
	private static boolean looksLikeAName(String name, int bodyStart, String suffix) {
		String body = name.substring(bodyStart, name.length() - suffix.length());
		if (GENERIC.matcher(name).find() || FIGURATIVE_BANK.matcher(name).find() || body.length() < 2) {
			return false;
		}
		return bodyStart > 0 || (LEGAL_FORM.matcher(suffix).matches() && name.length() >= 6);
	}

	private static boolean startsAClause(String text, int start, List<Mention> known) {
		if (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)) || "与和及同、".indexOf(text.charAt(start - 1)) >= 0) {
			return true;
		}
		return known.stream().anyMatch(mention -> mention.end() == start || mention.start() == start);
	}

	/** A name that a known entity's name covers, or that is only a known name plus a suffix, is not new. */
	private static boolean coveredByKnown(List<Mention> known, int start, int end) {
		for (Mention mention : known) {
			boolean overlaps = mention.start() < end && start < mention.end();
			boolean knownEndsIt = mention.end() >= end - 1;
			if (overlaps && mention.kind() != Kind.REGION && knownEndsIt) {
				return true;
			}
			if (mention.start() <= start && mention.end() >= end) {
				return true;
			}
		}
		return false;
	}

}
