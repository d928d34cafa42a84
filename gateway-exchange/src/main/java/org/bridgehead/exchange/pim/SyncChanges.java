package org.bridgehead.exchange.pim;

import java.util.List;
import java.util.Objects;

/**
 * What changed in a collection since a sync token (RFC 6578 sync-collection).
 *
 * @param changed      items created or modified since the token (all items for a first sync)
 * @param removed      resource names of items deleted since the token
 * @param token        the token that describes the collection as of this answer
 */
public record SyncChanges(List<ItemRef> changed, List<String> removed, String token) {

    public SyncChanges {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        Objects.requireNonNull(token, "token");
    }
}
