package org.bridgehead.exchange.mail;

import java.util.List;

/**
 * A folder's messages as of one synchronisation with Exchange. A protocol server compares two
 * snapshots to learn what was added, expunged or reflagged in between.
 *
 * @param folderId      the folder
 * @param uidValidity   changes only if the folder was recreated (UIDs are then meaningless)
 * @param uidNext       a lower bound for the next UID the folder will assign
 * @param highestModSeq the highest modSeq among the messages (0 for an empty folder)
 * @param messages      ascending by UID
 */
public record FolderSnapshot(String folderId, long uidValidity, long uidNext, long highestModSeq,
        List<MessageSummary> messages) {

    public FolderSnapshot {
        messages = List.copyOf(messages);
    }
}
