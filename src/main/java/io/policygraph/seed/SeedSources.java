package io.policygraph.seed;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of one load: the built-in graph-seed ({@code policygraph.seed.location}) and
 * the imports folder ({@code policygraph.seed.imports}), each file by its path relative
 * to its folder, such as {@code entities/companies.yaml} or
 * {@code reports/2018-12/initiatives.yaml}.
 *
 * @param builtinLocation where the built-in files come from, for messages
 * @param imports the imports folder, or null when this load has none (the folder does not
 * exist)
 * @param imported the imports folder's files; empty without one
 */
public record SeedSources(String builtinLocation, Map<String, byte[]> builtin, Path imports,
		Map<String, byte[]> imported) {

	private static final Pattern REPORT_FOLDER = Pattern.compile("reports/([^/]+)/.*");

	public SeedSources {
		builtin = Collections.unmodifiableMap(new TreeMap<>(builtin));
		imported = Collections.unmodifiableMap(new TreeMap<>(imported));
	}

	/** The built-in seed alone, as before imports had a folder of their own. */
	public static SeedSources builtinOnly(String location, Map<String, byte[]> files) {
		return new SeedSources(location, files, null, Map.of());
	}

	/** The same built-in seed with these files in the imports folder. */
	public SeedSources withImported(Path folder, Map<String, byte[]> files) {
		return new SeedSources(builtinLocation, builtin, folder, files);
	}

	/** How messages name the imports folder: its path with a trailing slash. */
	public String importsFolder() {
		return imports == null ? "" : imports.toString().replace('\\', '/').replaceFirst("/?$", "/");
	}

	/** The months the imports folder has a report folder for. */
	public Set<String> importedMonths() {
		return months(imported);
	}

	/** The built-in seed, and the imports folder when there is one, in words. */
	public String describe() {
		return imports == null ? builtinLocation : builtinLocation + " and the imports in " + imports;
	}

	/**
	 * SHA-256 over the path and bytes of every file of both folders. Without imported
	 * files it is the hash of the built-in seed alone, as loaded before imports had a
	 * folder of their own.
	 */
	public String hash() {
		var all = new TreeMap<String, byte[]>(builtin);
		imported.forEach((path, bytes) -> all.put("imports/" + path, bytes));
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			all.forEach((path, bytes) -> {
				digest.update(path.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(bytes);
				digest.update((byte) 0);
			});
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	/**
	 * Both folders as one graph-seed folder, for the report importer: an entity file is
	 * the built-in file followed by the imported one; a month's report folder comes from
	 * the imports folder when it has one, from the built-in seed otherwise.
	 * {@link #importedPart} takes an entity file apart again.
	 */
	public Map<String, byte[]> joined() {
		var joined = new TreeMap<String, byte[]>(builtin);
		Set<String> importedMonths = importedMonths();
		joined.keySet().removeIf(path -> inMonths(path, importedMonths));
		imported.forEach((path, bytes) -> {
			byte[] before = builtin.get(path);
			if (path.startsWith(SeedReader.ENTITIES) && before != null) {
				String first = text(before);
				joined.put(path, (first + (first.endsWith("\n") ? "" : "\n") + "\n" + text(bytes))
					.getBytes(StandardCharsets.UTF_8));
			}
			else {
				joined.put(path, bytes);
			}
		});
		return joined;
	}

	/**
	 * The imports folder's part of an entity file of the {@link #joined} form: what
	 * follows the built-in file's content.
	 * @throws SeedException when the file no longer begins with the built-in content
	 */
	public byte[] importedPart(String path, byte[] joinedFile) {
		String builtinPart = builtin.containsKey(path) ? text(builtin.get(path)).stripTrailing() : "";
		String whole = text(joinedFile);
		if (!whole.startsWith(builtinPart)) {
			throw new SeedException(path + " of " + builtinLocation + " would change, but imports are written to "
					+ importsFolder() + " only; import into that graph-seed folder itself (--seed) instead", null);
		}
		String rest = whole.substring(builtinPart.length()).strip();
		return (rest.isEmpty() ? "" : rest + "\n").getBytes(StandardCharsets.UTF_8);
	}

	static Set<String> months(Map<String, byte[]> files) {
		var months = new TreeSet<String>();
		for (String path : files.keySet()) {
			Matcher matcher = REPORT_FOLDER.matcher(path);
			if (matcher.matches()) {
				months.add(matcher.group(1));
			}
		}
		return months;
	}

	static boolean inMonths(String path, Set<String> months) {
		Matcher matcher = REPORT_FOLDER.matcher(path);
		return matcher.matches() && months.contains(matcher.group(1));
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
