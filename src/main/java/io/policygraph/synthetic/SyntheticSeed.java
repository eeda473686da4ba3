package io.policygraph.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

import io.policygraph.seed.GraphSeed;
import io.policygraph.seed.SeedReader;
import io.policygraph.seed.SeedRecords.Company;
import io.policygraph.seed.SeedRecords.Organization;
import io.policygraph.seed.SeedRecords.Region;

/**
 * Writes a synthetic graph-seed folder: the curated entity files, unchanged, with
 * synthetic records appended, and {@code scale} times the entries of the November 2018
 * report (105 each) spread over {@code min(scale, 120)} monthly reports from 2018-11 on
 * (more above 4,000 entries a month: 263 months at 10,000x). The output depends on
 * {@code (scale, seed)} alone: the same pair writes the same bytes.
 */
public final class SyntheticSeed {

	/** The first month of every synthetic seed, as in the curated one. */
	public static final YearMonth FIRST_MONTH = YearMonth.of(2018, 11);

	/** Entries of sections 1 to 3 in the November 2018 report. */
	public static final int INITIATIVES_PER_SCALE = 105;

	/** Summits of section 4 in the November 2018 report. */
	static final int EVENTS_PER_SCALE = 3;

	static final int MAX_MONTHS = 120;

	/**
	 * At most this many entries a month, so each initiatives.yaml (about 550 characters
	 * an entry) stays below the YAML reader's limit of 3 MB per document.
	 */
	static final int MAX_INITIATIVES_PER_MONTH = 4000;

	private static final String CURATED = "classpath:graph-seed/";

	private static final List<String> ENTITY_FILES = List.of("ministries", "regions", "companies", "organizations",
			"sectors");

	private SyntheticSeed() {
	}

	/**
	 * What a generation wrote.
	 *
	 * @param months the number of report folders
	 * @param initiatives entries of all months
	 * @param policies documents of all months
	 * @param events summits of all months
	 * @param entities records of the entity files, curated and synthetic
	 */
	public record Summary(int months, long initiatives, long policies, long events, int entities) {
	}

	/**
	 * Writes the folder.
	 * @param scale how many times the November 2018 report, at least 1
	 * @param seed the seed of the random choices
	 * @param out the folder to write into; created if missing. Files of a previous
	 * generation there are overwritten, other files are left alone
	 * @param progress told of each month written, as a line of text
	 * @return the counts written
	 * @throws IllegalArgumentException for a scale below 1
	 * @throws UncheckedIOException when a file cannot be written
	 */
	public static Summary generate(int scale, long seed, Path out, Consumer<String> progress) {
		if (scale < 1) {
			throw new IllegalArgumentException("--scale must be at least 1, not " + scale);
		}
		Map<String, byte[]> curated = new SeedReader().files(CURATED);
		var entityFiles = new TreeMap<String, byte[]>();
		ENTITY_FILES.forEach(file -> entityFiles.put(entities(file), curated.get(entities(file))));
		GraphSeed real = new SeedReader().parse(entityFiles);
		var entities = new SyntheticEntities(real, scale, new SplittableRandom(seed));
		try {
			writeEntities(out, entityFiles, entities, scale, seed);
			long initiatives = (long) INITIATIVES_PER_SCALE * scale;
			int months = months(scale);
			long events = (long) EVENTS_PER_SCALE * scale;
			long policies = 0;
			for (int i = 0; i < months; i++) {
				YearMonth month = FIRST_MONTH.plusMonths(i);
				var report = new SyntheticMonth(entities, new SplittableRandom(seed * 1_000_003L + i + 1), month);
				SyntheticMonth.Counts counts = report.generate((int) share(initiatives, months, i),
						(int) share(events, months, i));
				policies += counts.policies();
				Path folder = out.resolve("reports").resolve(month.toString());
				Files.createDirectories(folder);
				write(folder.resolve("report.yaml"), report.reportYaml());
				write(folder.resolve("initiatives.yaml"), report.initiativesYaml());
				write(folder.resolve("policies.yaml"), report.policiesYaml());
				write(folder.resolve("events.yaml"), report.eventsYaml());
				progress.accept("month " + (i + 1) + "/" + months + " " + month + ": " + counts.initiatives()
						+ " initiatives, " + counts.policies() + " policies, " + counts.events() + " events");
			}
			int entityCount = real.ministries().size() + real.regions().size() + real.companies().size()
					+ real.organizations().size() + real.sectors().size() + entities.cities.size()
					+ entities.companies.size() + entities.organizations.size();
			return new Summary(months, initiatives, policies, events, entityCount);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the synthetic seed in " + out + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The number of monthly reports: one per scale up to {@link #MAX_MONTHS}, more when a
	 * month would hold over {@link #MAX_INITIATIVES_PER_MONTH} entries (263 at 10,000x).
	 */
	static int months(int scale) {
		long initiatives = (long) INITIATIVES_PER_SCALE * scale;
		return (int) Math.max(Math.min(scale, MAX_MONTHS),
				(initiatives + MAX_INITIATIVES_PER_MONTH - 1) / MAX_INITIATIVES_PER_MONTH);
	}

	/** The {@code index}th of {@code parts} near-equal shares of {@code total}. */
	static long share(long total, int parts, int index) {
		return total / parts + (index < total % parts ? 1 : 0);
	}

	private static String entities(String file) {
		return "entities/" + file + ".yaml";
	}

	private static void writeEntities(Path out, Map<String, byte[]> curated, SyntheticEntities entities, int scale,
			long seed) throws IOException {
		Files.createDirectories(out.resolve("entities"));
		var synthetic = new TreeMap<String, YamlText>();
		ENTITY_FILES.forEach(file -> synthetic.put(entities(file),
				new YamlText().comment("Synthetic records (io.policygraph.synthetic, scale " + scale + ", seed " + seed
						+ "): everything above is the curated file, unchanged.")));
		for (Region city : entities.cities) {
			synthetic.get(entities("regions"))
				.item("id", city.id())
				.field("name", city.name())
				.field("nameEn", city.nameEn())
				.plain("level", city.level())
				.field("partOf", city.partOf())
				.list("aliases", city.aliases());
		}
		for (Company company : entities.companies) {
			synthetic.get(entities("companies"))
				.item("id", company.id())
				.field("name", company.name())
				.field("nameEn", company.nameEn())
				.list("sectors", company.sectors())
				.field("parent", company.parent())
				.field("region", company.region())
				.list("aliases", company.aliases());
		}
		for (Organization organization : entities.organizations) {
			synthetic.get(entities("organizations"))
				.item("id", organization.id())
				.field("name", organization.name())
				.field("nameEn", organization.nameEn())
				.plain("kind", organization.kind())
				.field("region", organization.region())
				.list("aliases", organization.aliases());
		}
		for (var file : synthetic.entrySet()) {
			String real = new String(curated.get(file.getKey()), StandardCharsets.UTF_8);
			write(out.resolve(file.getKey()), real + (real.endsWith("\n") ? "" : "\n") + "\n" + file.getValue());
		}
	}

	private static void write(Path file, String text) throws IOException {
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

}
