package org.bridgehead.simulator.store;

/**
 * One change to a folder's items since a sync position.
 *
 * @param type       what the client must do
 * @param item       the item as it is now (for DELETE: as it was when it left the folder)
 * @param sequence   the change's place in the mailbox's change sequence
 */
public record ItemChange(Type type, ItemState item, long sequence) {

    /** SyncFolderItems change kinds. */
    public enum Type {
        CREATE,
        UPDATE,
        DELETE,
        READ_FLAG_CHANGE
    }
}
