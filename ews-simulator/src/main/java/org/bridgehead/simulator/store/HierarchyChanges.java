package org.bridgehead.simulator.store;

import java.util.List;

/**
 * The changes to a folder subtree since a sync position.
 *
 * @param changes  the changes, oldest first
 * @param position the position that covers these changes, to continue from next time
 */
public record HierarchyChanges(List<HierarchyChange> changes, long position) {

    public HierarchyChanges {
        changes = List.copyOf(changes);
    }
}
