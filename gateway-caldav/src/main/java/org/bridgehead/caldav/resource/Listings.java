package org.bridgehead.caldav.resource;

import java.util.List;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.pim.ItemRef;
import org.bridgehead.exchange.pim.PimCollection;
import org.bridgehead.exchange.pim.PimService;
import org.bridgehead.exchange.pim.SyncChanges;

/** The items of a collection with their etags, and the sync token describing that state. */
public final class Listings {

    /** A collection's items as of {@code token}. */
    public record Listing(List<ItemRef> items, String token) {
        public Listing {
            items = List.copyOf(items);
        }
    }

    public Listing list(PimService pim, PimCollection collection) throws BackendException {
        SyncChanges all = pim.sync(collection.id(), null);
        return new Listing(all.changed(), all.token());
    }
}
