package io.policygraph.importer;

import java.util.List;

/**
 * The audit trail as an import sees it: the curators' changes a load of the seed would
 * replace, and the record of an import that wrote.
 */
public interface ImportAudit {

	/** No audit trail: the command line, which has no curator and no service database. */
	ImportAudit NONE = new ImportAudit() {

		@Override
		public List<CuratorEdit> editsOf(List<String> ids) {
			return List.of();
		}

		@Override
		public void record(String curator, String month, String details) {
		}

	};

	/**
	 * The curators' updates, deletes, aliases and merges of the nodes {@code ids} (the
	 * seed's entries and entities) made since the last import that wrote, oldest first: a
	 * load of the seed puts the seed's version of those nodes back.
	 */
	List<CuratorEdit> editsOf(List<String> ids);

	/**
	 * Records an import that wrote, as an {@code AuditEntry} of action
	 * {@code importReport}.
	 */
	void record(String curator, String month, String details);

	/**
	 * One change of the audit trail.
	 *
	 * @param at when, ISO-8601
	 * @param action the mutation's name, such as {@code updateInitiative}
	 * @param target the id of the node it changed
	 */
	record CuratorEdit(String at, String curator, String action, String target, String details) {

		/** One line of an import's review. */
		String line() {
			return "! " + target + ": " + action + " by " + curator + " at " + at + " (" + details + ")"
					+ " is replaced by the seed's version when the import is loaded";
		}

	}

}
