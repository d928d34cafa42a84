package org.bridgehead.smtp.spool;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.EnumSet;
import org.bridgehead.smtp.submit.SpooledMessage;

/**
 * Receives one message: in memory up to a threshold, then in a temporary file readable by its
 * owner only (other users of a shared host must never see a message). Past the size bound the
 * bytes are counted and dropped, so the client can still finish its DATA and get a 552.
 * Closing the spool deletes the file.
 */
public final class MessageSpool extends OutputStream implements SpooledMessage {

    private static final int FILE_CHUNK = 64 * 1024;
    private static final int INITIAL_MEMORY = 8 * 1024;

    private final SpoolSettings settings;
    private byte[] memory;
    private int memoryUsed;
    private Path file;
    private OutputStream fileOut;
    private byte[] chunk;
    private int chunkUsed;
    private long received;
    private boolean finished;
    private boolean dropped;

    public MessageSpool(SpoolSettings settings) {
        this.settings = settings;
        this.memory = new byte[Math.min(INITIAL_MEMORY, settings.memoryThreshold())];
    }

    @Override
    public void write(int b) throws IOException {
        requireOpen();
        received++;
        if (overflowed()) {
            if (!dropped) {
                discardStoredBytes();
                dropped = true;
            }
            return;
        }
        if (file != null) {
            if (chunkUsed == chunk.length) {
                flushChunk();
            }
            chunk[chunkUsed++] = (byte) b;
            return;
        }
        if (memoryUsed < settings.memoryThreshold()) {
            if (memoryUsed == memory.length) {
                memory = Arrays.copyOf(memory, Math.min(settings.memoryThreshold(), memory.length * 2));
            }
            memory[memoryUsed++] = (byte) b;
            return;
        }
        moveToFile();
        chunk[chunkUsed++] = (byte) b;
    }

    /** True once more bytes arrived than the size bound allows. */
    public boolean overflowed() {
        return received > settings.maxMessageSize();
    }

    /** Ends the writing; from now on the spool is a readable {@link SpooledMessage}. */
    public SpooledMessage finish() throws IOException {
        requireOpen();
        if (overflowed()) {
            throw new IllegalStateException("an overflowed message cannot be read");
        }
        if (fileOut != null) {
            flushChunk();
            fileOut.close();
            fileOut = null;
            chunk = null;
        }
        finished = true;
        return this;
    }

    @Override
    public long size() {
        return received;
    }

    @Override
    public InputStream open() throws IOException {
        if (!finished) {
            throw new IllegalStateException("the message is still being received");
        }
        return file == null ? new ByteArrayInputStream(memory, 0, memoryUsed) : Files.newInputStream(file);
    }

    /** Deletes the temporary file and drops the memory. */
    @Override
    public void close() throws IOException {
        finished = false;
        discardStoredBytes();
    }

    private void moveToFile() throws IOException {
        file = createPrivateFile(settings.directory());
        fileOut = Files.newOutputStream(file);
        fileOut.write(memory, 0, memoryUsed);
        memory = new byte[0];
        memoryUsed = 0;
        chunk = new byte[FILE_CHUNK];
    }

    private void flushChunk() throws IOException {
        fileOut.write(chunk, 0, chunkUsed);
        chunkUsed = 0;
    }

    private void discardStoredBytes() throws IOException {
        memory = new byte[0];
        memoryUsed = 0;
        chunk = null;
        chunkUsed = 0;
        try {
            if (fileOut != null) {
                fileOut.close();
            }
        } finally {
            fileOut = null;
            if (file != null) {
                Files.deleteIfExists(file);
                file = null;
            }
        }
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("the spool has been finished");
        }
    }

    private static Path createPrivateFile(Path directory) throws IOException {
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(directory, "bridgehead-smtp-", ".eml",
                    PosixFilePermissions.asFileAttribute(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
        }
        Path file = Files.createTempFile(directory, "bridgehead-smtp-", ".eml");
        var io = file.toFile();
        boolean restricted = io.setReadable(false, false) && io.setReadable(true, true)
                && io.setWritable(false, false) && io.setWritable(true, true);
        if (!restricted) {
            Files.deleteIfExists(file);
            throw new IOException("cannot make the spool file private");
        }
        return file;
    }
}
