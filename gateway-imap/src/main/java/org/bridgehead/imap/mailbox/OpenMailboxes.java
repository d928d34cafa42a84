package org.bridgehead.imap.mailbox;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mailboxes selected on this server, per user, so that a change one connection makes reaches
 * the others at once: \Deleted lives only in the gateway and Exchange sends no notice of it, and
 * Exchange's notices of other changes may come later than the other client's next command.
 * Shared by every connection of the server.
 */
public final class OpenMailboxes {

    /** Ends one mailbox's membership (when it is closed or another one selected). */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private final Map<String, Set<SelectedMailbox>> byUser = new ConcurrentHashMap<>();

    /** Records a selected mailbox of the user until the registration is closed. */
    public Registration open(String user, SelectedMailbox mailbox) {
        String key = key(user);
        byUser.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(mailbox);
        return () -> byUser.computeIfPresent(key, (k, mailboxes) -> {
            mailboxes.remove(mailbox);
            return mailboxes.isEmpty() ? null : mailboxes;
        });
    }

    /**
     * The user's folder changed through {@code by} (null if through no selected mailbox): every
     * other mailbox selected on it synchronises at its next opportunity.
     */
    public void changed(String user, String folderId, SelectedMailbox by) {
        Set<SelectedMailbox> mailboxes = byUser.get(key(user));
        if (mailboxes == null) {
            return;
        }
        for (SelectedMailbox mailbox : mailboxes) {
            if (mailbox != by && mailbox.folderId().equals(folderId)) {
                mailbox.markStale();
            }
        }
    }

    private static String key(String user) {
        return user.toLowerCase(Locale.ROOT);
    }
}
