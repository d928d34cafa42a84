package org.bridgehead.simulator.store;

import java.time.Instant;

/**
 * One change in a mailbox, as notifications report it.
 *
 * @param type            what happened
 * @param itemNumber      the item concerned (after a move or copy: the new one), or 0 when the event is
 *                        about the folder itself (its content changed: counts, change key)
 * @param folderNumber    the folder holding the item (for folder events: the folder)
 * @param oldItemNumber   for moves and copies: the item it came from; else 0
 * @param oldFolderNumber for moves and copies: the folder it came from; else 0
 * @param timestamp       when it happened
 * @param watermark       ascending per mailbox, from 1; tells a subscriber where it stands
 */
public record MailboxEvent(Type type, long itemNumber, long folderNumber, long oldItemNumber, long oldFolderNumber,
                           Instant timestamp, long watermark) {

    /** EWS notification event types. */
    public enum Type {
        CREATED,
        NEW_MAIL,
        MODIFIED,
        MOVED,
        COPIED,
        DELETED
    }

    /** True for a folder's own event (its content changed), false for an item's. */
    public boolean isFolderEvent() {
        return itemNumber == 0;
    }
}
