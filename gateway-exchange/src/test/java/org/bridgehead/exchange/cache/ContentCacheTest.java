package org.bridgehead.exchange.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.bridgehead.exchange.mail.Content;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentCacheTest {

    @TempDir
    Path directory;

    @Test
    void leastRecentlyUsedContentLeavesFirstWhenMemoryIsFull() throws Exception {
        try (ContentCache cache = new ContentCache(250, 1000, 10_000, directory)) {
            cache.put(key("a"), new byte[100]);
            cache.put(key("b"), new byte[100]);
            cache.get(key("a"));
            cache.put(key("c"), new byte[100]);

            assertTrue(cache.get(key("a")).isPresent());
            assertFalse(cache.get(key("b")).isPresent());
            assertTrue(cache.get(key("c")).isPresent());
        }
    }

    @Test
    void contentOfAnotherOwnerIsNotServed() throws Exception {
        try (ContentCache cache = new ContentCache(1000, 1000, 10_000, directory)) {
            cache.put(new ContentKey("alice@example.com", "id", "ck"), new byte[] {1});
            assertFalse(cache.get(new ContentKey("bob@example.com", "id", "ck")).isPresent());
        }
    }

    @Test
    void largeContentIsSpooledAndDeletedOnClose() throws Exception {
        byte[] large = new byte[5000];
        large[4999] = 7;
        ContentCache cache = new ContentCache(1000, 1000, 10_000, directory);
        Content content = cache.put(key("large"), large);

        assertEquals(5000, content.length());
        assertArrayEquals(large, read(content));
        assertEquals(1, spooledFiles());

        cache.close();
        assertEquals(0, spooledFiles());
    }

    @Test
    void aSinkKeepsFewBytesInMemoryAndSpoolsManyToAFileItMaps() throws Exception {
        try (ContentCache cache = new ContentCache(10_000, 1000, 10_000, directory)) {
            try (ContentSink small = cache.sink()) {
                small.write(new byte[500]);
                small.complete();
                cache.put(key("small"), small);
            }
            assertEquals(0, spooledFiles());
            byte[] large = new byte[3000];
            large[2999] = 9;
            try (ContentSink sink = cache.sink()) {
                sink.write(large, 0, 999);
                sink.write(large, 999, 2001);
                sink.complete();
                cache.put(key("large"), sink);
            }
            Content stored = cache.get(key("large")).orElseThrow();
            assertEquals(1, spooledFiles(), "the file stays: it belongs to the cache now");
            assertArrayEquals(large, read(stored));
            assertEquals(9, stored.buffer().get(2999));
            assertEquals(500, cache.get(key("small")).orElseThrow().length());
        }
    }

    @Test
    void aSinkClosedWithoutBeingStoredLeavesNoFile() throws Exception {
        try (ContentCache cache = new ContentCache(10_000, 1000, 10_000, directory)) {
            try (ContentSink sink = cache.sink()) {
                sink.write(new byte[5000]);
            }
            try (ContentSink completed = cache.sink()) {
                completed.write(new byte[5000]);
                completed.complete();
            }
            assertEquals(0, spooledFiles());
        }
    }

    @Test
    void spooledContentIsBoundedToo() throws Exception {
        try (ContentCache cache = new ContentCache(1000, 1000, 5000, directory)) {
            cache.put(key("one"), new byte[3000]);
            cache.put(key("two"), new byte[3000]);

            assertFalse(cache.get(key("one")).isPresent());
            assertTrue(cache.get(key("two")).isPresent());
            assertEquals(1, spooledFiles());
        }
    }

    private long spooledFiles() throws IOException {
        try (Stream<Path> all = Files.walk(directory)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private static ContentKey key(String id) {
        return new ContentKey("alice@example.com", id, "ck");
    }

    private static byte[] read(Content content) throws IOException {
        try (InputStream in = content.openStream()) {
            return in.readAllBytes();
        }
    }
}
