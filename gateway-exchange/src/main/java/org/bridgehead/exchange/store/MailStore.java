package org.bridgehead.exchange.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One user's persisted folder indexes, sync states and UIDVALIDITY values: one MVStore file (0600)
 * named by a hash of the user's address, in a 0700 directory. It is a cache: deleting it costs a
 * resynchronisation, never a changed UID or UIDVALIDITY. Thread-safe; shared by all sessions of the
 * user in the process.
 */
public final class MailStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MailStore.class);

    private final MVStore store;
    private final MVMap<String, Long> uidValidities;
    private final MVMap<String, String> syncStates;
    private final MVMap<String, Long> counters;
    private final Map<String, FolderIndex> folders = new ConcurrentHashMap<>();
    private final Clock clock;

    private MailStore(MVStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.uidValidities = store.openMap("uidvalidity");
        this.syncStates = store.openMap("syncstate");
        this.counters = store.openMap("counters");
    }

    /** The store file of a user in a directory: the name reveals nothing of the address. */
    public static Path fileOf(Path directory, String primaryAddress) {
        return directory.resolve(UidValidity.hexName(primaryAddress.toLowerCase(Locale.ROOT)) + ".mv.db");
    }

    /**
     * Opens (or creates) the user's store. An unreadable file is replaced, since it is only a cache.
     * A file another process holds open is left alone, and this process keeps its index in memory.
     */
    public static MailStore open(Path directory, String primaryAddress, Clock clock) throws IOException {
        PrivateFiles.directory(directory);
        Path file = fileOf(directory, primaryAddress);
        try {
            return new MailStore(openFile(file), clock);
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                LOG.warn("The index store {} is in use by another process; keeping this one's index in memory",
                        file);
                return new MailStore(new MVStore.Builder().open(), clock);
            }
            LOG.warn("The index store {} is unreadable ({}); starting a new one", file, e.getMessage());
        } catch (IllegalStateException e) {
            LOG.warn("The index store {} is unreadable ({}); starting a new one", file, e.getMessage());
        }
        Files.deleteIfExists(file);
        return new MailStore(openFile(file), clock);
    }

    private static MVStore openFile(Path file) throws IOException {
        PrivateFiles.file(file);
        return new MVStore.Builder().fileName(file.toString()).open();
    }

    /** The folder's UIDVALIDITY, stored the first time it is asked for. */
    public long uidValidity(String folderId) {
        return uidValidities.computeIfAbsent(folderId, UidValidity::of);
    }

    /** The folder's index (empty for a folder never synchronised). */
    public FolderIndex folder(String folderId) {
        return folders.computeIfAbsent(folderId, id -> {
            String name = UidValidity.hexName(id);
            return new FolderIndex(id, uidValidity(id), this, store.openMap("entries." + name),
                    store.openMap("items." + name), store.openMap("headers." + name),
                    store.openMap("expunges." + name), syncStates, counters, clock);
        });
    }

    /** Drops a deleted folder's index; its UIDVALIDITY stays recorded (a folder id is never reused). */
    public void forget(String folderId) {
        FolderIndex index = folder(folderId);
        synchronized (index.lock()) {
            index.clear();
            folders.remove(folderId);
            String name = UidValidity.hexName(folderId);
            store.removeMap("entries." + name);
            store.removeMap("items." + name);
            store.removeMap("headers." + name);
            store.removeMap("expunges." + name);
            index.removeCounters();
        }
        commit();
    }

    void commit() {
        store.commit();
    }

    @Override
    public void close() {
        folders.clear();
        store.close();
    }
}
