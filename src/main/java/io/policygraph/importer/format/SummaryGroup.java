package io.policygraph.importer.format;

import java.util.List;

/**
 * A list of regions in the summary paragraph of section 二 and the clause that follows it:
 * {@code 吉林、福建、内蒙古、宁夏等继续采取措施推动工业互联网发展} gives the regions 吉林, 福建, 内蒙古, 宁夏 and the clause
 * {@code 继续采取措施推动工业互联网发展}.
 *
 * @param regions the names as printed (short forms such as 内蒙 included)
 * @param clause the clause after {@code 等} (and a collective noun such as 地 or 省市自治区), up
 * to the next comma, semicolon or full stop
 */
public record SummaryGroup(List<String> regions, String clause) {

	public SummaryGroup {
		regions = (regions != null) ? List.copyOf(regions) : List.of();
	}

}
