package org.bridgehead.simulator.store;

import java.util.List;

/**
 * The item changes of a folder after a sync position, oldest first.
 *
 * @param changes      at most the number asked for
 * @param position     the sync position that follows the returned changes
 * @param includesLast true when no further changes remain
 */
public record ItemChanges(List<ItemChange> changes, long position, boolean includesLast) {

    public ItemChanges {
        changes = List.copyOf(changes);
    }
}
