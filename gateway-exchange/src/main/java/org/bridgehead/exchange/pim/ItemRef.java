package org.bridgehead.exchange.pim;

import java.util.Objects;

/**
 * An item of a collection, without its content.
 *
 * @param resourceName the name the client gave it (e.g. {@code 0f3a.ics}), kept across syncs; items
 *                     created in Exchange get a stable name derived from the item
 * @param itemId       the backend's opaque item id
 * @param etag         the item's version (Exchange's change key), unquoted; changes with every change
 */
public record ItemRef(String resourceName, String itemId, String etag) {

    public ItemRef {
        Objects.requireNonNull(resourceName, "resourceName");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(etag, "etag");
    }
}
