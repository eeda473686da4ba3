package io.policygraph.curation;

import org.neo4j.driver.types.Node;

import io.policygraph.graph.GraphEnums;

/**
 * One change a curator made, as kept in the graph (an {@code AuditEntry} node written in
 * the same transaction as the change).
 *
 * @param at when, ISO-8601 with offset
 * @param action the mutation that made it; the graph stores the mutation's name
 * @param idempotencyKey the key the curator sent with the change, or null
 */
public record AuditEntry(String id, String at, String curator, Action action, String target, String details,
		String idempotencyKey) {

	static AuditEntry from(Node node) {
		return new AuditEntry(node.get("id").asString(), node.get("at").asZonedDateTime().toString(),
				node.get("curator").asString(),
				GraphEnums.read(Action.class, node.get("action").asString(), "AuditEntry.action", Action::mutation),
				node.get("target").asString(), node.get("details").asString(),
				node.get("idempotencyKey").asString(null));
	}

	/**
	 * The changes the audit trail records (the GraphQL enum {@code AuditAction}), each a
	 * mutation.
	 */
	public enum Action {

		/** createInitiative */
		CREATE_INITIATIVE("createInitiative"),
		/** updateInitiative */
		UPDATE_INITIATIVE("updateInitiative"),
		/** deleteInitiative */
		DELETE_INITIATIVE("deleteInitiative"),
		/** addAlias */
		ADD_ALIAS("addAlias"),
		/** mergeEntities */
		MERGE_ENTITIES("mergeEntities"),
		/** importReport that wrote (written by the importer, in the same form) */
		IMPORT_REPORT("importReport");

		private final String mutation;

		Action(String mutation) {
			this.mutation = mutation;
		}

		/** The mutation's name, as the graph stores it. */
		public String mutation() {
			return this.mutation;
		}

	}

}
