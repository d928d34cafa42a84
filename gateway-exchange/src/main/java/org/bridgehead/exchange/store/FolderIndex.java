package org.bridgehead.exchange.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.MVMap;

/**
 * One folder's index: UID to item, flags, size and date, the header blocks learnt so far, plus the
 * server's sync state. Thread-safe per call; a caller that reads, talks to the server and writes
 * back holds {@link #lock()} for the whole sequence, so two sessions of the same user never
 * interleave their updates of one folder.
 */
public final class FolderIndex {

    private final String folderId;
    private final long uidValidity;
    private final MailStore store;
    private final MVMap<Long, byte[]> entries;
    private final MVMap<String, Long> uidsByItemId;
    private final MVMap<Long, byte[]> headers;
    private final Map<String, String> syncStates;
    private final Map<String, Long> counters;
    private final Clock clock;
    private final Object lock = new Object();

    FolderIndex(String folderId, long uidValidity, MailStore store, MVMap<Long, byte[]> entries,
            MVMap<String, Long> uidsByItemId, MVMap<Long, byte[]> headers, Map<String, String> syncStates,
            Map<String, Long> counters, Clock clock) {
        this.folderId = folderId;
        this.uidValidity = uidValidity;
        this.store = store;
        this.entries = entries;
        this.uidsByItemId = uidsByItemId;
        this.headers = headers;
        this.syncStates = syncStates;
        this.counters = counters;
        this.clock = clock;
    }

    public String folderId() {
        return folderId;
    }

    public long uidValidity() {
        return uidValidity;
    }

    /** Held while a sequence of reads, server calls and writes must not interleave with another. */
    public Object lock() {
        return lock;
    }

    public Optional<IndexEntry> byUid(long uid) {
        byte[] encoded = entries.get(uid);
        return encoded == null ? Optional.empty() : Optional.of(IndexEntryCodec.decode(encoded));
    }

    public Optional<IndexEntry> byItemId(String itemId) {
        Long uid = uidsByItemId.get(itemId);
        return uid == null ? Optional.empty() : byUid(uid);
    }

    /** All entries, ascending by UID. */
    public List<IndexEntry> entries() {
        List<IndexEntry> all = new ArrayList<>(entries.size());
        for (byte[] encoded : entries.values()) {
            all.add(IndexEntryCodec.decode(encoded));
        }
        return List.copyOf(all);
    }

    /** Adds or replaces the entry of its UID; an item that moved to another UID leaves the old one. */
    public void put(IndexEntry entry) {
        byUid(entry.uid()).filter(old -> !old.itemId().equals(entry.itemId())).ifPresent(old -> {
            uidsByItemId.remove(old.itemId());
            headers.remove(entry.uid());
        });
        Long previousUid = uidsByItemId.put(entry.itemId(), entry.uid());
        if (previousUid != null && previousUid != entry.uid()) {
            entries.remove(previousUid);
            headers.remove(previousUid);
        }
        entries.put(entry.uid(), IndexEntryCodec.encode(entry));
        long next = entry.uid() + 1;
        counters.merge(uidNextKey(), next, Math::max);
    }

    /**
     * The message's header block (its top-level header fields and the blank line after them), if
     * known; it never changes for a UID, so it is kept until the UID goes.
     */
    public Optional<byte[]> header(long uid) {
        byte[] header = headers.get(uid);
        return header == null ? Optional.empty() : Optional.of(header.clone());
    }

    /** Records the header block of a UID in the index; ignored for a UID the index does not hold. */
    public void putHeader(long uid, byte[] header) {
        if (entries.containsKey(uid)) {
            headers.put(uid, header.clone());
        }
    }

    public void removeUid(long uid) {
        headers.remove(uid);
        byte[] encoded = entries.remove(uid);
        if (encoded != null) {
            uidsByItemId.remove(IndexEntryCodec.decode(encoded).itemId());
        }
    }

    public void removeItem(String itemId) {
        Long uid = uidsByItemId.remove(itemId);
        if (uid != null) {
            entries.remove(uid);
            headers.remove(uid);
        }
    }

    /**
     * The next modification sequence number. It starts from the clock's milliseconds, so numbers keep
     * growing even after the store was deleted and rebuilt.
     */
    public long nextModSeq() {
        return counters.merge(modSeqKey(), clock.millis(), (current, now) -> Math.max(current + 1, now));
    }

    /** The highest modSeq handed out for this folder, 0 if none. */
    public long highestModSeq() {
        return counters.getOrDefault(modSeqKey(), 0L);
    }

    /** One more than the highest UID ever seen in the folder; never decreases. */
    public long uidNext() {
        return counters.getOrDefault(uidNextKey(), 1L);
    }

    public Optional<String> syncState() {
        return Optional.ofNullable(syncStates.get(folderId));
    }

    public void syncState(String state) {
        syncStates.put(folderId, state);
    }

    /** Forgets every entry and the sync state (the server no longer accepts it); UIDs stay valid. */
    public void clear() {
        entries.clear();
        uidsByItemId.clear();
        headers.clear();
        syncStates.remove(folderId);
    }

    /** For a deleted folder only: a live folder's UIDNEXT and modSeq must never go back. */
    void removeCounters() {
        counters.remove(modSeqKey());
        counters.remove(uidNextKey());
    }

    /** Writes what changed to disk. */
    public void commit() {
        store.commit();
    }

    private String modSeqKey() {
        return "modseq:" + folderId;
    }

    private String uidNextKey() {
        return "uidnext:" + folderId;
    }
}
