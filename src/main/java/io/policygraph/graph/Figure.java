package io.policygraph.graph;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One figure of a summit, structured from the phrase the report prints: {@code 约1500名嘉宾}
 * is ATTENDEES, 1500, approximate. The GraphQL type {@code Figure}.
 *
 * @param text the phrase as printed (graph-seed events.yaml {@code figures})
 * @param measure what is counted (see {@link #MEASURES}); OTHER when the phrase says
 * nothing known
 * @param value the number printed, in the unit printed (1800 for 1800余亿元); null when none
 * is
 * @param unit the unit after the number as printed (名嘉宾, 亿元, 平方米)
 * @param approximate whether the report qualifies it (约, 超, 余, 近, 逾, 多)
 */
public record Figure(String text, Measure measure, Double value, String unit, boolean approximate) {

	/** Words of a phrase and the measure they name, tried in order. */
	private static final List<Map.Entry<String, Measure>> MEASURES = List.of(
			Map.entry("国家和地区", Measure.COUNTRIES_AND_REGIONS), Map.entry("个国家", Measure.COUNTRIES_AND_REGIONS),
			Map.entry("签约", Measure.SIGNED_PROJECTS), Map.entry("个项目", Measure.SIGNED_PROJECTS),
			Map.entry("展商", Measure.EXHIBITORS), Map.entry("参展", Measure.EXHIBITORS),
			Map.entry("嘉宾", Measure.ATTENDEES), Map.entry("代表", Measure.ATTENDEES), Map.entry("参会", Measure.ATTENDEES),
			Map.entry("人次", Measure.VISITS), Map.entry("分论坛", Measure.FORUMS), Map.entry("论坛", Measure.FORUMS),
			Map.entry("板块", Measure.SECTIONS), Map.entry("平方米", Measure.EXHIBITION_AREA),
			Map.entry("亿元", Measure.INVESTMENT), Map.entry("万元", Measure.INVESTMENT),
			Map.entry("成果", Measure.ACHIEVEMENTS), Map.entry("项目", Measure.PROJECTS));

	private static final Pattern NUMBER = Pattern
		.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万)?\\s*(余|多)?\\s*([\\p{IsHan}]*)");

	private static final Pattern APPROXIMATE = Pattern.compile("约|超|余|近|逾|多|以上");

	/** The figure a printed phrase gives. */
	public static Figure of(String text) {
		Measure measure = MEASURES.stream()
			.filter(entry -> text.contains(entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(Measure.OTHER);
		Matcher number = NUMBER.matcher(text);
		Double value = null;
		String unit = null;
		if (number.find()) {
			value = Double.valueOf(number.group(1).replace(",", "")) * (number.group(2) != null ? 10_000 : 1);
			unit = number.group(4).isEmpty() ? null : number.group(4);
		}
		return new Figure(text, measure, value, unit, APPROXIMATE.matcher(text).find());
	}

	/** What a figure counts (the GraphQL enum {@code FigureMeasure}). */
	public enum Measure {

		/** Guests, delegates, participants (嘉宾, 代表, 参会). */
		ATTENDEES,
		/** Countries and regions represented (国家和地区). */
		COUNTRIES_AND_REGIONS,
		/** Projects signed (签约). */
		SIGNED_PROJECTS,
		/** Exhibitors (展商, 参展). */
		EXHIBITORS,
		/** Forums and sub-forums (论坛, 分论坛). */
		FORUMS,
		/** Sections of a programme or exhibition (板块). */
		SECTIONS,
		/** Exhibition area (平方米). */
		EXHIBITION_AREA,
		/** Money invested or signed (亿元, 万元). */
		INVESTMENT,
		/** Visits (人次). */
		VISITS,
		/** Results released (成果). */
		ACHIEVEMENTS,
		/** Projects otherwise (项目). */
		PROJECTS,
		/** Anything else the report counts. */
		OTHER

	}

}
