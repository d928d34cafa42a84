package org.bridgehead.imap.protocol;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The bytes of one literal. Small literals stay in memory; larger ones (typically APPEND
 * messages) are spooled to an owner-only temporary file that {@link #close()} deletes.
 */
public final class LiteralData implements AutoCloseable {

    private static final int COPY_BUFFER = 8192;

    private final long size;
    private final byte[] memory;
    private final Path file;

    private LiteralData(long size, byte[] memory, Path file) {
        this.size = size;
        this.memory = memory;
        this.file = file;
    }

    /** Literal data already in memory (tests, and literals built by the server itself). */
    public static LiteralData of(byte[] bytes) {
        return new LiteralData(bytes.length, bytes.clone(), null);
    }

    /** Reads exactly {@code size} bytes from {@code in}, spooling when larger than {@code memoryThreshold}. */
    static LiteralData read(InputStream in, long size, long memoryThreshold, Path spoolDirectory)
            throws IOException {
        if (size <= memoryThreshold) {
            byte[] bytes = in.readNBytes((int) size);
            if (bytes.length < size) {
                throw new EOFException("connection closed inside a literal");
            }
            return new LiteralData(size, bytes, null);
        }
        Path spool = createOwnerOnlyFile(spoolDirectory);
        try (OutputStream out = Files.newOutputStream(spool)) {
            copyExactly(in, out, size);
            return new LiteralData(size, null, spool);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spool);
            throw e;
        }
    }

    public long size() {
        return size;
    }

    /** Whether the bytes were spooled to disk. */
    public boolean spooled() {
        return file != null;
    }

    /** A fresh stream over the whole literal; the caller closes it. */
    public InputStream openStream() throws IOException {
        return memory != null ? new ByteArrayInputStream(memory) : Files.newInputStream(file);
    }

    /** The literal as a byte array, refused when longer than {@code maxBytes}. */
    public byte[] toByteArray(int maxBytes) throws IOException {
        if (size > maxBytes) {
            throw new IOException("literal of " + size + " bytes exceeds " + maxBytes);
        }
        if (memory != null) {
            return memory.clone();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) size);
        }
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public String toString() {
        // Never the content: literals carry passwords (LOGIN) and message bodies (APPEND).
        return "LiteralData[" + size + " bytes" + (spooled() ? ", spooled" : "") + "]";
    }

    private static Path createOwnerOnlyFile(Path directory) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"));
            return Files.createTempFile(directory, "imap-literal-", ".tmp", ownerOnly);
        }
        Path spool = Files.createTempFile(directory, "imap-literal-", ".tmp");
        File asFile = spool.toFile();
        boolean restricted = asFile.setReadable(false, false) && asFile.setReadable(true, true)
                && asFile.setWritable(false, false) && asFile.setWritable(true, true);
        if (!restricted) {
            Files.deleteIfExists(spool);
            throw new IOException("cannot restrict permissions of literal spool file");
        }
        return spool;
    }

    static void copyExactly(InputStream in, OutputStream out, long size) throws IOException {
        byte[] buffer = new byte[COPY_BUFFER];
        long remaining = size;
        while (remaining > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (n < 0) {
                throw new EOFException("connection closed inside a literal");
            }
            out.write(buffer, 0, n);
            remaining -= n;
        }
    }
}
