package io.policygraph.graph;

public enum RegionLevel {

	PROVINCE, MUNICIPALITY, AUTONOMOUS_REGION, CITY, DISTRICT;

	/** Province-level regions stand alone; cities and districts belong to another region. */
	public boolean isProvinceLevel() {
		return this == PROVINCE || this == MUNICIPALITY || this == AUTONOMOUS_REGION;
	}

}
