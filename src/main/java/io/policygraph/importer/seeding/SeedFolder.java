package io.policygraph.importer.seeding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes files into a graph-seed folder all or nothing, as far as a file system allows.
 */
public final class SeedFolder {

	private SeedFolder() {
	}

	/**
	 * Seed files are read by whoever runs the service: rw-r--r-- like the files of
	 * graph-seed/, not a temporary file's rw-------.
	 */
	private static void readableByAll(Path file) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		}
	}

	/**
	 * Writes every file beside its target first and moves them into place only when all
	 * are written, so a failure leaves the folder as it was.
	 * @param files contents by their path in the seed, such as
	 * {@code reports/2018-12/initiatives.yaml}
	 * @param target where each path goes on disk
	 */
	public static List<Path> write(Map<String, byte[]> files, Function<String, Path> target) throws IOException {
		var moves = new LinkedHashMap<Path, Path>();
		try {
			for (var file : files.entrySet()) {
				Path destination = target.apply(file.getKey());
				Files.createDirectories(destination.getParent());
				Path temporary = Files.createTempFile(destination.getParent(), ".import-", ".tmp");
				moves.put(temporary, destination);
				Files.write(temporary, file.getValue());
				readableByAll(temporary);
			}
			for (var move : moves.entrySet()) {
				Files.move(move.getKey(), move.getValue(), StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
			}
			return List.copyOf(moves.values());
		}
		finally {
			for (Path temporary : moves.keySet()) {
				Files.deleteIfExists(temporary);
			}
		}
	}

}
