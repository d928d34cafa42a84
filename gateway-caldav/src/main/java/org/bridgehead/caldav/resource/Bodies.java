package org.bridgehead.caldav.resource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.pim.ItemRef;
import org.bridgehead.exchange.pim.PimItem;
import org.bridgehead.exchange.pim.PimService;

/** Fetches the content of many items of one collection in one backend call (the backend batches). */
public final class Bodies {

    private Bodies() {
    }

    /** Resource name to iCalendar/vCard; items gone meanwhile are left out. */
    public static Map<String, PimItem> items(PimService pim, String collectionId, List<String> names)
            throws BackendException {
        Map<String, PimItem> items = new HashMap<>();
        if (names.isEmpty()) {
            return items;
        }
        for (PimItem item : pim.get(collectionId, names)) {
            items.put(item.ref().resourceName(), item);
        }
        return items;
    }

    public static Map<String, String> of(PimService pim, String collectionId, List<ItemRef> refs)
            throws BackendException {
        Map<String, String> bodies = new HashMap<>();
        items(pim, collectionId, refs.stream().map(ItemRef::resourceName).toList())
                .forEach((name, item) -> bodies.put(name, item.body()));
        return bodies;
    }
}
