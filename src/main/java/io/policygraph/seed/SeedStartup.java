package io.policygraph.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

import io.policygraph.database.StartupException;

/**
 * Loads the graph-seed while the application starts, before the web server accepts
 * requests, so no request ever sees an empty or half-loaded graph: the built-in seed and
 * the imported months of {@code policygraph.seed.imports}, as one seed. Skipped when the
 * database already holds this exact seed.
 */
public class SeedStartup implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SeedStartup.class);

	private final SeedProperties properties;

	private final SeedReader reader;

	private final SeedLoader loader;

	SeedStartup(SeedProperties properties, SeedReader reader, SeedLoader loader) {
		this.properties = properties;
		this.reader = reader;
		this.loader = loader;
	}

	@Override
	public void afterPropertiesSet() {
		if (!properties.enabled()) {
			log.info("Graph-seed loading is off (policygraph.seed.enabled=false)");
			return;
		}
		SeedSources sources = null;
		try {
			sources = reader.sources(properties.location(), properties.imports());
			GraphSeed seed = reader.parse(sources);
			if (loader.loadedVersion().filter(seed.hash()::equals).isPresent()) {
				log.info("Graph-seed {} is already loaded ({})", seed.hash().substring(0, 12), sources.describe());
			}
			else {
				if (sources.imports() == null) {
					log.info("No imports folder at {} (nothing imported yet?): the built-in seed is loaded alone;"
							+ " months imported earlier keep their nodes", properties.imports());
				}
				loader.load(seed);
			}
			int keyed = loader.addMissingKeys();
			if (keyed > 0) {
				log.info("Name and text keys added to {} nodes written without them", keyed);
			}
		}
		catch (SeedException ex) {
			ex.problems().forEach(problem -> log.error("graph-seed: {}", problem));
			String where = sources == null ? properties.location() : sources.describe();
			throw new StartupException("The graph-seed at " + where + " is invalid: " + ex.getMessage(),
					"Fix the file named above (graph-seed/README.md describes the format) and start again;"
							+ " the database was left as it was.",
					ex);
		}
	}

}
