package org.bridgehead.exchange.ews;

/** A folder as FindFolder lists it, before paths and roles are worked out. */
record FolderRow(
        String id,
        String parentId,
        String displayName,
        String folderClass,
        int totalCount,
        int unreadCount,
        int childCount) {
}
