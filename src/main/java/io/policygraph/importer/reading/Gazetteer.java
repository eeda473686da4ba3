package io.policygraph.importer.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.policygraph.seed.GraphSeed;
import io.policygraph.seed.SeedRecords.Company;
import io.policygraph.seed.SeedRecords.Named;
import io.policygraph.seed.SeedRecords.Region;

/**
 * Every name the curated seed knows (canonical names and aliases of ministries, regions,
 * companies, organizations and sectors) and how they relate: a city's province, a
 * branch's group. Finds the entities a sentence mentions by longest match, so 北京互联网法院 is
 * the court, not 北京.
 */
public final class Gazetteer {

	/** The kind of entity a name stands for. */
	public enum Kind {

		MINISTRY, REGION, COMPANY, ORGANIZATION, SECTOR,
		/** A summit: an entry at a summit happens where the summit is held. */
		EVENT

	}

	/** An entity mentioned at a position of a text. */
	public record Mention(String id, Kind kind, String name, int start, int end) {
	}

	private record Entry(String id, Kind kind) {
	}

	private final Map<String, Entry> byName = new HashMap<>();

	private List<String> namesLongestFirst;

	/**
	 * The names of bodies, places and events (not sectors), by their first character,
	 * longest first.
	 */
	private final Map<Character, List<String>> bodyNamesByFirstChar = new HashMap<>();

	private final Map<String, String> eventCities = new HashMap<>();

	private final Map<String, Region> regions = new HashMap<>();

	private final Map<String, Company> companies = new HashMap<>();

	private final Map<String, Named> entities = new HashMap<>();

	private final Map<String, Kind> kinds = new HashMap<>();

	public Gazetteer(GraphSeed seed) {
		add(seed.ministries(), Kind.MINISTRY);
		add(seed.regions(), Kind.REGION);
		add(seed.companies(), Kind.COMPANY);
		add(seed.organizations(), Kind.ORGANIZATION);
		add(seed.sectors(), Kind.SECTOR);
		seed.reports()
			.forEach(report -> report.events()
				.forEach(event -> addEvent(event.id(), event.name(), event.aliases(), event.city())));
		seed.regions().forEach(region -> regions.put(region.id(), region));
		seed.companies().forEach(company -> companies.put(company.id(), company));
		sortNames();
	}

	private void sortNames() {
		namesLongestFirst = byName.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		bodyNamesByFirstChar.clear();
		for (String name : namesLongestFirst) {
			if (byName.get(name).kind() != Kind.SECTOR) {
				bodyNamesByFirstChar.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(name);
			}
		}
	}

	/**
	 * Adds an entity that the seed does not hold yet (a candidate of the running import),
	 * so that the rules treat it as known from now on.
	 */
	public void add(Named entity) {
		Kind kind = switch (entity.getClass().getSimpleName()) {
			case "Ministry" -> Kind.MINISTRY;
			case "Region" -> Kind.REGION;
			case "Company" -> Kind.COMPANY;
			case "Organization" -> Kind.ORGANIZATION;
			default -> throw new IllegalArgumentException("not an actor or a place: " + entity);
		};
		add(List.of(entity), kind);
		if (entity instanceof Region region) {
			regions.put(region.id(), region);
		}
		if (entity instanceof Company company) {
			companies.put(company.id(), company);
		}
		sortNames();
	}

	/**
	 * A summit by its names, held in a region: the summits of the report being imported
	 * join those of the seed.
	 */
	public void addEvent(String id, String name, List<String> aliases, String cityId) {
		var entry = new Entry(id, Kind.EVENT);
		byName.putIfAbsent(name, entry);
		aliases.stream().filter(alias -> alias.length() >= 4).forEach(alias -> byName.putIfAbsent(alias, entry));
		if (cityId != null) {
			eventCities.put(id, cityId);
		}
		sortNames();
	}

	/** Where a summit is held. */
	public String eventCity(String eventId) {
		return eventCities.get(eventId);
	}

	private void add(List<? extends Named> records, Kind kind) {
		for (Named record : records) {
			entities.put(record.id(), record);
			kinds.put(record.id(), kind);
			var entry = new Entry(record.id(), kind);
			byName.putIfAbsent(record.name(), entry);
			record.aliases()
				.stream()
				.filter(alias -> alias.length() >= 2)
				.forEach(alias -> byName.putIfAbsent(alias, entry));
		}
	}

	/**
	 * The known body, place or summit whose name is printed at a position of a text, at
	 * its longest.
	 */
	public Optional<Mention> lookupAt(String text, int at) {
		for (String name : bodyNamesByFirstChar.getOrDefault(text.charAt(at), List.of())) {
			int end = matchEnd(text, at, name);
			if (end > 0) {
				Entry entry = byName.get(name);
				return Optional.of(new Mention(entry.id(), entry.kind(), name, at, end));
			}
		}
		return Optional.empty();
	}

	/**
	 * The kind of a known entity (candidates of the running import included); null for an
	 * unknown id.
	 */
	public Kind kindOf(String id) {
		return kinds.get(id);
	}

	/** The entity a name (as printed in a table cell or a list) stands for. */
	public Optional<Mention> lookup(String name) {
		String trimmed = name.strip();
		Entry entry = byName.get(trimmed);
		if (entry == null || entry.kind() == Kind.SECTOR) {
			return mentions(trimmed).stream().filter(m -> m.start() == 0).findFirst();
		}
		return Optional.of(new Mention(entry.id(), entry.kind(), trimmed, 0, trimmed.length()));
	}

	/**
	 * The bodies, places and summits a text mentions (not its sectors: see
	 * {@link #sectors}), left to right, each at its longest name. Chinese has no spaces,
	 * so a two-character short name of a body (国网, 工行) counts only at the start of a
	 * word: after punctuation, another name or a word such as 在, 与 or 通过, not inside a
	 * word (全国网络 is not 国网).
	 */
	public List<Mention> mentions(String text) {
		var found = new ArrayList<Mention>();
		int at = 0;
		int lastEnd = -1;
		while (at < text.length()) {
			Mention longest = null;
			for (String name : bodyNamesByFirstChar.getOrDefault(text.charAt(at), List.of())) {
				int end = matchEnd(text, at, name);
				if (end > 0) {
					Entry entry = byName.get(name);
					if (name.length() == 2 && entry.kind() != Kind.REGION && entry.kind() != Kind.SECTOR && at > 0
							&& at != lastEnd
							&& Character.UnicodeScript.of(text.charAt(at - 1)) == Character.UnicodeScript.HAN
							&& !WORD_BEFORE.matcher(text).region(Math.max(0, at - 2), at).find()
							&& !isCanonical(entry, name)) {
						continue;
					}
					longest = new Mention(entry.id(), entry.kind(), name, at, end);
					break;
				}
			}
			if (longest == null) {
				at++;
			}
			else {
				found.add(longest);
				at = longest.end();
				lastEnd = at;
			}
		}
		return found;
	}

	/** Words after which a new word starts: 在微信上线, 与工行合作, 通过微信. */
	private static final Pattern WORD_BEFORE = Pattern.compile("([在与和及或由向对为同被给经将把从跟]|通过|使用|打开|接入|借助|依托|联合|携手)$");

	/** Quotation marks a report puts inside names: “互联网之光”博览会 is 互联网之光博览会. */
	private static final String QUOTES = "“”‘’\"「」『』";

	/**
	 * Where a name ends when it is printed at a position of a text, quotation marks
	 * inside it skipped; -1 when it is not printed there.
	 */
	private static int matchEnd(String text, int at, String name) {
		int position = at;
		for (int i = 0; i < name.length(); i++, position++) {
			while (i > 0 && position < text.length() && QUOTES.indexOf(text.charAt(position)) >= 0) {
				position++;
			}
			if (position >= text.length() || text.charAt(position) != name.charAt(i)) {
				return -1;
			}
		}
		return position;
	}

	/**
	 * The sectors a text speaks of. Searched on their own, overlapping other names:
	 * 北京互联网法院 is a court, and its text is about 互联网法院, the judiciary.
	 */
	public List<String> sectors(String text) {
		text = text.chars()
			.filter(c -> QUOTES.indexOf(c) < 0)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		var sectors = new LinkedHashSet<String>();
		boolean[] covered = new boolean[text.length()];
		for (String name : namesLongestFirst) {
			Entry entry = byName.get(name);
			if (entry.kind() != Kind.SECTOR) {
				continue;
			}
			// a shorter name inside a longer one already read (监管 in 食药监管) says nothing
			// more
			for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
				boolean inside = true;
				for (int i = at; i < at + name.length(); i++) {
					inside &= covered[i];
				}
				if (!inside) {
					sectors.add(entry.id());
					Arrays.fill(covered, at, at + name.length(), true);
				}
			}
		}
		return List.copyOf(sectors);
	}

	private boolean isCanonical(Entry entry, String name) {
		return entities.get(entry.id()) != null && entities.get(entry.id()).name().equals(name);
	}

	public Optional<Region> region(String id) {
		return Optional.ofNullable(regions.get(id));
	}

	/** The province-level region a region belongs to (itself for one). */
	public Optional<Region> province(String regionId) {
		Region region = regions.get(regionId);
		for (int hops = 0; region != null && hops < 10; hops++) {
			if (region.level().isProvinceLevel()) {
				return Optional.of(region);
			}
			region = regions.get(region.partOf());
		}
		return Optional.empty();
	}

	/** Whether a region is the other one or lies within it. */
	public boolean isWithin(String regionId, String containerId) {
		Region region = regions.get(regionId);
		for (int hops = 0; region != null && hops < 10; hops++) {
			if (region.id().equals(containerId)) {
				return true;
			}
			region = regions.get(region.partOf());
		}
		return false;
	}

	/**
	 * The sectors of a company's business: its own, else those of the nearest group above
	 * it that has some.
	 */
	public List<String> businessSectors(String companyId) {
		Company company = companies.get(companyId);
		for (int hops = 0; company != null && hops < 10; hops++) {
			if (!company.sectors().isEmpty()) {
				return company.sectors();
			}
			company = companies.get(company.parent());
		}
		return List.of();
	}

	/** The groups above a company (its parent, the parent's parent…), nearest first. */
	public List<String> ancestors(String companyId) {
		var ancestors = new ArrayList<String>();
		Company company = companies.get(companyId);
		for (int hops = 0; company != null && company.parent() != null && hops < 10; hops++) {
			ancestors.add(company.parent());
			company = companies.get(company.parent());
		}
		return ancestors;
	}

	public boolean isSubsidiaryOf(String companyId, String groupId) {
		Company company = companies.get(companyId);
		for (int hops = 0; company != null && hops < 10; hops++) {
			if (company.id().equals(groupId)) {
				return true;
			}
			company = companies.get(company.parent());
		}
		return false;
	}

	/**
	 * Companies the seed places in a region: a group's local branches and subsidiaries.
	 */
	public List<Company> companiesIn(String regionId) {
		return companies.values().stream().filter(company -> regionId.equals(company.region())).toList();
	}

	public Named entity(String id) {
		return entities.get(id);
	}

}
