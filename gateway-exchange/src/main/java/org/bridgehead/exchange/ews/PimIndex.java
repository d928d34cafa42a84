package org.bridgehead.exchange.ews;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.exchange.pim.CollectionKind;
import org.bridgehead.exchange.pim.ItemRef;

/**
 * One collection's items by resource name and by item id, as of a SyncFolderItems state of its
 * own: what turns the names DAV clients use into Exchange ids, and the ids of deleted items (all a
 * sync reports of them) back into names. Thread-safe.
 *
 * <p>An item has the name a DAV client gave it (the DavName property), or, if another client
 * (Outlook, OWA) made it, a name derived from its item id, the same every time.
 */
final class PimIndex {

    /** One item: its resource name, id, change key, and the iCalendar UID of calendar items (or null). */
    record Entry(String name, String itemId, String changeKey, String uid) {
        ItemRef ref() {
            return new ItemRef(name, itemId, changeKey);
        }
    }

    private final CollectionKind kind;
    private final Map<String, Entry> byName = new LinkedHashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();
    /** Items deleted lately, so a client's sync from before the delete can still name them. */
    private final Map<String, String> deletedNames = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_DELETIONS;
        }
    };
    private String state;
    private boolean complete;

    /** Far more deletions than happen between two syncs of any client. */
    static final int REMEMBERED_DELETIONS = 10_000;

    PimIndex(CollectionKind kind) {
        this.kind = kind;
    }

    CollectionKind kind() {
        return kind;
    }

    /** The name of an item that has no DavName: a digest of its id, with the kind's file extension. */
    static String derivedName(String itemId, CollectionKind kind) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(itemId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16) + extension(kind);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String extension(CollectionKind kind) {
        return kind == CollectionKind.CONTACTS ? ".vcf" : ".ics";
    }

    /** True once a full listing has been recorded. */
    synchronized boolean complete() {
        return complete;
    }

    /** The state to continue the index's own sync from; null before the first listing. */
    synchronized String state() {
        return state;
    }

    /** Records a page of the index's own sync. */
    synchronized void advance(String newState, boolean listingDone) {
        state = newState;
        if (listingDone) {
            complete = true;
        }
    }

    synchronized void clear() {
        byName.forEach((name, entry) -> deletedNames.put(entry.itemId(), name));
        byName.clear();
        byId.clear();
        state = null;
        complete = false;
    }

    synchronized void put(Entry entry) {
        Entry previous = byId.remove(entry.itemId());
        if (previous != null) {
            byName.remove(previous.name());
        }
        Entry displaced = byName.put(entry.name(), entry);
        if (displaced != null && !displaced.itemId().equals(entry.itemId())) {
            byId.remove(displaced.itemId());
        }
        byId.put(entry.itemId(), entry);
    }

    /** Forgets a deleted item, remembering its name for syncs that have yet to hear of it. */
    synchronized void remove(String itemId) {
        Entry removed = byId.remove(itemId);
        if (removed != null) {
            byName.remove(removed.name());
            deletedNames.put(itemId, removed.name());
        }
    }

    /** The name of an item now deleted, if it was known. */
    synchronized Optional<String> nameOfDeleted(String itemId) {
        Entry entry = byId.get(itemId);
        return entry != null ? Optional.of(entry.name()) : Optional.ofNullable(deletedNames.get(itemId));
    }

    synchronized Optional<Entry> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    synchronized Optional<Entry> byId(String itemId) {
        return Optional.ofNullable(byId.get(itemId));
    }

    /** The series an occurrence belongs to, found by the UID they share. */
    synchronized Optional<Entry> byUid(String uid) {
        if (uid == null) {
            return Optional.empty();
        }
        return byName.values().stream().filter(e -> uid.equals(e.uid())).findFirst();
    }

    synchronized List<Entry> entries() {
        return new ArrayList<>(byName.values());
    }
}
