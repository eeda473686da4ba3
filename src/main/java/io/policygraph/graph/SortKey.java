package io.policygraph.graph;

import java.time.LocalDate;

/**
 * Where an item stands in a paged list: what the list is sorted by. A cursor encodes it,
 * so a page that continues after (or before) an item starts right after its key, even if
 * the item itself has been deleted meanwhile.
 *
 * @param date the initiative's date for {@link PagedList.Order#NEWEST_FIRST}; null for
 * {@link PagedList.Order#BY_ID}
 * @param id the item's id, the last sort key of every list
 */
public record SortKey(LocalDate date, String id) {

	/** The key of an initiative in a list ordered newest first. */
	public static SortKey of(Initiative initiative) {
		return new SortKey(initiative.date(), initiative.id());
	}

	/** The key of a company in a list ordered by id. */
	public static SortKey of(Company company) {
		return new SortKey(null, company.id());
	}

}
