package io.policygraph.importer.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the region lists of the summary paragraph of section 二: at the start of a clause,
 * names separated by {@code 、} and closed by {@code 等}, possibly with a collective noun
 * ({@code 等地}, {@code 等省市自治区}), then the clause that says what they did:
 * {@code 吉林、福建、内蒙古、宁夏等继续采取措施推动工业互联网发展}. A list in the middle of a clause
 * ({@code 推动互联网在农业、交通、医疗…等多个领域落地}) names no regions.
 */
final class RegionLists {

	/** A name: two to eight Chinese characters (内蒙, 广西壮族自治区). */
	private static final String NAME = "[\\p{IsHan}&&[^等、]]{2,8}";

	private static final Pattern LIST = Pattern.compile("(?:^|(?<=[，,；;。：:\\n]))\\s*((?:" + NAME + "、)+" + NAME + "|"
			+ NAME + "(?=等[地省]))等(省市自治区|省区市|省市区|省市|省份|省区|各地|地区|地方|城市|地)?([^，,；;。\\n]*)");

	/** What follows the 等 of a list of things rather than of regions (等多个领域, 等方面). */
	private static final Pattern NOT_REGIONS = Pattern
		.compile("^(?:多|各类|各种|领域|行业|方面|方式|业务|功能|服务|应用|项目|产品|企业|机构|单位|部门)");

	private RegionLists() {
	}

	static List<SummaryGroup> read(String summary) {
		List<SummaryGroup> groups = new ArrayList<>();
		Matcher m = LIST.matcher(summary);
		while (m.find()) {
			String clause = PrintedText.trim(m.group(3));
			if (m.group(2) == null && NOT_REGIONS.matcher(clause).lookingAt()) {
				continue;
			}
			groups.add(new SummaryGroup(Arrays.asList(m.group(1).split("、")), clause));
		}
		return groups;
	}

}
