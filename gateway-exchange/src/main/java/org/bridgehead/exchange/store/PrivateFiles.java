package org.bridgehead.exchange.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Directories (0700) and files (0600) only their owner can read. Permissions are set explicitly
 * after creation too, because the umask may only narrow what is asked for, never widen it.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Creates the directory and missing parents; the directory itself ends up 0700. */
    public static Path directory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            Path parent = directory.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                Files.createDirectory(directory, attribute(DIRECTORY));
            } catch (FileAlreadyExistsException e) {
                // Created concurrently; its permissions are set below all the same.
            }
        }
        restrict(directory, DIRECTORY);
        return directory;
    }

    /** Creates the file empty if it does not exist; either way it ends up 0600. */
    public static Path file(Path file) throws IOException {
        try {
            Files.createFile(file, attribute(FILE));
        } catch (FileAlreadyExistsException e) {
            // An existing file keeps its content; only its permissions are tightened.
        }
        restrict(file, FILE);
        return file;
    }

    /** A new, empty, uniquely named 0600 file in the directory. */
    public static Path tempFile(Path directory, String suffix) throws IOException {
        Path file = Files.createTempFile(directory, "content", suffix, attribute(FILE));
        restrict(file, FILE);
        return file;
    }

    private static FileAttribute<?>[] attribute(Set<PosixFilePermission> permissions) {
        return isPosix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (isPosix()) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean isPosix() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
