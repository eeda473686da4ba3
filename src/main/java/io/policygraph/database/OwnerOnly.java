package io.policygraph.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files and folders that only their owner may read: the data folder (rwx------) and the
 * secrets in it (rw-------). On a file system without POSIX permissions its own access
 * rules apply.
 */
final class OwnerOnly {

	private static final Set<PosixFilePermission> FILE = EnumSet.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	private static final Set<PosixFilePermission> FOLDER = EnumSet.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

	private OwnerOnly() {
	}

	/** Writes a file that only its owner can read, created so from the start. */
	static void write(Path file, String text) throws IOException {
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(file);
		}
		catch (FileAlreadyExistsException ex) {
			restrict(file);
		}
		Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
	}

	/** Makes a file readable by its owner only. */
	static void restrict(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, FILE);
		}
		catch (UnsupportedOperationException ex) {
			// not POSIX
		}
	}

	/**
	 * Makes a folder enterable by its owner only, so nothing in it is readable by others.
	 */
	static void restrictFolder(Path folder) throws IOException {
		try {
			Files.setPosixFilePermissions(folder, FOLDER);
		}
		catch (UnsupportedOperationException ex) {
			// not POSIX
		}
	}

}
