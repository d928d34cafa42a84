package org.bridgehead.exchange.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.MVMap;

/**
 * One folder's index: UID to item, flags, size and date, the header blocks learnt so far, the
 * latest expunges with their modSeq (for QRESYNC's VANISHED), plus the server's sync state. Thread-safe per call; a caller that reads, talks to the server and writes
 * back holds {@link #lock()} for the whole sequence, so two sessions of the same user never
 * interleave their updates of one folder.
 */
public final class FolderIndex {

    /** Expunges remembered per folder: a client that was away longer is told of every missing UID. */
    public static final int MAX_EXPUNGES = 10_000;

    private final String folderId;
    private final long uidValidity;
    private final MailStore store;
    private final MVMap<Long, byte[]> entries;
    private final MVMap<String, Long> uidsByItemId;
    private final MVMap<Long, byte[]> headers;
    /** modSeq of the expunge to the expunged UID; the oldest are forgotten past {@link #MAX_EXPUNGES}. */
    private final MVMap<Long, Long> expunges;
    private final Map<String, String> syncStates;
    private final Map<String, Long> counters;
    private final Clock clock;
    private final Object lock = new Object();

    FolderIndex(String folderId, long uidValidity, MailStore store, MVMap<Long, byte[]> entries,
            MVMap<String, Long> uidsByItemId, MVMap<Long, byte[]> headers, MVMap<Long, Long> expunges,
            Map<String, String> syncStates, Map<String, Long> counters, Clock clock) {
        this.folderId = folderId;
        this.uidValidity = uidValidity;
        this.store = store;
        this.entries = entries;
        this.uidsByItemId = uidsByItemId;
        this.headers = headers;
        this.expunges = expunges;
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
            expunged(previousUid);
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

    /**
     * Removes the UID's message (expunged or moved away) and records the expunge; returns the
     * expunge's modSeq, 0 if the index did not hold the UID.
     */
    public long removeUid(long uid) {
        headers.remove(uid);
        byte[] encoded = entries.remove(uid);
        if (encoded == null) {
            return 0;
        }
        uidsByItemId.remove(IndexEntryCodec.decode(encoded).itemId());
        return expunged(uid);
    }

    /** Removes the item's message and records the expunge. */
    public void removeItem(String itemId) {
        Long uid = uidsByItemId.remove(itemId);
        if (uid != null) {
            entries.remove(uid);
            headers.remove(uid);
            expunged(uid);
        }
    }

    /**
     * The UIDs expunged after a modSeq, ascending; empty if the index does not know every such expunge
     * (it forgets the oldest past {@link #MAX_EXPUNGES}, and knows none from before it was first built
     * or last rebuilt).
     */
    public Optional<List<Long>> expungedSince(long modSeq) {
        if (modSeq < counters.getOrDefault(expungeFloorKey(), Long.MAX_VALUE)) {
            return Optional.empty();
        }
        List<Long> uids = new ArrayList<>();
        for (Iterator<Long> keys = expunges.keyIterator(modSeq + 1); keys.hasNext(); ) {
            uids.add(expunges.get(keys.next()));
        }
        return Optional.of(uids.stream().sorted().distinct().toList());
    }

    /**
     * Starts the expunge history afresh: the index is about to list the folder from scratch, so it
     * cannot know what was expunged before.
     */
    public void startExpungeHistory() {
        expunges.clear();
        counters.put(expungeFloorKey(), nextModSeq());
    }

    /** The modSeq of the latest expunge remembered, 0 if none: an expunge raises the folder's HIGHESTMODSEQ. */
    public long latestExpungeModSeq() {
        Long last = expunges.lastKey();
        return last == null ? 0 : last;
    }

    private long expunged(long uid) {
        long modSeq = nextModSeq();
        expunges.put(modSeq, uid);
        while (expunges.size() > MAX_EXPUNGES) {
            Long oldest = expunges.firstKey();
            expunges.remove(oldest);
            counters.merge(expungeFloorKey(), oldest, Math::max);
        }
        return modSeq;
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

    /**
     * Forgets every entry, the expunge history and the sync state (the server no longer accepts it);
     * UIDs stay valid.
     */
    public void clear() {
        entries.clear();
        uidsByItemId.clear();
        headers.clear();
        syncStates.remove(folderId);
        startExpungeHistory();
    }

    /** For a deleted folder only: a live folder's UIDNEXT and modSeq must never go back. */
    void removeCounters() {
        counters.remove(modSeqKey());
        counters.remove(uidNextKey());
        counters.remove(expungeFloorKey());
    }

    /** Writes what changed to disk. */
    public void commit() {
        store.commit();
    }

    private String modSeqKey() {
        return "modseq:" + folderId;
    }

    /** Below this modSeq the expunge history is incomplete. */
    private String expungeFloorKey() {
        return "expungefloor:" + folderId;
    }

    private String uidNextKey() {
        return "uidnext:" + folderId;
    }
}
