package org.bridgehead.simulator.store;

/**
 * One change in a folder hierarchy since a sync position.
 *
 * @param type   what happened, as seen by a client that knew the hierarchy at that position
 * @param folder the folder now (for CREATE and UPDATE); for DELETE its last state before deletion
 */
public record HierarchyChange(Type type, FolderState folder) {

    /** The kind of change, matching t:Create, t:Update and t:Delete. */
    public enum Type {
        CREATE,
        UPDATE,
        DELETE
    }
}
