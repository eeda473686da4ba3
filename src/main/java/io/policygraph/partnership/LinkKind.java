package io.policygraph.partnership;

import java.util.List;

/**
 * How the report evidences that a firm worked with or in a province (the GraphQL enum
 * {@code LinkKind}).
 */
public enum LinkKind {

	/**
	 * A named co-action with a party of the province: an entry with a partnership
	 * (签署合作协议).
	 */
	CO_ACTION,
	/**
	 * The firm acting in the province on its own: leading, partnering or taking part in
	 * an entry there without a partnership of its own.
	 */
	OWN_ACTIVITY,
	/**
	 * The firm's product used as the channel of a service there (通过支付宝办理): an actor
	 * marked as a channel.
	 */
	CHANNEL,
	/**
	 * The firm's presence at a summit held there: it organized it, spoke or exhibited
	 * there.
	 */
	VENUE;

	/**
	 * What "worked with or in" means when the question does not say: co-action and own
	 * activity.
	 */
	public static final List<LinkKind> DEFAULT = List.of(CO_ACTION, OWN_ACTIVITY);

}
