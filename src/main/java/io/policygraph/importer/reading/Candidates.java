package io.policygraph.importer.reading;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import io.policygraph.graph.OrganizationKind;
import io.policygraph.graph.RegionLevel;
import io.policygraph.seed.SeedRecords.Company;
import io.policygraph.seed.SeedRecords.Ministry;
import io.policygraph.seed.SeedRecords.Named;
import io.policygraph.seed.SeedRecords.Organization;
import io.policygraph.seed.SeedRecords.Region;

/**
 * The bodies and places one import found that the seed does not know: each a record of
 * its kind (Ministry, Region with its {@code partOf}, Company with its group and region,
 * Organization with its kind and region) flagged with a {@code review} note, and added to
 * the gazetteer at once, so that every later rule and entry treats it as a known name.
 * The same name always gives the same candidate and the same id
 * ({@code <kind>-<8 hex digits of the name's SHA-256>}).
 */
public final class Candidates {

	private final String month;

	private final Gazetteer gazetteer;

	private final List<String> legalForms;

	/** The candidates by id, in the order found. */
	private final Map<String, Named> records = new LinkedHashMap<>();

	/**
	 * Every name a candidate was proposed under (its own and its short forms), to its id.
	 */
	private final Map<String, String> ids = new HashMap<>();

	/** Where each candidate was first found, by id. */
	private final Map<String, String> whereFound = new HashMap<>();

	/**
	 * @param month the report's month ({@code yyyy-mm}), named in every review note
	 * @param gazetteer the names the rules read by; every candidate joins it
	 * @param legalForms the legal forms of firms' names ({@code vocabulary.yaml}): 京东 and
	 * 京东集团 are one firm
	 */
	public Candidates(String month, Gazetteer gazetteer, List<String> legalForms) {
		this.month = month;
		this.gazetteer = gazetteer;
		this.legalForms = legalForms;
	}

	/** A national body: a Ministry candidate (a section 一 row heading, 国家能源局). */
	public String ministry(String name, String where) {
		return add(name, where, "ministry",
				(id, aliases) -> new Ministry(id, name, name, aliases, review("ministry", where)));
	}

	/**
	 * A city or district with the region it is part of (a known id or another
	 * candidate's).
	 */
	public String region(String name, RegionLevel level, String partOf, String where) {
		return region(name, level, partOf, where, List.of());
	}

	/** A city or district, also written by the given short names (绍兴 for 绍兴市). */
	public String region(String name, RegionLevel level, String partOf, String where, List<String> shortNames) {
		return add(name, where, "region",
				(id, aliases) -> new Region(id, name, name,
						Stream.concat(shortNames.stream(), aliases.stream()).distinct().toList(), level, partOf,
						review("region", where)));
	}

	/**
	 * A company, a group's branch or subsidiary ({@code parent}), placed in
	 * {@code region} where its name says so.
	 */
	public String company(String name, String parent, String region, String where) {
		return add(name, where, "company", (id, aliases) -> new Company(id, name, name, aliases, parent, region,
				List.of(), review("company", where)));
	}

	/**
	 * A bureau, hospital, court, association...: an Organization of {@code kind}, in
	 * {@code region} when its name says so.
	 */
	public String organization(String name, OrganizationKind kind, String region, String where) {
		return add(name, where, "org", (id, aliases) -> new Organization(id, name, name, aliases, kind, region,
				review("organization", where)));
	}

	private String add(String name, String where, String idPrefix, BiFunction<String, List<String>, Named> record) {
		String known = ids.get(name);
		if (known != null) {
			return known;
		}
		Class<?> kind = record.apply("", List.of()).getClass();
		for (Named other : List.copyOf(records.values())) {
			if (other.getClass() != kind) {
				continue;
			}
			if (abbreviates(name, other.name())) {
				// 国家医保局 after 国家医疗保障局: the same body by its short name
				put(renamed(other, other.name(), aliasesWith(other, name)), name);
				return other.id();
			}
			if (abbreviates(other.name(), name)) {
				// 京东集团 after the row heading 京东: the body's full name, under the id it
				// already has
				put(record.apply(other.id(), aliasesWith(other, other.name())), name);
				return other.id();
			}
		}
		Named created = record.apply(idPrefix + "-" + shortHash(name), List.of());
		whereFound.put(created.id(), where);
		put(created, name);
		return created.id();
	}

	private void put(Named candidate, String name) {
		records.put(candidate.id(), candidate);
		ids.put(name, candidate.id());
		ids.put(candidate.name(), candidate.id());
		candidate.aliases().forEach(alias -> ids.putIfAbsent(alias, candidate.id()));
		gazetteer.add(candidate);
	}

	/**
	 * Whether a name is a short form of another: the long one with a legal form added
	 * (京东, 京东集团), or, with the same first two and last characters, its characters in
	 * order (国家医保局 of 国家医疗保障局).
	 */
	boolean abbreviates(String shorter, String longer) {
		if (shorter.length() >= longer.length() || shorter.length() < 2) {
			return false;
		}
		if (legalForms.stream().anyMatch(form -> longer.equals(shorter + form))) {
			return true;
		}
		// 湖南省税务局 for 国家税务总局湖南省税务局: a local office by its own part of the name
		if (shorter.length() >= 4 && longer.endsWith(shorter)) {
			return true;
		}
		// a name that starts another is its group or host (中国建设银行, 中国建设银行湖南省分行), not its
		// short form
		if (shorter.length() < 4 || longer.startsWith(shorter) || !longer.startsWith(shorter.substring(0, 2))
				|| shorter.charAt(shorter.length() - 1) != longer.charAt(longer.length() - 1)) {
			return false;
		}
		int at = 0;
		for (char c : shorter.toCharArray()) {
			at = longer.indexOf(c, at);
			if (at < 0) {
				return false;
			}
			at++;
		}
		return true;
	}

	private static List<String> aliasesWith(Named named, String alias) {
		var aliases = new ArrayList<>(named.aliases());
		if (!aliases.contains(alias) && !named.name().equals(alias)) {
			aliases.add(alias);
		}
		return aliases;
	}

	/** The same record with another name and aliases. */
	private static Named renamed(Named named, String name, List<String> aliases) {
		if (named instanceof Ministry m) {
			return new Ministry(m.id(), name, name, aliases, m.review());
		}
		if (named instanceof Region r) {
			return new Region(r.id(), name, name, aliases, r.level(), r.partOf(), r.review());
		}
		if (named instanceof Company c) {
			return new Company(c.id(), name, name, aliases, c.parent(), c.region(), c.sectors(), c.review());
		}
		Organization o = (Organization) named;
		return new Organization(o.id(), name, name, aliases, o.kind(), o.region(), o.review());
	}

	/**
	 * Keeps only the candidates the report's records use, with what they hang on (a
	 * city's province, a branch's group): a name found in passing that ends up with no
	 * role, place or office is dropped rather than proposed.
	 */
	public void retainUsed(Set<String> used) {
		var kept = new HashSet<String>();
		var pending = new ArrayDeque<>(used);
		while (!pending.isEmpty()) {
			Named named = records.get(pending.pop());
			if (named == null || !kept.add(named.id())) {
				continue;
			}
			if (named instanceof Region region && region.partOf() != null) {
				pending.push(region.partOf());
			}
			if (named instanceof Company company) {
				if (company.parent() != null) {
					pending.push(company.parent());
				}
				if (company.region() != null) {
					pending.push(company.region());
				}
			}
			if (named instanceof Organization organization && organization.region() != null) {
				pending.push(organization.region());
			}
		}
		records.keySet().retainAll(kept);
	}

	/**
	 * Marks the candidates that no record of the report names itself, kept only as the
	 * city of a district or the group of a branch: {@code hierarchyOnly: true}.
	 */
	public void markHierarchyOnly(Set<String> named) {
		records.replaceAll((id, record) -> named.contains(id) ? record : hierarchyOnly(record));
	}

	private static Named hierarchyOnly(Named record) {
		if (record instanceof Region r) {
			return new Region(r.id(), r.name(), r.nameEn(), r.aliases(), r.level(), r.partOf(), r.review(),
					Boolean.TRUE);
		}
		if (record instanceof Company c) {
			return new Company(c.id(), c.name(), c.nameEn(), c.aliases(), c.parent(), c.region(), c.sectors(),
					c.review(), Boolean.TRUE);
		}
		return record;
	}

	/** Whether an id is one of this import's candidates. */
	public boolean contains(String id) {
		return records.containsKey(id);
	}

	/** Every candidate, in the order found. */
	public List<Named> all() {
		return List.copyOf(records.values());
	}

	/** The candidates of one kind of record, in the order found. */
	public <T extends Named> List<T> of(Class<T> type) {
		return records.values().stream().filter(type::isInstance).map(type::cast).toList();
	}

	/**
	 * Each candidate's name with where it was first found:
	 * {@code 株洲市 (2019-03-s2-hunan-1)}.
	 */
	public List<String> described() {
		return records.values().stream().map(named -> named.name() + " (" + whereFound.get(named.id()) + ")").toList();
	}

	private String review(String kind, String where) {
		return "New " + kind + " found by the import of " + month + " in " + where
				+ ": check the name, give an English name, kind, region and aliases, or merge it into a known entity.";
	}

	/** A short, stable id part from a name: the same name always gives the same id. */
	public static String shortHash(String name) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
