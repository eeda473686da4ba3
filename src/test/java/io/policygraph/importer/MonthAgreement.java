package io.policygraph.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import io.policygraph.importer.format.ParsedReport;
import io.policygraph.importer.format.ReportParser;
import io.policygraph.importer.seeding.ReportImporter;
import io.policygraph.seed.GraphSeed;
import io.policygraph.seed.SeedRecords.Company;
import io.policygraph.seed.SeedRecords.Initiative;
import io.policygraph.seed.SeedRecords.Ministry;
import io.policygraph.seed.SeedRecords.Named;
import io.policygraph.seed.SeedRecords.Organization;
import io.policygraph.seed.SeedRecords.Policy;
import io.policygraph.seed.SeedRecords.Region;

/**
 * How close the importer comes to a careful curator's reading of a whole month it was not
 * tuned to: a report text in the series' layout and its {@code reading.yaml}, written by
 * someone who had not seen the importer's code (src/test/resources/importer/months/).
 * Entries are matched by section, date and the start of their text; bodies the seed lacks
 * are matched by name.
 *
 * <p>
 * Shares, each over what the curator's reading has: entries found; links; places; actors
 * with their roles; actors, roles and place together; candidates proposed with the right
 * kind; their hierarchy ({@code partOf}, parent group); policy issuers; company-province
 * pairs (a firm, as its group, leading or partnering in an entry placed in a province).
 */
public final class MonthAgreement {

	/** One measure: how many of the curator's items the import got right. */
	public record Share(String measure, int right, int of, List<String> misses) {

		public int percent() {
			return of == 0 ? 100 : Math.round(100f * right / of);
		}

		@Override
		public String toString() {
			return "%-32s %3d of %3d (%3d%%)".formatted(measure, right, of, percent());
		}

	}

	/**
	 * The month's shares, and the import's failure when it did not get as far as a seed.
	 */
	public record Result(String month, Map<String, Share> shares, String failure) {

		public Share share(String measure) {
			return shares.get(measure);
		}

	}

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private MonthAgreement() {
	}

	/**
	 * The folders of src/test/resources/importer/months, one per month;
	 * {@code -Dmonths=<folder>} measures the months of another folder (a new month not
	 * yet kept as a test).
	 */
	public static List<Path> months() throws IOException {
		Path root = Path.of(System.getProperty("months", "src/test/resources/importer/months"));
		try (Stream<Path> folders = Files.list(root)) {
			return folders.filter(Files::isDirectory).sorted().toList();
		}
	}

	/**
	 * Imports the month's report against the seed files and compares it with the month's
	 * reading.
	 */
	public static Result measure(Path folder, Map<String, byte[]> seedFiles) throws IOException {
		Path text = Files.list(folder).filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
		JsonNode reading = YAML.readTree(folder.resolve("reading.yaml").toFile());
		String month = reading.get("month").asString();
		ReportImporter.Result imported;
		try {
			ParsedReport parsed = new ReportParser().parse(Files.readAllBytes(text), text.getFileName().toString());
			imported = new ReportImporter(seedFiles, parsed.month()).importReport(parsed,
					text.getFileName().toString());
		}
		catch (RuntimeException ex) {
			return new Result(month, Map.of(), ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		return new Result(month,
				new Comparison(reading, imported.seed(), imported.report().initiatives(), imported.report().policies())
					.shares(),
				null);
	}

	/** The curator's reading against the import's. */
	private static final class Comparison {

		private final JsonNode reading;

		private final Map<String, Named> entities = new HashMap<>();

		private final Map<String, Named> byName = new HashMap<>();

		private final Map<String, JsonNode> expectedCandidates = new LinkedHashMap<>();

		private final List<Initiative> initiatives;

		private final List<Policy> policies;

		Comparison(JsonNode reading, GraphSeed seed, List<Initiative> initiatives, List<Policy> policies) {
			this.reading = reading;
			this.initiatives = initiatives;
			this.policies = policies;
			Stream.of(seed.ministries(), seed.regions(), seed.companies(), seed.organizations())
				.flatMap(List::stream)
				.forEach(named -> {
					entities.put(named.id(), named);
					byName.putIfAbsent(named.name(), named);
				});
			reading.get("candidates").forEach(c -> expectedCandidates.put(c.get("name").asString(), c));
		}

		Map<String, Share> shares() {
			var shares = new LinkedHashMap<String, Share>();
			var found = new ArrayList<String>();
			var links = new ArrayList<String>();
			var places = new ArrayList<String>();
			var actors = new ArrayList<String>();
			var whole = new ArrayList<String>();
			Set<String> expectedPairs = new LinkedHashSet<>();
			Set<String> actualPairs = new LinkedHashSet<>();
			int entries = 0;
			int linked = 0;
			for (JsonNode expected : reading.get("entries")) {
				entries++;
				String label = expected.get("section").asInt() + " " + expected.get("date").asString() + " "
						+ expected.get("starts").asString();
				Initiative actual = match(expected);
				if (actual == null) {
					found.add(label);
					continue;
				}
				if (expected.has("sourceUrl")) {
					linked++;
					if (!expected.get("sourceUrl").asString().equals(actual.sourceUrl())) {
						links.add(label + ": " + actual.sourceUrl());
					}
				}
				String expectedPlace = expected.has("region") ? key(expected.get("region").asString()) : null;
				String actualPlace = actual.region() == null ? null : actualKey(actual.region());
				boolean placeRight = Objects.equals(expectedPlace, actualPlace);
				if (!placeRight) {
					places.add(label + ": expected " + expectedPlace + ", read " + actualPlace);
				}
				Set<String> expectedActors = new TreeSet<>();
				expected.get("actors")
					.forEach(
							a -> expectedActors.add(key(a.has("id") ? a.get("id").asString() : a.get("name").asString())
									+ ":" + a.get("role").asString()));
				Set<String> actualActors = new TreeSet<>();
				actual.actors().forEach(a -> actualActors.add(actualKey(a.id()) + ":" + a.role()));
				boolean actorsRight = expectedActors.equals(actualActors);
				if (!actorsRight) {
					actors.add(label + ": expected " + expectedActors + ", read " + actualActors);
				}
				if (!(placeRight && actorsRight)) {
					whole.add(label);
				}
				expectedPairs.addAll(pairs(expectedActors, expectedPlace, true));
				actualPairs.addAll(pairs(actualActors, actualPlace, false));
			}
			int matched = entries - found.size();
			shares.put("entries found", new Share("entries found", matched, entries, found));
			shares.put("links", new Share("links", linked - links.size(), linked, links));
			shares.put("places", new Share("places", matched - places.size(), entries, places));
			shares.put("actors with roles", new Share("actors with roles", matched - actors.size(), entries, actors));
			shares.put("actors, roles and place",
					new Share("actors, roles and place", matched - whole.size(), entries, whole));
			candidates(shares);
			shares.put("policy issuers", issuers());
			var pairMisses = new ArrayList<String>();
			expectedPairs.stream().filter(p -> !actualPairs.contains(p)).forEach(p -> pairMisses.add("missed " + p));
			actualPairs.stream().filter(p -> !expectedPairs.contains(p)).forEach(p -> pairMisses.add("extra " + p));
			int rightPairs = (int) expectedPairs.stream().filter(actualPairs::contains).count();
			shares.put("company-province pairs",
					new Share("company-province pairs", rightPairs, expectedPairs.size(), pairMisses));
			return shares;
		}

		private Initiative match(JsonNode expected) {
			int section = expected.get("section").asInt();
			String date = expected.get("date").asString();
			String starts = compact(expected.get("starts").asString());
			return initiatives.stream()
				.filter(i -> i.section() == section && i.date().toString().equals(date)
						&& compact(i.text()).startsWith(starts))
				.findFirst()
				.orElse(null);
		}

		private static String compact(String text) {
			return text.replaceAll("\\s+", "");
		}

		/**
		 * The curator's reference: a seed id stays an id, a candidate's name becomes
		 * "name:…".
		 */
		private String key(String reference) {
			if (entities.containsKey(reference)) {
				return reference;
			}
			Named known = byName.get(reference);
			if (known != null && !isCandidate(known)) {
				return known.id();
			}
			return "name:" + reference;
		}

		/** The import's id: a candidate becomes "name:…", a known entity stays its id. */
		private String actualKey(String id) {
			Named named = entities.get(id);
			return named != null && isCandidate(named) ? "name:" + named.name() : id;
		}

		private static boolean isCandidate(Named named) {
			String review = named instanceof Ministry m ? m.review() : named instanceof Region r ? r.review()
					: named instanceof Company c ? c.review() : named instanceof Organization o ? o.review() : null;
			return review != null && review.startsWith("New ");
		}

		private void candidates(Map<String, Share> shares) {
			var kindMisses = new ArrayList<String>();
			var hierarchyMisses = new ArrayList<String>();
			int kindRight = 0;
			int hierarchyRight = 0;
			for (JsonNode expected : expectedCandidates.values()) {
				String name = expected.get("name").asString();
				String kind = expected.get("kind").asString();
				Named actual = byName.get(name);
				boolean rightKind = actual != null && isCandidate(actual) && switch (kind) {
					case "MINISTRY" -> actual instanceof Ministry;
					case "CITY" -> actual instanceof Region r && r.level().name().equals("CITY");
					case "DISTRICT" -> actual instanceof Region r && r.level().name().equals("DISTRICT");
					case "COMPANY" -> actual instanceof Company;
					default -> actual instanceof Organization;
				};
				if (!rightKind) {
					kindMisses.add(name + " (" + kind + "): " + (actual == null ? "not proposed" : actual));
					continue;
				}
				kindRight++;
				String expectedParent = expected.has("partOf") ? expected.get("partOf").asString()
						: expected.has("parent") ? expected.get("parent").asString() : null;
				String actualParent = actual instanceof Region r ? r.partOf()
						: actual instanceof Company c ? c.parent() : null;
				if (expectedParent == null
						|| Objects.equals(key(expectedParent), actualParent == null ? null : actualKey(actualParent))) {
					hierarchyRight++;
				}
				else {
					hierarchyMisses.add(name + ": expected " + expectedParent + ", read " + actualParent);
				}
			}
			int of = expectedCandidates.size();
			shares.put("candidates of the right kind",
					new Share("candidates of the right kind", kindRight, of, kindMisses));
			shares.put("candidates' partOf/parent",
					new Share("candidates' partOf/parent", hierarchyRight, of, hierarchyMisses));
		}

		private Share issuers() {
			var misses = new ArrayList<String>();
			int right = 0;
			int of = 0;
			for (JsonNode expected : reading.get("policies")) {
				of++;
				String title = expected.get("title").asString();
				Set<String> expectedIssuers = new TreeSet<>();
				expected.get("issuers").forEach(i -> expectedIssuers.add(key(i.asString())));
				Set<String> actualIssuers = policies.stream()
					.filter(p -> compact(p.title()).equals(compact(title)))
					.findFirst()
					.map(p -> new TreeSet<>(p.issuers().stream().map(this::actualKey).toList()))
					.orElse(null);
				if (expectedIssuers.equals(actualIssuers)) {
					right++;
				}
				else {
					misses.add(title + ": expected " + expectedIssuers + ", read " + actualIssuers);
				}
			}
			return new Share("policy issuers", right, of, misses);
		}

		/**
		 * Company-province pairs of one entry: a firm (as its group) leading or
		 * partnering, and the entry's province.
		 */
		private Set<String> pairs(Set<String> actors, String place, boolean expected) {
			var pairs = new LinkedHashSet<String>();
			String province = place == null ? null : province(place, expected);
			if (province == null) {
				return pairs;
			}
			for (String actor : actors) {
				String reference = actor.substring(0, actor.lastIndexOf(':'));
				String role = actor.substring(actor.lastIndexOf(':') + 1);
				if (!role.equals("LEAD") && !role.equals("PARTNER")) {
					continue;
				}
				String group = group(reference, expected);
				if (group != null) {
					pairs.add(group + " @ " + province);
				}
			}
			return pairs;
		}

		/** A firm's top group as a key, or null when the reference is no firm. */
		private String group(String reference, boolean expected) {
			for (int hops = 0; hops < 6 && reference != null; hops++) {
				String parent;
				if (reference.startsWith("name:")) {
					String name = reference.substring(5);
					JsonNode candidate = expected ? expectedCandidates.get(name) : null;
					if (expected) {
						if (candidate == null || !candidate.get("kind").asString().equals("COMPANY")) {
							return null;
						}
						parent = candidate.has("parent") ? key(candidate.get("parent").asString()) : null;
					}
					else {
						Named named = byName.get(name);
						if (!(named instanceof Company company)) {
							return null;
						}
						parent = company.parent() == null ? null : actualKey(company.parent());
					}
				}
				else {
					if (!(entities.get(reference) instanceof Company company)) {
						return null;
					}
					parent = company.parent() == null ? null : actualKey(company.parent());
				}
				if (parent == null) {
					return reference;
				}
				reference = parent;
			}
			return reference;
		}

		/**
		 * The province-level region of a place key, following partOf through the seed or
		 * the reading.
		 */
		private String province(String place, boolean expected) {
			String reference = place;
			for (int hops = 0; hops < 6 && reference != null; hops++) {
				if (reference.startsWith("name:")) {
					String name = reference.substring(5);
					if (expected) {
						JsonNode candidate = expectedCandidates.get(name);
						reference = candidate == null || !candidate.has("partOf") ? null
								: key(candidate.get("partOf").asString());
						continue;
					}
					Named named = byName.get(name);
					reference = named instanceof Region r && r.partOf() != null ? actualKey(r.partOf()) : null;
					continue;
				}
				if (!(entities.get(reference) instanceof Region region)) {
					return null;
				}
				if (region.level().isProvinceLevel()) {
					return region.id();
				}
				reference = region.partOf() == null ? null : actualKey(region.partOf());
			}
			return null;
		}

	}

	/**
	 * Prints each month's shares and misses: {@code mvn test -Dtest=UnseenMonthsTest}
	 * shows them.
	 */
	public static void print(Result result) {
		System.out
			.println("== " + result.month() + (result.failure() == null ? "" : ": import failed: " + result.failure()));
		result.shares().values().forEach(share -> {
			System.out.println("  " + share);
			share.misses().forEach(miss -> System.out.println("      " + miss));
		});
	}

}
