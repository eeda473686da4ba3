package io.policygraph.importer.reading;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.policygraph.importer.reading.Gazetteer.Kind;
import io.policygraph.importer.reading.Gazetteer.Mention;
import io.policygraph.seed.SeedRecords.Company;
import io.policygraph.seed.SeedRecords.Organization;

/**
 * The rules that place an entry: the most specific place it happens in (the region of
 * {@code IN_REGION}), as the conventions of the curated seed say. The first that applies
 * decides; the place carries the rule's name as its reason. Each has an example checked
 * by {@code PlaceRuleTest}.
 */
public enum PlaceRule {

	/**
	 * Section 二: an entry about several places of the province is the province's
	 * (宜昌、枝江、黄陂…).
	 */
	SEVERAL_PLACES_ARE_THE_PROVINCE("hubei", "湖北五方面发力推动医改，探索了宜昌分级诊疗、枝江医共体建设、黄陂健康管理等模式。", "hubei"),

	/**
	 * Section 二: an entry about the whole province (全省, 全区) is the province's, unless it
	 * names a venue.
	 */
	WHOLE_PROVINCE("gansu", "甘肃省卫生健康委召开全省电子健康卡项目建设协调会。", "gansu"),

	/**
	 * The most specific place named, or where a named body sits (江苏省人医 in 南京), or where a
	 * named summit is held; in section 二 only places within the row's region.
	 */
	MOST_SPECIFIC_PLACE("jiangsu", "江苏省人民医院互联网医院开通。", "nanjing"),

	/** Section 二: otherwise the row's region. */
	ROW_REGION("hunan", "湖南省表示11月底前完成县市区与省级平台对接。", "hunan");

	/**
	 * A place and the rule that gave it; both null when the entry names no place
	 * (sections 一 and 三).
	 */
	public record Placed(String region, PlaceRule rule) {
	}

	private final String exampleRow;

	private final String exampleText;

	private final String exampleRegion;

	PlaceRule(String exampleRow, String exampleText, String exampleRegion) {
		this.exampleRow = exampleRow;
		this.exampleText = exampleText;
		this.exampleRegion = exampleRegion;
	}

	/** The example: a section 二 entry of this row. */
	public String exampleRow() {
		return exampleRow;
	}

	public String exampleText() {
		return exampleText;
	}

	/** The region the rule gives in its example. */
	public String exampleRegion() {
		return exampleRegion;
	}

	/** The rule's name as the review prints it: {@code most-specific-place}. */
	public String ruleName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Where the entry happened, by the first rule that applies. */
	static Placed place(EntryContext entry) {
		String best = entry.section == 2 ? entry.rowId : null;
		int bestDepth = best == null ? -1 : entry.depth(best);
		Set<String> places = new LinkedHashSet<>();
		for (Mention mention : entry.mentions) {
			String region = regionOf(entry, mention);
			if (region == null || (entry.section == 2 && !entry.gazetteer.isWithin(region, entry.rowId))) {
				continue;
			}
			int depth = entry.depth(region);
			if (depth > 0) {
				places.add(region);
			}
			if (depth > bestDepth) {
				best = region;
				bestDepth = depth;
			}
		}
		if (entry.section == 2 && severalPlaces(entry, places)) {
			return new Placed(entry.rowId, SEVERAL_PLACES_ARE_THE_PROVINCE);
		}
		boolean venue = entry.mentions.stream().anyMatch(m -> m.kind() == Kind.REGION && entry.isVenue(m));
		if (entry.section == 2 && !venue && wholeProvince(entry)) {
			return new Placed(entry.rowId, WHOLE_PROVINCE);
		}
		if (best == null) {
			return new Placed(null, null);
		}
		return new Placed(best, best.equals(entry.rowId) && entry.section == 2 ? ROW_REGION : MOST_SPECIFIC_PLACE);
	}

	/**
	 * The place of the row a section 二 entry names as its subject (not as a venue): the
	 * place that acts.
	 */
	static String subjectPlace(EntryContext entry) {
		String best = entry.rowId;
		int bestDepth = entry.depth(entry.rowId);
		Set<String> places = new LinkedHashSet<>();
		for (Mention mention : entry.mentions) {
			if (mention.kind() == Kind.REGION && !entry.isVenue(mention)
					&& entry.gazetteer.isWithin(mention.id(), entry.rowId)
					&& entry.depth(mention.id()) > entry.depth(entry.rowId)) {
				places.add(mention.id());
				if (entry.depth(mention.id()) > bestDepth) {
					best = mention.id();
					bestDepth = entry.depth(mention.id());
				}
			}
		}
		return severalPlaces(entry, places) ? entry.rowId : best;
	}

	private static String regionOf(EntryContext entry, Mention mention) {
		return switch (mention.kind()) {
			case REGION -> mention.id();
			case ORGANIZATION -> entry.entity(mention.id()) instanceof Organization o ? o.region() : null;
			case COMPANY -> mention.id().equals(entry.rowId) ? null
					: entry.entity(mention.id()) instanceof Company c ? c.region() : null;
			case EVENT -> entry.gazetteer.eventCity(mention.id());
			default -> null;
		};
	}

	/** Several places of which none contains another (宜昌, 枝江, 黄陂). */
	private static boolean severalPlaces(EntryContext entry, Set<String> places) {
		return places.stream()
			.filter(p -> places.stream().noneMatch(other -> !other.equals(p) && entry.gazetteer.isWithin(other, p)))
			.count() > 1;
	}

	private static boolean wholeProvince(EntryContext entry) {
		for (String scope : entry.vocabulary.provinceWide()) {
			var matcher = Pattern.compile("(?<!在)" + Pattern.quote(scope)).matcher(entry.text);
			while (matcher.find()) {
				String after = entry.text.substring(matcher.end());
				if (!Vocabulary.startsWithAny(after, entry.vocabulary.provinceWideExceptions())) {
					return true;
				}
			}
		}
		return false;
	}

}
