package org.bridgehead.exchange.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bridgehead.exchange.mail.Content;

/**
 * Receives one message's bytes as they arrive, in memory while they are few, in a private spool
 * file once they pass the cache's spool threshold, so that a large message never sits on the heap.
 * After {@link #complete()} the bytes go into the cache with {@link ContentCache#put(ContentKey, ContentSink)};
 * {@link #close()} deletes whatever was not handed over.
 */
public final class ContentSink extends OutputStream {

    private final long spoolThreshold;
    private final SpoolFiles spoolFiles;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream fileOut;
    private long length;
    private Content content;
    private boolean handedOver;

    /** Where a sink creates its file: the cache's own spool directory. */
    @FunctionalInterface
    interface SpoolFiles {
        Path create() throws IOException;
    }

    ContentSink(long spoolThreshold, SpoolFiles spoolFiles) {
        this.spoolThreshold = spoolThreshold;
        this.spoolFiles = spoolFiles;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int count) throws IOException {
        if (content != null || memory == null && fileOut == null) {
            throw new IOException("the content is complete or discarded");
        }
        if (fileOut == null && length + count > spoolThreshold) {
            file = spoolFiles.create();
            fileOut = Files.newOutputStream(file);
            memory.writeTo(fileOut);
            memory = null;
        }
        if (fileOut != null) {
            fileOut.write(bytes, offset, count);
        } else {
            memory.write(bytes, offset, count);
        }
        length += count;
    }

    public long length() {
        return length;
    }

    /** Ends the bytes; the sink takes no more. */
    public void complete() throws IOException {
        if (content != null) {
            return;
        }
        if (fileOut == null) {
            content = Content.of(memory.toByteArray());
            memory = null;
            return;
        }
        fileOut.close();
        fileOut = null;
        content = new SpooledContent(file, length);
    }

    boolean isComplete() {
        return content != null;
    }

    /** The completed content, which from now on belongs to the cache. */
    Content handOver() {
        handedOver = true;
        return content;
    }

    /** Deletes the spool file unless the content went into the cache. */
    @Override
    public void close() throws IOException {
        if (fileOut != null) {
            fileOut.close();
            fileOut = null;
        }
        memory = null;
        if (!handedOver && file != null) {
            Files.deleteIfExists(file);
        }
    }
}
