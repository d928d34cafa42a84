package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.account;
import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.bridgehead.simulator.ews.OperationHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.NewItem;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** DeleteItem, MoveItem and CopyItem. */
class ItemPlacementOperationsTest {
    private final SimulatorStore store = TestMailboxes.create();
    private final Account alice = account(store, "alice@example.com");
    private final Mailbox mailbox = store.mailbox("alice@example.com").orElseThrow();

    private ItemState add(String subject) {
        return TestItems.add(store, "alice@example.com", DistinguishedFolder.INBOX,
                NewItem.of(TestMessages.plain("bob@example.com", "alice@example.com", subject, "b")));
    }

    private String ids(ItemState... items) {
        StringBuilder b = new StringBuilder();
        for (ItemState i : items) {
            b.append(TestItems.itemIdElement(store, "alice@example.com", i));
        }
        return b.toString();
    }

    private long count(DistinguishedFolder folder) {
        return mailbox.folder(folder).totalCount();
    }

    @Test
    void deleteTypesHardSoftAndToDeletedItems() throws Exception {
        ItemState a = add("a");
        ItemState b = add("b");
        ItemState c = add("c");
        DeleteItemOperation delete = new DeleteItemOperation(store);
        run(delete, alice, "<m:DeleteItem DeleteType=\"HardDelete\"><m:ItemIds>" + ids(a) + "</m:ItemIds></m:DeleteItem>");
        run(delete, alice, "<m:DeleteItem DeleteType=\"SoftDelete\"><m:ItemIds>" + ids(b) + "</m:ItemIds></m:DeleteItem>");
        Element response = run(delete, alice, "<m:DeleteItem DeleteType=\"MoveToDeletedItems\"><m:ItemIds>" + ids(c, a)
                + "</m:ItemIds></m:DeleteItem>");
        assertEquals(List.of("NoError", "ErrorItemNotFound"),
                messages(response).stream().map(OperationHarness::responseCode).toList());
        assertEquals(0, count(DistinguishedFolder.INBOX));
        assertEquals(1, count(DistinguishedFolder.RECOVERABLE_ITEMS_DELETIONS));
        assertEquals(1, count(DistinguishedFolder.DELETED_ITEMS));
        ItemState inTrash = mailbox.items(mailbox.folder(DistinguishedFolder.DELETED_ITEMS).number()).get(0);
        assertEquals(1, inTrash.articleNumber());
    }

    @Test
    void moveAndCopyReturnNewIdsInTheTarget() throws Exception {
        ItemState a = add("a");
        ItemState b = add("b");
        String archive = "<m:ToFolderId><t:DistinguishedFolderId Id=\"archive\"/></m:ToFolderId>";
        Element moved = run(new MoveItemOperation(store), alice, "<m:MoveItem>" + archive + "<m:ItemIds>" + ids(a, b)
                + "</m:ItemIds></m:MoveItem>");
        List<Element> newIds = OperationHarness.all(moved, org.bridgehead.simulator.soap.EwsNamespaces.TYPES, "ItemId");
        assertEquals(2, newIds.size());
        long archiveNumber = mailbox.folder(DistinguishedFolder.ARCHIVE).number();
        List<ItemState> archived = mailbox.items(archiveNumber);
        assertEquals(List.of(1L, 2L), archived.stream().map(ItemState::articleNumber).toList());
        assertEquals(TestItems.id(store, "alice@example.com", archived.get(0)), newIds.get(0).getAttribute("Id"));

        Element copied = run(new CopyItemOperation(store), alice, "<m:CopyItem><m:ToFolderId><t:DistinguishedFolderId "
                + "Id=\"drafts\"/></m:ToFolderId><m:ItemIds>" + ids(archived.get(0))
                + "</m:ItemIds><m:ReturnNewItemIds>false</m:ReturnNewItemIds></m:CopyItem>");
        assertEquals("NoError", responseCode(messages(copied).get(0)));
        assertTrue(Dom.children(first(copied, "Items")).isEmpty());
        assertEquals(1, count(DistinguishedFolder.DRAFTS));
        assertEquals(2, count(DistinguishedFolder.ARCHIVE));
    }

    @Test
    void otherUsersItemsAreNotReachable() throws Exception {
        ItemState bobs = TestItems.add(store, "bob@example.com", DistinguishedFolder.INBOX,
                NewItem.of(TestMessages.plain("alice@example.com", "bob@example.com", "x", "b")));
        Element response = run(new MoveItemOperation(store), alice, "<m:MoveItem><m:ToFolderId><t:DistinguishedFolderId "
                + "Id=\"inbox\"/></m:ToFolderId><m:ItemIds>" + TestItems.itemIdElement(store, "bob@example.com", bobs)
                + "</m:ItemIds></m:MoveItem>");
        assertEquals("ErrorAccessDenied", responseCode(messages(response).get(0)));
    }
}
