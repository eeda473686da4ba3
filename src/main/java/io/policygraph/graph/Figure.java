package io.policygraph.graph;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One figure of a summit, structured from the phrase the report prints: {@code 约1500名嘉宾} is
 * ATTENDEES, 1500, approximate. The GraphQL type {@code Figure}.
 *
 * @param text the phrase as printed (graph-seed events.yaml {@code figures})
 * @param measure what is counted (see {@link #MEASURES}); OTHER when the phrase says nothing known
 * @param value the number printed, in the unit printed (1800 for 1800余亿元); null when none is
 * @param unit the unit after the number as printed (名嘉宾, 亿元, 平方米)
 * @param approximate whether the report qualifies it (约, 超, 余, 近, 逾, 多)
 */
public record Figure(String text, String measure, Double value, String unit, boolean approximate) {

	/** Words of a phrase and the measure they name, tried in order. */
	private static final List<List<String>> MEASURES = List.of(List.of("国家和地区", "COUNTRIES_AND_REGIONS"),
			List.of("个国家", "COUNTRIES_AND_REGIONS"), List.of("签约", "SIGNED_PROJECTS"),
			List.of("个项目", "SIGNED_PROJECTS"), List.of("展商", "EXHIBITORS"), List.of("参展", "EXHIBITORS"),
			List.of("嘉宾", "ATTENDEES"), List.of("代表", "ATTENDEES"), List.of("参会", "ATTENDEES"),
			List.of("人次", "VISITS"), List.of("分论坛", "FORUMS"), List.of("论坛", "FORUMS"), List.of("板块", "SECTIONS"),
			List.of("平方米", "EXHIBITION_AREA"), List.of("亿元", "INVESTMENT"), List.of("万元", "INVESTMENT"),
			List.of("成果", "ACHIEVEMENTS"), List.of("项目", "PROJECTS"));

	private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万)?\\s*(余|多)?\\s*([\\p{IsHan}]*)");

	private static final Pattern APPROXIMATE = Pattern.compile("约|超|余|近|逾|多|以上");

	/** The figure a printed phrase gives. */
	public static Figure of(String text) {
		String measure = MEASURES.stream()
			.filter(entry -> text.contains(entry.get(0)))
			.map(entry -> entry.get(1))
			.findFirst()
			.orElse("OTHER");
		Matcher number = NUMBER.matcher(text);
		Double value = null;
		String unit = null;
		if (number.find()) {
			value = Double.valueOf(number.group(1).replace(",", "")) * (number.group(2) != null ? 10_000 : 1);
			unit = number.group(4).isEmpty() ? null : number.group(4);
		}
		return new Figure(text, measure, value, unit, APPROXIMATE.matcher(text).find());
	}

}
