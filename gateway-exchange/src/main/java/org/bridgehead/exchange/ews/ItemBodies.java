package org.bridgehead.exchange.ews;

import java.util.List;
import java.util.Map;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import org.bridgehead.exchange.BackendException;

/**
 * Exchange items of one kind (calendar items, tasks, contacts) <-> the iCalendar or vCard text a
 * DAV client stores. Writes keep the client's resource name and original text on the item.
 */
interface ItemBodies {

    /** What an item is loaded with before it is rendered or replaced. */
    PropertySet shape();

    /** The text of each item (loaded with {@link #shape()}), by item id; may load more (exceptions). */
    Map<String, String> render(List<Item> items) throws BackendException;

    /**
     * Creates an item from the client's text.
     *
     * @return the new item's id with its change key; on failure nothing is left behind
     */
    ItemId create(String folderId, String resourceName, String body) throws BackendException;

    /**
     * Replaces an item (loaded with {@link #shape()}) with the client's text.
     *
     * @param ifMatch the change key the client last saw, or null to overwrite whatever is there
     * @return the item's id with its new change key
     */
    ItemId replace(Item existing, String resourceName, String body, String ifMatch) throws BackendException;
}
