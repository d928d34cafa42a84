package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.account;
import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.bridgehead.simulator.ews.OperationHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.ItemUpdate;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.NewItem;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SyncFolderItemsOperationTest {
    private final SimulatorStore store = TestMailboxes.create();
    private final Account alice = account(store, "alice@example.com");
    private final Mailbox mailbox = store.mailbox("alice@example.com").orElseThrow();
    private final SyncFolderItemsOperation sync = new SyncFolderItemsOperation(store);

    private ItemState add(String subject) {
        return TestItems.add(store, "alice@example.com", DistinguishedFolder.INBOX,
                NewItem.of(TestMessages.plain("bob@example.com", "alice@example.com", subject, "b")));
    }

    private Element sync(String state, String ignore, int max) throws SoapFaultException {
        return run(sync, alice, "<m:SyncFolderItems><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape>"
                + "<m:SyncFolderId><t:DistinguishedFolderId Id=\"inbox\"/></m:SyncFolderId>"
                + (state == null ? "" : "<m:SyncState>" + state + "</m:SyncState>")
                + (ignore.isEmpty() ? "" : "<m:Ignore>" + ignore + "</m:Ignore>")
                + "<m:MaxChangesReturned>" + max + "</m:MaxChangesReturned><m:SyncScope>NormalItems</m:SyncScope>"
                + "</m:SyncFolderItems>");
    }

    private static List<String> changes(Element response) {
        return Dom.children(first(response, "Changes")).stream().map(Element::getLocalName).toList();
    }

    @Test
    void firstSyncReturnsEveryItemAsCreatedThenOnlyWhatChanged() throws Exception {
        ItemState a = add("a");
        ItemState b = add("b");
        ItemState c = add("c");
        Element first = sync(null, TestItems.itemIdElement(store, "alice@example.com", c), 512);
        assertEquals(List.of("Create", "Create"), changes(first));
        assertEquals("true", Dom.childText(messages(first).get(0), "IncludesLastItemInRange").orElseThrow());
        String state = Dom.childText(messages(first).get(0), "SyncState").orElseThrow();

        mailbox.updateItem(a.number(), -1, ItemUpdate.builder().read(false).build());
        mailbox.updateItem(b.number(), -1, ItemUpdate.builder().categories(List.of("x")).build());
        mailbox.deleteItem(c.number());
        ItemState d = add("d");
        Element next = sync(state, "", 2);
        assertEquals(List.of("ReadFlagChange", "Update"), changes(next));
        assertEquals("false", first(first(next, "ReadFlagChange"), "IsRead").getTextContent());
        assertEquals("false", Dom.childText(messages(next).get(0), "IncludesLastItemInRange").orElseThrow());
        Element rest = sync(Dom.childText(messages(next).get(0), "SyncState").orElseThrow(), "", 10);
        assertEquals(List.of("Delete", "Create"), changes(rest));
        assertEquals(TestItems.id(store, "alice@example.com", d),
                first(first(rest, "Create"), "ItemId").getAttribute("Id"));
    }

    @Test
    void invalidStatesAndLimitsAreRefused() throws Exception {
        assertEquals("ErrorInvalidSyncStateData", responseCode(messages(sync("AAAA", "", 10)).get(0)));
        String hierarchyStateOfAnotherFolder = SyncStates.encode(mailbox.guid(),
                mailbox.folder(DistinguishedFolder.DRAFTS).number(), 1);
        assertEquals("ErrorInvalidSyncStateData",
                responseCode(messages(sync(hierarchyStateOfAnotherFolder, "", 10)).get(0)));
        assertThrows(SoapFaultException.class, () -> sync(null, "", 0));
        assertThrows(SoapFaultException.class, () -> sync(null, "", 513));
    }
}
