package io.policygraph.seed;

import java.util.List;

import io.policygraph.seed.SeedRecords.Company;
import io.policygraph.seed.SeedRecords.Event;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.seed.SeedRecords.Ministry;
import io.policygraph.seed.SeedRecords.Organization;
import io.policygraph.seed.SeedRecords.Policy;
import io.policygraph.seed.SeedRecords.Region;
import io.policygraph.seed.SeedRecords.Sector;

/**
 * The whole graph-seed as read from its files, with the hash of their content.
 *
 * @param hash SHA-256 of every file's path and bytes; it changes whenever the seed does
 */
public record GraphSeed(String hash, List<Ministry> ministries, List<Region> regions, List<Company> companies,
		List<Organization> organizations, List<Sector> sectors, List<ReportSeed> reports) {

	/** One report's folder: the report, its entries, the documents and the summits. */
	public record ReportSeed(String folder, SeedRecords.Report report, List<Initiative> initiatives,
			List<Policy> policies, List<Event> events) {
	}

}
