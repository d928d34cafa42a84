package org.bridgehead.simulator.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The well-known folders every Exchange mailbox has, in creation order (a parent before its
 * children), with the names and container classes an English-language Exchange 2016 gives them.
 */
public enum DistinguishedFolder {
    ROOT("root", null, "", null, FolderKind.MAIL),
    MSG_FOLDER_ROOT("msgfolderroot", ROOT, "Top of Information Store", "IPF.Note", FolderKind.MAIL),
    COMMON_VIEWS(null, ROOT, "Common Views", null, FolderKind.MAIL),
    SEARCH_FOLDERS("searchfolders", ROOT, "Finder", null, FolderKind.MAIL),
    RECOVERABLE_ITEMS_ROOT("recoverableitemsroot", ROOT, "Recoverable Items", null, FolderKind.MAIL),
    RECOVERABLE_ITEMS_DELETIONS("recoverableitemsdeletions", RECOVERABLE_ITEMS_ROOT, "Deletions", null,
            FolderKind.MAIL),
    RECOVERABLE_ITEMS_PURGES("recoverableitemspurges", RECOVERABLE_ITEMS_ROOT, "Purges", null, FolderKind.MAIL),
    RECOVERABLE_ITEMS_VERSIONS("recoverableitemsversions", RECOVERABLE_ITEMS_ROOT, "Versions", null,
            FolderKind.MAIL),
    INBOX("inbox", MSG_FOLDER_ROOT, "Inbox", "IPF.Note", FolderKind.MAIL),
    DRAFTS("drafts", MSG_FOLDER_ROOT, "Drafts", "IPF.Note", FolderKind.MAIL),
    SENT_ITEMS("sentitems", MSG_FOLDER_ROOT, "Sent Items", "IPF.Note", FolderKind.MAIL),
    DELETED_ITEMS("deleteditems", MSG_FOLDER_ROOT, "Deleted Items", "IPF.Note", FolderKind.MAIL),
    JUNK_EMAIL("junkemail", MSG_FOLDER_ROOT, "Junk Email", "IPF.Note", FolderKind.MAIL),
    OUTBOX("outbox", MSG_FOLDER_ROOT, "Outbox", "IPF.Note", FolderKind.MAIL),
    ARCHIVE("archive", MSG_FOLDER_ROOT, "Archive", "IPF.Note", FolderKind.MAIL),
    CALENDAR("calendar", MSG_FOLDER_ROOT, "Calendar", "IPF.Appointment", FolderKind.CALENDAR),
    CONTACTS("contacts", MSG_FOLDER_ROOT, "Contacts", "IPF.Contact", FolderKind.CONTACTS),
    TASKS("tasks", MSG_FOLDER_ROOT, "Tasks", "IPF.Task", FolderKind.TASKS),
    NOTES("notes", MSG_FOLDER_ROOT, "Notes", "IPF.StickyNote", FolderKind.MAIL),
    JOURNAL("journal", MSG_FOLDER_ROOT, "Journal", "IPF.Journal", FolderKind.MAIL),
    CONVERSATION_HISTORY("conversationhistory", MSG_FOLDER_ROOT, "Conversation History", "IPF.Note",
            FolderKind.MAIL),
    SYNC_ISSUES("syncissues", MSG_FOLDER_ROOT, "Sync Issues", "IPF.Note", FolderKind.MAIL),
    CONFLICTS("conflicts", SYNC_ISSUES, "Conflicts", "IPF.Note", FolderKind.MAIL),
    LOCAL_FAILURES("localfailures", SYNC_ISSUES, "Local Failures", "IPF.Note", FolderKind.MAIL),
    SERVER_FAILURES("serverfailures", SYNC_ISSUES, "Server Failures", "IPF.Note", FolderKind.MAIL);

    private final String id;
    private final DistinguishedFolder parent;
    private final String displayName;
    private final String folderClass;
    private final FolderKind kind;

    DistinguishedFolder(String id, DistinguishedFolder parent, String displayName, String folderClass,
                        FolderKind kind) {
        this.id = id;
        this.parent = parent;
        this.displayName = displayName;
        this.folderClass = folderClass;
        this.kind = kind;
    }

    /** The EWS DistinguishedFolderId name, or null for a well-known folder EWS has no name for. */
    public String id() {
        return id;
    }

    public DistinguishedFolder parent() {
        return parent;
    }

    public String displayName() {
        return displayName;
    }

    public String folderClass() {
        return folderClass;
    }

    public FolderKind kind() {
        return kind;
    }

    /** Looks up an EWS DistinguishedFolderId name (case-insensitive, as Exchange accepts). */
    public static Optional<DistinguishedFolder> byId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> wanted.equals(f.id)).findFirst();
    }
}
