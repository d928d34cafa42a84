package org.bridgehead.caldav.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.InvalidSyncTokenException;
import org.bridgehead.exchange.pim.ItemRef;
import org.bridgehead.exchange.pim.PimCollection;
import org.bridgehead.exchange.pim.PimService;
import org.bridgehead.exchange.pim.SyncChanges;

/**
 * The items of a collection with their etags, and the sync token describing that state. The last
 * listing of each collection is kept and brought up to date with the backend's incremental sync,
 * so listing an unchanged collection again (what vdirsyncer, Thunderbird and khal do on every
 * poll) costs the one call that says nothing changed, not a walk over every item. A listing is
 * keyed by the user's address and the folder, and only ever served to a request already signed in
 * as that user.
 */
public final class Listings {

    /** Collections whose listing is kept; beyond this the least recently used is dropped. */
    static final int KEPT = 256;

    /** A collection's items as of {@code token}. */
    public record Listing(List<ItemRef> items, String token) {
        public Listing {
            items = List.copyOf(items);
        }
    }

    private record Key(String address, String collectionId) {
    }

    private final Map<Key, Listing> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Listing> eldest) {
            return size() > KEPT;
        }
    };

    public Listing list(String address, PimService pim, PimCollection collection) throws BackendException {
        Key key = new Key(address, collection.id());
        Listing previous;
        synchronized (kept) {
            previous = kept.get(key);
        }
        Listing current = previous == null ? full(pim, collection) : update(pim, collection, previous);
        synchronized (kept) {
            kept.put(key, current);
        }
        return current;
    }

    private static Listing full(PimService pim, PimCollection collection) throws BackendException {
        SyncChanges all = pim.sync(collection.id(), null);
        return new Listing(all.changed(), all.token());
    }

    private static Listing update(PimService pim, PimCollection collection, Listing previous) throws BackendException {
        SyncChanges changes;
        try {
            changes = pim.sync(collection.id(), previous.token());
        } catch (InvalidSyncTokenException e) {
            return full(pim, collection);
        }
        if (changes.changed().isEmpty() && changes.removed().isEmpty()) {
            return new Listing(previous.items(), changes.token());
        }
        Map<String, ItemRef> items = new LinkedHashMap<>();
        previous.items().forEach(ref -> items.put(ref.resourceName(), ref));
        changes.removed().forEach(items::remove);
        changes.changed().forEach(ref -> items.put(ref.resourceName(), ref));
        return new Listing(List.copyOf(items.values()), changes.token());
    }
}
