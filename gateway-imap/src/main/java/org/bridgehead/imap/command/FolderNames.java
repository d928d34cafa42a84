package org.bridgehead.imap.command;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.exchange.FolderPath;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.SpecialUse;
import org.bridgehead.imap.protocol.MailboxName;

/**
 * IMAP mailbox names of the user's folders: a folder's name is its {@link MailFolder#path()},
 * except that the Exchange Inbox is {@code INBOX} (and its subfolders {@code INBOX/...}).
 * Names here are decoded; the wire form (modified UTF-7) is the writer's business.
 */
public final class FolderNames {

    private final List<MailFolder> folders;
    private final String inboxPath;
    private final Set<String> parentIds = new HashSet<>();

    public FolderNames(List<MailFolder> folders) {
        this.folders = List.copyOf(folders);
        this.inboxPath = folders.stream().filter(f -> f.role() == SpecialUse.INBOX).map(MailFolder::path)
                .findFirst().orElse(MailboxName.INBOX);
        folders.forEach(f -> {
            if (f.parentId() != null) {
                parentIds.add(f.parentId());
            }
        });
    }

    public List<MailFolder> folders() {
        return folders;
    }

    public String imapName(MailFolder folder) {
        String path = folder.path();
        if (path.equals(inboxPath)) {
            return MailboxName.INBOX;
        }
        if (path.startsWith(inboxPath + FolderPath.SEPARATOR)) {
            return MailboxName.INBOX + path.substring(inboxPath.length());
        }
        return path;
    }

    /** The folder a (decoded) IMAP name stands for. */
    public Optional<MailFolder> find(String imapName) {
        String path = pathFor(imapName);
        return folders.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /** The folder path an IMAP name stands for, whether or not the folder exists. */
    public String pathFor(String imapName) {
        String name = MailboxName.normalizeInbox(imapName);
        if (name.equals(MailboxName.INBOX)) {
            return inboxPath;
        }
        if (name.startsWith(MailboxName.INBOX + FolderPath.SEPARATOR)) {
            return inboxPath + name.substring(MailboxName.INBOX.length());
        }
        return name;
    }

    public boolean hasChildren(MailFolder folder) {
        return parentIds.contains(folder.id());
    }

    public boolean isInbox(MailFolder folder) {
        return folder.path().equals(inboxPath);
    }
}
