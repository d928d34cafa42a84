package org.bridgehead.imap.command;

import java.util.List;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.mail.FolderWatch;
import org.bridgehead.exchange.mail.MailService;
import org.bridgehead.imap.mailbox.SelectedMailbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the change watch of a selected mailbox: every notice marks the mailbox stale. */
final class MailboxWatch {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxWatch.class);

    private MailboxWatch() {
    }

    /** The watch, or null: push is an optimisation, and without it the client still learns of changes at NOOP. */
    static FolderWatch open(MailService mail, SelectedMailbox mailbox) {
        try {
            return mail.watch(List.of(mailbox.folderId()), folderId -> mailbox.markStale());
        } catch (BackendException e) {
            LOG.warn("Cannot watch {} for changes ({}); the client will learn of them when it polls",
                    mailbox.name(), e.getMessage());
            return null;
        }
    }
}
