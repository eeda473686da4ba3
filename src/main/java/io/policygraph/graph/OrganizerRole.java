package io.policygraph.graph;

/** How a party organized a summit: 主办, 指导, 承办, 协办. */
public enum OrganizerRole {

	/** 主办 */
	HOST,
	/** 指导 */
	GUIDE,
	/** 承办 */
	ORGANIZER,
	/** 协办 */
	CO_ORGANIZER

}
