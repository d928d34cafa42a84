package org.bridgehead.simulator.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of one folder, taken under its mailbox's lock.
 *
 * @param number             the folder's number in its mailbox; part of its entry id, never reused
 * @param parentNumber       the parent's number, or 0 for the mailbox root
 * @param distinguished      the well-known role of this folder, or null
 * @param displayName        the folder name
 * @param folderClass        the container class (IPF.Note ...), or null where Exchange has none
 * @param kind               the kind of folder
 * @param changeNumber       bumped on every change; the source of the change key
 * @param totalCount         number of items
 * @param unreadCount        number of unread items
 * @param childFolderCount   number of direct subfolders
 * @param ipm                true when the folder is msgfolderroot or below it (the folders users see)
 * @param lastModified       time of the last change to the folder or its content
 * @param lastContentChange  time of the last change to its content (PR_LOCAL_COMMIT_TIME_MAX)
 * @param nextArticleNumber  the number the next item entering the folder gets (PR_ARTICLE_NUM_NEXT)
 * @param contentSize        total size of the items in bytes
 * @param extendedProperties extended properties set by clients; a single-valued property has one value
 */
public record FolderState(long number, long parentNumber, DistinguishedFolder distinguished, String displayName,
                          String folderClass, FolderKind kind, long changeNumber, int totalCount,
                          int unreadCount, int childFolderCount, boolean ipm, Instant lastModified,
                          Instant lastContentChange, long nextArticleNumber, long contentSize,
                          Map<ExtendedPropertyKey, List<String>> extendedProperties) {

    public FolderState {
        extendedProperties = Map.copyOf(extendedProperties);
    }
}
