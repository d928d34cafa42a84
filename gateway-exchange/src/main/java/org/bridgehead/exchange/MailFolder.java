package org.bridgehead.exchange;

import java.util.Objects;

/**
 * A mail folder of the user's mailbox.
 *
 * @param id          the backend's opaque folder id
 * @param parentId    the parent folder's id, or null for a top-level folder; the parent may be a
 *                    non-mail folder (e.g. a calendar) that the folder tree leaves out
 * @param displayName the folder's own name, unescaped
 * @param path        display names from the top, escaped and joined as {@link FolderPath} describes
 * @param role        the special use Exchange gives the folder, NONE for an ordinary one
 * @param folderClass the Exchange folder class, e.g. {@code IPF.Note}; empty if the server has none
 * @param totalCount  messages in the folder
 * @param unreadCount unread messages in the folder
 * @param childCount  direct subfolders
 */
public record MailFolder(
        String id,
        String parentId,
        String displayName,
        String path,
        SpecialUse role,
        String folderClass,
        int totalCount,
        int unreadCount,
        int childCount) {

    public MailFolder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(folderClass, "folderClass");
    }

    public boolean isTopLevel() {
        return parentId == null;
    }
}
