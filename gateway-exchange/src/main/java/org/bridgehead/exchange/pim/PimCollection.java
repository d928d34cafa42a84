package org.bridgehead.exchange.pim;

import java.util.Objects;
import java.util.Optional;

/**
 * A calendar, task list or address book of the user: one Exchange folder.
 *
 * @param id           the backend's opaque folder id
 * @param parentId     the parent collection's id, or null for a top collection of its kind
 * @param resourceName the collection's URL segment: the name the client chose when it created the
 *                     collection, or for other folders a name derived once from the folder's name;
 *                     unique among the user's collections and kept when the display name changes
 * @param kind         what it holds
 * @param displayName  the folder's name
 * @param primary      true for the user's default folder of this kind (Calendar, Tasks, Contacts)
 * @param color        the colour a client stored (e.g. {@code #FF0000FF}), if any
 * @param order        the display order a client stored, if any
 * @param ctag         changes whenever any item in the collection changes (a CalDAV getctag)
 */
public record PimCollection(String id, String parentId, String resourceName, CollectionKind kind,
        String displayName, boolean primary, Optional<String> color, Optional<Integer> order, String ctag) {

    public PimCollection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(resourceName, "resourceName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(color, "color");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(ctag, "ctag");
    }
}
