package org.bridgehead.simulator.notify;

import java.util.Set;
import org.bridgehead.simulator.store.MailboxEvent;

/**
 * Which events a subscription reports.
 *
 * @param allFolders true for SubscribeToAllFolders
 * @param folders    folder numbers subscribed to (ignored when allFolders)
 * @param types      event types asked for
 */
public record EventFilter(boolean allFolders, Set<Long> folders, Set<MailboxEvent.Type> types) {

    public EventFilter {
        folders = Set.copyOf(folders);
        types = Set.copyOf(types);
    }

    /** True when the event is of a requested type and concerns a subscribed folder (before or after a move). */
    public boolean matches(MailboxEvent event) {
        if (!types.contains(event.type())) {
            return false;
        }
        return allFolders || folders.contains(event.folderNumber())
                || event.oldFolderNumber() != 0 && folders.contains(event.oldFolderNumber());
    }
}
