package org.bridgehead.exchange.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bridgehead.exchange.mail.Content;
import org.bridgehead.exchange.store.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Message content by item and version, least recently used first out, bounded by bytes.
 *
 * <p>Small messages are held in memory, up to {@code memoryBytes} in all. A message larger than
 * {@code spoolThreshold} is written to a 0600 file in this process's own 0700 spool directory and
 * read from there, so a large message is not held in memory; spooled files are bounded by
 * {@code spoolBytes} and deleted when evicted or when the cache closes. A {@link Content} handed
 * out stays readable until its entry is evicted.
 */
public final class ContentCache implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ContentCache.class);

    private final long memoryBytes;
    private final long spoolThreshold;
    private final long spoolBytes;
    private final Path spoolParent;
    private Path spoolDirectory;
    private final LinkedHashMap<ContentKey, Content> memory = new LinkedHashMap<>(64, 0.75f, true);
    private final LinkedHashMap<ContentKey, SpooledContent> spooled = new LinkedHashMap<>(64, 0.75f, true);
    private long memoryUsed;
    private long spoolUsed;

    /**
     * @param spoolParent where this process creates its spool directory (the cache directory)
     */
    public ContentCache(long memoryBytes, long spoolThreshold, long spoolBytes, Path spoolParent) {
        this.memoryBytes = memoryBytes;
        this.spoolThreshold = spoolThreshold;
        this.spoolBytes = spoolBytes;
        this.spoolParent = spoolParent;
    }

    public synchronized Optional<Content> get(ContentKey key) {
        Content content = memory.get(key);
        return Optional.ofNullable(content != null ? content : spooled.get(key));
    }

    /**
     * Makes content cached under one key available under another too, for an item whose version
     * changed without its content changing (a flag update).
     */
    public synchronized void alias(ContentKey from, ContentKey to) {
        Content content = memory.get(from);
        if (content != null) {
            memory.put(to, content);
            memoryUsed += content.length();
            evictMemory();
            return;
        }
        SpooledContent file = spooled.remove(from);
        if (file != null) {
            spooled.put(to, file);
        }
    }

    /** Stores the bytes and returns them as content; the array must not be changed afterwards. */
    public Content put(ContentKey key, byte[] bytes) throws IOException {
        if (bytes.length > spoolThreshold) {
            return spool(key, bytes);
        }
        Content content = Content.of(bytes);
        synchronized (this) {
            Content previous = memory.put(key, content);
            memoryUsed += bytes.length - (previous == null ? 0 : previous.length());
            evictMemory();
        }
        return content;
    }

    /**
     * A sink for content arriving in pieces (a download, an APPENDed literal): kept in memory up to
     * the spool threshold, in a spool file past it. Close it after {@link #put(ContentKey, ContentSink)}.
     */
    public ContentSink sink() {
        return new ContentSink(spoolThreshold, () -> PrivateFiles.tempFile(spoolDirectory(), ".eml"));
    }

    /** Stores what a completed sink of this cache received; its spool file, if any, now belongs to the cache. */
    public Content put(ContentKey key, ContentSink sink) throws IOException {
        if (!sink.isComplete()) {
            throw new IllegalStateException("the sink is not complete");
        }
        Content content = sink.handOver();
        if (content instanceof SpooledContent file) {
            register(key, file);
            return file;
        }
        try (InputStream in = content.openStream()) {
            return put(key, in.readNBytes((int) content.length()));
        }
    }

    /** Copies content from elsewhere (an APPENDed literal) into the cache, streamed. */
    public Content put(ContentKey key, Content content) throws IOException {
        try (ContentSink sink = sink(); InputStream in = content.openStream()) {
            in.transferTo(sink);
            sink.complete();
            return put(key, sink);
        }
    }

    private Content spool(ContentKey key, byte[] bytes) throws IOException {
        Path file = PrivateFiles.tempFile(spoolDirectory(), ".eml");
        Files.write(file, bytes);
        SpooledContent content = new SpooledContent(file, bytes.length);
        register(key, content);
        return content;
    }

    private void register(ContentKey key, SpooledContent content) {
        synchronized (this) {
            SpooledContent previous = spooled.put(key, content);
            spoolUsed += content.length();
            if (previous != null) {
                spoolUsed -= previous.length();
                if (previous != content) {
                    delete(previous);
                }
            }
            evictSpool(content);
        }
    }

    /** Created on first use, so a process that never spools leaves no directory behind. */
    private synchronized Path spoolDirectory() throws IOException {
        if (spoolDirectory == null) {
            PrivateFiles.directory(spoolParent);
            spoolDirectory = PrivateFiles.directory(Files.createTempDirectory(spoolParent, "spool"));
        }
        return spoolDirectory;
    }

    private void evictMemory() {
        Iterator<Map.Entry<ContentKey, Content>> eldest = memory.entrySet().iterator();
        while (memoryUsed > memoryBytes && eldest.hasNext()) {
            memoryUsed -= eldest.next().getValue().length();
            eldest.remove();
        }
    }

    private void evictSpool(SpooledContent keep) {
        Iterator<Map.Entry<ContentKey, SpooledContent>> eldest = spooled.entrySet().iterator();
        while (spoolUsed > spoolBytes && eldest.hasNext()) {
            SpooledContent candidate = eldest.next().getValue();
            if (candidate == keep) {
                continue;
            }
            spoolUsed -= candidate.length();
            eldest.remove();
            delete(candidate);
        }
    }

    private static void delete(SpooledContent content) {
        try {
            content.delete();
        } catch (IOException e) {
            LOG.warn("Could not delete a spooled message: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        Path directory;
        synchronized (this) {
            memory.clear();
            spooled.clear();
            memoryUsed = 0;
            spoolUsed = 0;
            directory = spoolDirectory;
            spoolDirectory = null;
        }
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            LOG.warn("Could not clear the spool directory {}: {}", directory, e.getMessage());
        }
    }
}
