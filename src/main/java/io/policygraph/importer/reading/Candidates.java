package io.policygraph.importer.reading;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.policygraph.seed.SeedRecords.Company;
import io.policygraph.seed.SeedRecords.Ministry;
import io.policygraph.seed.SeedRecords.Named;
import io.policygraph.seed.SeedRecords.Organization;
import io.policygraph.seed.SeedRecords.OrganizationKind;
import io.policygraph.seed.SeedRecords.Region;
import io.policygraph.seed.SeedRecords.RegionLevel;

/**
 * The bodies and places one import found that the seed does not know: each a record of its kind
 * (Ministry, Region with its {@code partOf}, Company with its group and region, Organization with its
 * kind and region) flagged with a {@code review} note, and added to the gazetteer at once, so that
 * every later rule and entry treats it as a known name. The same name always gives the same
 * candidate and the same id ({@code <kind>-<8 hex digits of the name's SHA-256>}).
 */
public final class Candidates {

	private final String month;

	private final Gazetteer gazetteer;

	private final Map<String, Named> byName = new LinkedHashMap<>();

	private final Map<String, String> whereFound = new LinkedHashMap<>();

	/**
	 * @param month the report's month ({@code yyyy-mm}), named in every review note
	 * @param gazetteer the names the rules read by; every candidate joins it
	 */
	public Candidates(String month, Gazetteer gazetteer) {
		this.month = month;
		this.gazetteer = gazetteer;
	}

	/** A national body: a Ministry candidate (a section 一 row heading, 国家能源局). */
	public String ministry(String name, String where) {
		return add(name, where, "ministry", id -> new Ministry(id, name, name, List.of(), review("ministry", where)));
	}

	/** A city or district with the region it is part of (a known id or another candidate's). */
	public String region(String name, RegionLevel level, String partOf, String where) {
		return add(name, where, "region", id -> new Region(id, name, name, List.of(), level, partOf, review("region", where)));
	}

	/** A company, a group's branch or subsidiary ({@code parent}), placed in {@code region} where its name says so. */
	public String company(String name, String parent, String region, String where) {
		return add(name, where, "company",
				id -> new Company(id, name, name, List.of(), parent, region, List.of(), review("company", where)));
	}

	/** A bureau, hospital, court, association...: an Organization of {@code kind}, in {@code region} when its name says so. */
	public String organization(String name, OrganizationKind kind, String region, String where) {
		return add(name, where, "org", id -> new Organization(id, name, name, List.of(), kind, region,
				review("organization", where)));
	}

	private String add(String name, String where, String idPrefix, Function<String, Named> record) {
		Named existing = byName.get(name);
		if (existing != null) {
			return existing.id();
		}
		Named created = record.apply(idPrefix + "-" + shortHash(name));
		byName.put(name, created);
		whereFound.put(name, where);
		gazetteer.add(created);
		return created.id();
	}

	/**
	 * Keeps only the candidates the report's records use, with what they hang on (a city's province,
	 * a branch's group): a name found in passing that ends up with no role, place or office is
	 * dropped rather than proposed.
	 */
	public void retainUsed(Set<String> used) {
		var kept = new java.util.HashSet<String>();
		var pending = new java.util.ArrayDeque<>(used);
		while (!pending.isEmpty()) {
			String id = pending.pop();
			Named named = byId(id);
			if (named == null || !kept.add(id)) {
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
		byName.values().removeIf(named -> !kept.contains(named.id()));
		whereFound.keySet().retainAll(byName.keySet());
	}

	private Named byId(String id) {
		return byName.values().stream().filter(named -> named.id().equals(id)).findFirst().orElse(null);
	}

	/** Whether an id is one of this import's candidates. */
	public boolean contains(String id) {
		return byName.values().stream().anyMatch(named -> named.id().equals(id));
	}

	/** Every candidate, in the order found. */
	public List<Named> all() {
		return List.copyOf(byName.values());
	}

	/** The candidates of one kind of record, in the order found. */
	public <T extends Named> List<T> of(Class<T> type) {
		var result = new ArrayList<T>();
		byName.values().stream().filter(type::isInstance).map(type::cast).forEach(result::add);
		return result;
	}

	/** Each candidate's name with where it was first found: {@code 株洲市 (2019-03-s2-hunan-1)}. */
	public List<String> described() {
		return byName.keySet().stream().map(name -> name + " (" + whereFound.get(name) + ")").toList();
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
