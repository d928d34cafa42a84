package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.account;
import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.bridgehead.simulator.ews.OperationHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SyncFolderHierarchyOperationTest {
    private final SimulatorStore store = TestMailboxes.create();
    private final Account alice = account(store, "alice@example.com");
    private final Mailbox mailbox = store.mailbox(alice);

    private Element sync(String state) throws SoapFaultException {
        return run(new SyncFolderHierarchyOperation(store), alice, "<m:SyncFolderHierarchy><m:FolderShape>"
                + "<t:BaseShape>Default</t:BaseShape></m:FolderShape>"
                + (state == null ? "" : "<m:SyncState>" + state + "</m:SyncState>") + "</m:SyncFolderHierarchy>");
    }

    /** "Create:Inbox"-style summaries of a sync response's changes. */
    private static List<String> changes(Element response) {
        Element changes = first(response, "Changes");
        return Dom.children(changes).stream().map(c -> c.getLocalName() + ":" + OperationHarness.displayNames(c)
                .stream().findFirst().orElse("")).toList();
    }

    private static String state(Element response) {
        return first(response, "SyncState").getTextContent();
    }

    @Test
    void firstSyncCreatesEveryFolderBelowTheMessageRoot() throws Exception {
        Element response = sync(null);
        List<String> changes = changes(response);
        assertEquals(21, changes.size(), changes.toString());
        assertTrue(changes.stream().allMatch(c -> c.startsWith("Create:")));
        assertTrue(changes.indexOf("Create:Projects") < changes.indexOf("Create:Website"));
        assertEquals("true", first(response, "IncludesLastFolderInRange").getTextContent());
    }

    @Test
    void createRenameAndDeleteEachShowUpOnce() throws Exception {
        String state = state(sync(null));
        long inbox = mailbox.folder(DistinguishedFolder.INBOX).number();
        FolderState created = mailbox.createFolder(inbox, "Fresh", "IPF.Note");
        Element afterCreate = sync(state);
        assertEquals(List.of("Create:Fresh"), changes(afterCreate));
        state = state(afterCreate);
        assertEquals(List.of(), changes(sync(state)));

        FolderState newsletters = mailbox.child(inbox, "Newsletters").orElseThrow();
        mailbox.update(newsletters.number(), "Digest", java.util.Map.of(), java.util.Set.of());
        Element afterRename = sync(state);
        assertEquals(List.of("Update:Digest"), changes(afterRename));
        state = state(afterRename);

        mailbox.delete(created.number());
        Element afterDelete = sync(state);
        assertEquals(List.of("Delete:"), changes(afterDelete));
        assertEquals(TestMailboxes.folderId(store, "alice@example.com", created.number()),
                first(afterDelete, "FolderId").getAttribute("Id"));
        assertEquals(List.of(), changes(sync(state(afterDelete))));
    }

    @Test
    void folderCreatedAndDeletedBetweenSyncsIsNotReported() throws Exception {
        String state = state(sync(null));
        FolderState temp = mailbox.createFolder(mailbox.folder(DistinguishedFolder.INBOX).number(), "Temp", "IPF.Note");
        mailbox.delete(temp.number());
        assertEquals(List.of(), changes(sync(state)));
    }

    @Test
    void movingOutOfTheSyncedTreeIsADeletion() throws Exception {
        String state = state(sync(null));
        FolderState projects = TestMailboxes.child(store, "alice@example.com", DistinguishedFolder.INBOX, "Projects");
        mailbox.moveForDeletion(projects.number(), DistinguishedFolder.RECOVERABLE_ITEMS_DELETIONS);
        assertEquals(List.of("Delete:", "Delete:", "Delete:"), changes(sync(state)));
    }

    @Test
    void aCorruptOrForeignSyncStateIsRejected() throws Exception {
        assertEquals("ErrorInvalidSyncStateData", responseCode(messages(sync("bm9wZQ==")).get(0)));
        Element bobs = run(new SyncFolderHierarchyOperation(store), account(store, "bob@example.com"),
                "<m:SyncFolderHierarchy><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape>"
                        + "</m:SyncFolderHierarchy>");
        assertEquals("ErrorInvalidSyncStateData", responseCode(messages(sync(state(bobs))).get(0)));
    }
}
