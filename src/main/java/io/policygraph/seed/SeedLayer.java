package io.policygraph.seed;

/**
 * A part of the graph-seed that is loaded, and swept, as a whole: the built-in
 * graph-seed, or one month of the imports folder (its report folder and the candidate
 * entities its import added). Every node and relationship the loader writes carries the
 * name as {@code seedLayer}.
 *
 * @param name {@code builtin}, {@code import:<yyyy-mm>}, or {@code imports} for records
 * of the imports folder's entity files that no import's header claims
 * @param folder how messages name the layer's folder: empty for the built-in seed (its
 * paths are relative to {@code policygraph.seed.location}), the imports folder with a
 * trailing slash otherwise
 */
public record SeedLayer(String name, String folder) {

	/**
	 * Nodes written before layers existed carry no {@code seedLayer}; they count as this
	 * one.
	 */
	public static final String BUILTIN_NAME = "builtin";

	public static final SeedLayer BUILTIN = new SeedLayer(BUILTIN_NAME, "");

	static final String IMPORTS_NAME = "imports";

	private static final String MONTH_PREFIX = "import:";

	/** The layer of one imported month. */
	public static SeedLayer month(String month, String folder) {
		return new SeedLayer(MONTH_PREFIX + month, folder);
	}

	/** Records of the imports folder outside any month's section. */
	static SeedLayer imports(String folder) {
		return new SeedLayer(IMPORTS_NAME, folder);
	}

	/** A file of this layer as problems and logs name it. */
	public String file(String path) {
		return folder + path;
	}

}
