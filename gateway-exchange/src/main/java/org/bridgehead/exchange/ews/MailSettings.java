package org.bridgehead.exchange.ews;

import java.nio.file.Path;
import java.util.Objects;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;

/**
 * How the mail backend batches and caches.
 *
 * @param cacheDirectory   where folder indexes (one store file per user) and spooled content live
 * @param batchSize        messages per GetItem of full content
 * @param memoryCacheBytes memory for cached message content, over all users
 * @param idBatchSize      messages per request that names them without content (moves, copies,
 *                         deletes, flag updates, header reads)
 */
public record MailSettings(Path cacheDirectory, int batchSize, long memoryCacheBytes, int idBatchSize) {

    public MailSettings {
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        if (idBatchSize < 1) {
            throw new IllegalArgumentException("idBatchSize must be positive: " + idBatchSize);
        }
        if (memoryCacheBytes < 1) {
            throw new IllegalArgumentException("memoryCacheBytes must be positive: " + memoryCacheBytes);
        }
    }

    /** Ids batched as Exchange allows at most. */
    public MailSettings(Path cacheDirectory, int batchSize, long memoryCacheBytes) {
        this(cacheDirectory, batchSize, memoryCacheBytes, BridgeheadSettings.EWS_ID_BATCH_SIZE.parse(BridgeheadSettings.EWS_ID_BATCH_SIZE.defaultText()));
    }

    public static MailSettings from(Settings settings) {
        return new MailSettings(settings.get(BridgeheadSettings.CACHE_DIR),
                settings.get(BridgeheadSettings.EWS_BATCH_SIZE),
                settings.get(BridgeheadSettings.CACHE_MEMORY_MB) * 1024L * 1024L,
                settings.get(BridgeheadSettings.EWS_ID_BATCH_SIZE));
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
