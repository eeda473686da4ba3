package io.policygraph.graph;

import java.util.Arrays;
import java.util.List;

/**
 * How high a region stands (the GraphQL enum {@code RegionLevel}), as the graph stores it
 * in {@code Region.level}. The province-level ones are the provinces, the four
 * municipalities directly under the central government and the autonomous regions: the
 * places statistics and partnerships roll cities and districts up to.
 */
public enum RegionLevel {

	/** 省 */
	PROVINCE(true),
	/** 直辖市: Beijing, Tianjin, Shanghai, Chongqing. */
	MUNICIPALITY(true),
	/** 自治区 */
	AUTONOMOUS_REGION(true),
	/** 市 (地级) */
	CITY(false),
	/** 区, 县 */
	DISTRICT(false);

	private static final List<String> PROVINCE_LEVELS = Arrays.stream(values())
		.filter(RegionLevel::isProvinceLevel)
		.map(Enum::name)
		.toList();

	private final boolean provinceLevel;

	RegionLevel(boolean provinceLevel) {
		this.provinceLevel = provinceLevel;
	}

	/**
	 * Province-level regions stand alone; cities and districts belong to another region.
	 */
	public boolean isProvinceLevel() {
		return this.provinceLevel;
	}

	/**
	 * The names of the province-level levels as the graph stores them, for a Cypher
	 * statement's {@code $provinceLevels}: {@code WHERE r.level IN $provinceLevels}.
	 */
	public static List<String> provinceLevels() {
		return PROVINCE_LEVELS;
	}

}
