package org.bridgehead.simulator.ews;

import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FolderOperationException;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;

/** A small store: alice with Inbox/Projects/{Bridgehead,Website} and Inbox/Newsletters, and bob. */
final class TestMailboxes {
    private TestMailboxes() {
    }

    static SimulatorStore create() {
        SimulatorStore store = new SimulatorStore();
        Mailbox alice = store.addUser("alice@example.com", "Alice Archer", "demo");
        store.addUser("bob@example.com", "Bob Baker", "demo");
        try {
            long inbox = alice.folder(DistinguishedFolder.INBOX).number();
            FolderState projects = alice.createFolder(inbox, "Projects", "IPF.Note");
            alice.createFolder(projects.number(), "Website", "IPF.Note");
            alice.createFolder(projects.number(), "Bridgehead", "IPF.Note");
            alice.createFolder(inbox, "Newsletters", "IPF.Note");
        } catch (FolderOperationException e) {
            throw new IllegalStateException(e);
        }
        return store;
    }

    static String folderId(SimulatorStore store, String address, long number) {
        Mailbox mailbox = store.mailbox(address).orElseThrow();
        return EwsIds.folderId(mailbox.address(), mailbox.guid(), number);
    }

    static FolderState child(SimulatorStore store, String address, DistinguishedFolder parent, String name) {
        Mailbox mailbox = store.mailbox(address).orElseThrow();
        try {
            return mailbox.child(mailbox.folder(parent).number(), name).orElseThrow();
        } catch (FolderOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
