package org.bridgehead.exchange.ews;

import java.nio.file.Path;
import java.util.Objects;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;

/**
 * How the mail backend batches and caches.
 *
 * @param cacheDirectory   where folder indexes (one store file per user) and spooled content live
 * @param batchSize        messages per EWS request for operations over many messages
 * @param memoryCacheBytes memory for cached message content, over all users
 */
public record MailSettings(Path cacheDirectory, int batchSize, long memoryCacheBytes) {

    public MailSettings {
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        if (memoryCacheBytes < 1) {
            throw new IllegalArgumentException("memoryCacheBytes must be positive: " + memoryCacheBytes);
        }
    }

    public static MailSettings from(Settings settings) {
        return new MailSettings(settings.get(BridgeheadSettings.CACHE_DIR),
                settings.get(BridgeheadSettings.EWS_BATCH_SIZE),
                settings.get(BridgeheadSettings.CACHE_MEMORY_MB) * 1024L * 1024L);
    }

    /** Folder index stores, one file per user. */
    Path indexDirectory() {
        return cacheDirectory.resolve("index");
    }

    /**
     * A message larger than this is spooled to a private file instead of memory: an eighth of the
     * memory cache, at most 1 MB, so a few large messages never crowd out many small ones.
     */
    long spoolThreshold() {
        return Math.min(1024L * 1024L, Math.max(1, memoryCacheBytes / 8));
    }

    /** Spooled content kept on disk before the least recently used is deleted. */
    long spoolBytes() {
        return memoryCacheBytes * 16;
    }

    /**
     * Content bytes asked for in one GetItem, estimated from the sizes Exchange reports: bounds the
     * memory one response takes (ews-java-api decodes a response's MIME content into memory).
     */
    long fetchBatchBytes() {
        return 8L * 1024L * 1024L;
    }
}
