package io.policygraph.seed;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.policygraph.seed.SeedRecords.Company;
import io.policygraph.seed.SeedRecords.Event;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.seed.SeedRecords.Ministry;
import io.policygraph.seed.SeedRecords.Organization;
import io.policygraph.seed.SeedRecords.Policy;
import io.policygraph.seed.SeedRecords.Region;
import io.policygraph.seed.SeedRecords.Sector;

/**
 * The whole graph-seed as read from its files, with the hash of their content: the
 * built-in graph-seed and the imported months joined into one, each record knowing its
 * {@link SeedLayer}.
 *
 * @param hash SHA-256 of every file's path and bytes, of both folders; it changes
 * whenever the seed does
 * @param layers where each record comes from, and which layers this seed holds in full
 */
public record GraphSeed(String hash, List<Ministry> ministries, List<Region> regions, List<Company> companies,
		List<Organization> organizations, List<Sector> sectors, List<ReportSeed> reports, Layers layers) {

	/** A seed that is the built-in layer alone. */
	public GraphSeed(String hash, List<Ministry> ministries, List<Region> regions, List<Company> companies,
			List<Organization> organizations, List<Sector> sectors, List<ReportSeed> reports) {
		this(hash, ministries, regions, companies, organizations, sectors, reports, Layers.BUILTIN_ONLY);
	}

	/**
	 * The layer of the {@code index}th record of an entity file, such as
	 * {@code entities/companies.yaml}.
	 */
	public SeedLayer layerOf(String entityFile, int index) {
		List<SeedLayer> layers = this.layers.entities().get(entityFile);
		return layers == null || index >= layers.size() ? SeedLayer.BUILTIN : layers.get(index);
	}

	/**
	 * @param present the names of the layers this seed holds in full: loading it removes
	 * what an older seed wrote in these layers and no longer has, and touches no other
	 * layer
	 * @param entities for an entity file whose records come from more than the built-in
	 * layer, the layer of each record in the order of its list
	 */
	public record Layers(Set<String> present, Map<String, List<SeedLayer>> entities) {

		public static final Layers BUILTIN_ONLY = new Layers(Set.of(SeedLayer.BUILTIN_NAME), Map.of());

		public Layers {
			present = Set.copyOf(present);
			entities = Map.copyOf(entities);
		}

	}

	/**
	 * One report's folder: the report, its entries, the documents and the summits, and
	 * the layer it belongs to.
	 */
	public record ReportSeed(String folder, SeedRecords.Report report, List<Initiative> initiatives,
			List<Policy> policies, List<Event> events, SeedLayer layer) {

		public ReportSeed(String folder, SeedRecords.Report report, List<Initiative> initiatives, List<Policy> policies,
				List<Event> events) {
			this(folder, report, initiatives, policies, events, SeedLayer.BUILTIN);
		}

	}

}
