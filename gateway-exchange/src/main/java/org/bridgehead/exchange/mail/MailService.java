package org.bridgehead.exchange.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.MailFolder;

/**
 * A user's mail, as protocol servers see it: folders by path, messages by UID.
 *
 * <p>Folder ids are the ids of {@link MailFolder}. Every operation over N messages costs
 * ceil(N / batch size) server calls; partial failures are reported per message. Implementations
 * keep a per-user folder index (UID to item, flags, size, date) that persists across restarts, so
 * re-synchronising an unchanged folder costs one server call.
 */
public interface MailService {

    /** The mail folder tree, depth first (see {@code ExchangeSession.folderTree()}). */
    List<MailFolder> folders() throws BackendException;

    /** The folder at a path as {@link MailFolder#path()} writes it; NotFoundException if none. */
    MailFolder folder(String path) throws BackendException;

    /** Creates the folder; its parent path must exist. */
    MailFolder createFolder(String path) throws BackendException;

    /** Renames and, if the parent path differs, moves the folder (with its subfolders). */
    MailFolder renameFolder(String folderId, String newPath) throws BackendException;

    /** Deletes the folder and its subfolders. */
    void deleteFolder(String folderId) throws BackendException;

    /** Brings the folder's index up to date with Exchange and returns it. */
    FolderSnapshot sync(String folderId) throws BackendException;

    /**
     * The UIDs expunged from the folder (or moved out of it) after a modSeq, ascending, as of its
     * last {@link #sync}: what IMAP QRESYNC reports as VANISHED (EARLIER). Empty when the folder index
     * no longer knows every such expunge (its history is bounded); the caller then treats every UID it
     * does not see in the folder as possibly expunged.
     */
    Optional<List<Long>> expungedSince(String folderId, long modSeq) throws BackendException;

    /**
     * The complete MIME content of messages, from the content cache where possible. UIDs that no
     * longer exist are missing from the result. A large message's content may live in a cache file:
     * read it soon, not hours later (the cache may have evicted it by then).
     */
    Map<Long, Content> fetch(String folderId, List<Long> uids) throws BackendException;

    /**
     * Each message's header block: its top-level header fields and the blank line after them, as
     * IMAP's BODY[HEADER] is. Costs no bodies where Exchange keeps a message's header block (received
     * mail), batches many messages per server call, and is kept in the folder index, so asking again
     * costs nothing. UIDs that no longer exist are missing from the result. The arrays are the
     * caller's own.
     */
    Map<Long, byte[]> headers(String folderId, List<Long> uids) throws BackendException;

    /**
     * Changes flags; DELETED is kept by the gateway, the other flags are stored in Exchange. DRAFT
     * can only be chosen at {@link #append}; a change of it is ignored (leave it out of IMAP's
     * PERMANENTFLAGS). Exchange keeps one "last verb", so ANSWERED together with FORWARDED is stored
     * as ANSWERED. UIDs not in the folder's index fail with NotFoundException.
     */
    default BatchResult setFlags(String folderId, List<Long> uids, FlagChange change) throws BackendException {
        return setFlags(folderId, uids, change, UNCONDITIONAL);
    }

    /** For {@link #setFlags(String, List, FlagChange, long)}: change whatever the message's modSeq. */
    long UNCONDITIONAL = Long.MAX_VALUE;

    /**
     * Changes flags as {@link #setFlags(String, List, FlagChange)} does, but only of messages whose
     * modSeq is at most {@code unchangedSince} (IMAP STORE UNCHANGEDSINCE, RFC 7162). A message
     * changed since, in the index or in Exchange meanwhile (its change key is checked, never
     * overwritten), fails with PreconditionFailedException and keeps its flags. The result's
     * modSeqs give each changed message's new modSeq.
     */
    BatchResult setFlags(String folderId, List<Long> uids, FlagChange change, long unchangedSince)
            throws BackendException;

    /** Stores a message in the folder with the given flags and internal date (now if null). */
    AppendResult append(String folderId, Content mime, MessageFlags flags, Instant internalDate)
            throws BackendException;

    /** Copies messages into another folder, which assigns them new UIDs. */
    CopyResult copy(String folderId, List<Long> uids, String targetFolderId) throws BackendException;

    /** Moves messages into another folder, which assigns them new UIDs. */
    CopyResult move(String folderId, List<Long> uids, String targetFolderId) throws BackendException;

    /** Removes messages for good from the folder (IMAP EXPUNGE); one already gone counts as removed. */
    BatchResult expunge(String folderId, List<Long> uids) throws BackendException;

    /** UIDs of the folder's messages matching the criteria, evaluated by Exchange. */
    Set<Long> search(String folderId, MailSearch criteria) throws BackendException;

    /** Starts watching folders for changes made elsewhere; notices arrive within a second. */
    FolderWatch watch(Collection<String> folderIds, FolderWatch.Listener listener) throws BackendException;

    /**
     * Sends a message as the user, to exactly the given recipients: the message's To, Cc and Bcc
     * headers decide nothing (see {@link OutgoingRecipients}). Recipients do not receive the Bcc
     * list; the Sent Items copy keeps it.
     *
     * @param mime the message as the client wrote it; sent without changes to its content
     * @param saveCopy keep a copy in Sent Items
     */
    void send(Content mime, OutgoingRecipients recipients, boolean saveCopy) throws BackendException;
}
