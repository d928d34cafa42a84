package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.account;
import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.bridgehead.simulator.ews.OperationHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ExtendedPropertyKey;
import org.bridgehead.simulator.store.FlagStatus;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.NewItem;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class UpdateItemOperationTest {
    private final SimulatorStore store = TestMailboxes.create();
    private final Account alice = account(store, "alice@example.com");
    private final Mailbox mailbox = store.mailbox("alice@example.com").orElseThrow();
    private final UpdateItemOperation updateItem = new UpdateItemOperation(store);
    private final ItemState item = TestItems.add(store, "alice@example.com", DistinguishedFolder.INBOX,
            NewItem.of(TestMessages.plain("bob@example.com", "alice@example.com", "Hi", "b")));

    private Element update(String resolution, String itemId, String updates) throws Exception {
        return run(updateItem, alice, "<m:UpdateItem ConflictResolution=\"" + resolution + "\" MessageDisposition=\"SaveOnly\">"
                + "<m:ItemChanges><t:ItemChange>" + itemId + "<t:Updates>" + updates
                + "</t:Updates></t:ItemChange></m:ItemChanges></m:UpdateItem>");
    }

    private static String setExtended(String tag, String type, String value) {
        return "<t:SetItemField><t:ExtendedFieldURI PropertyTag=\"" + tag + "\" PropertyType=\"" + type + "\"/>"
                + "<t:Message><t:ExtendedProperty><t:ExtendedFieldURI PropertyTag=\"" + tag + "\" PropertyType=\""
                + type + "\"/><t:Value>" + value + "</t:Value></t:ExtendedProperty></t:Message></t:SetItemField>";
    }

    @Test
    void mapiPropertiesChangeReadDraftFlagAndDeliveryTime() throws Exception {
        Element response = update("AlwaysOverwrite", TestItems.itemIdElement(store, "alice@example.com", item),
                setExtended("0x0E07", "Integer", "8") + setExtended("0x1090", "Integer", "2")
                        + setExtended("0x0E06", "SystemTime", "2025-12-24T18:00:00Z")
                        + setExtended("0x1081", "Integer", "103")
                        + setExtended("0x1082", "SystemTime", "2026-01-02T03:04:05Z"));
        assertEquals("NoError", responseCode(messages(response).get(0)));
        assertEquals("0", first(first(response, "ConflictResults"), "Count").getTextContent());
        ItemState updated = mailbox.item(item.number()).orElseThrow();
        assertFalse(updated.read());
        assertTrue(updated.draft());
        assertEquals(FlagStatus.FLAGGED, updated.flag());
        assertEquals("2025-12-24T18:00:00Z", updated.received().toString());
        assertEquals(List.of("103"), updated.extendedProperties().get(ExtendedPropertyKey.tag(0x1081, "Integer")));
        assertEquals(1, mailbox.folder(DistinguishedFolder.INBOX).unreadCount());
        String newKey = first(response, "ItemId").getAttribute("ChangeKey");
        assertNotEquals(EwsIds.changeKey(mailbox.guid(), item.changeNumber()), newKey);
    }

    @Test
    void categoriesAreSetAppendedAndDeleted() throws Exception {
        String id = TestItems.itemIdElement(store, "alice@example.com", item);
        update("AutoResolve", id, "<t:SetItemField><t:FieldURI FieldURI=\"item:Categories\"/><t:Message><t:Categories>"
                + "<t:String>Red</t:String></t:Categories></t:Message></t:SetItemField>"
                + "<t:AppendToItemField><t:FieldURI FieldURI=\"item:Categories\"/><t:Message><t:Categories>"
                + "<t:String>$label1</t:String></t:Categories></t:Message></t:AppendToItemField>");
        assertEquals(List.of("Red", "$label1"), mailbox.item(item.number()).orElseThrow().categories());
        update("AutoResolve", id, "<t:DeleteItemField><t:FieldURI FieldURI=\"item:Categories\"/></t:DeleteItemField>"
                + "<t:SetItemField><t:FieldURI FieldURI=\"message:IsRead\"/><t:Message><t:IsRead>false</t:IsRead>"
                + "</t:Message></t:SetItemField>");
        ItemState updated = mailbox.item(item.number()).orElseThrow();
        assertEquals(List.of(), updated.categories());
        assertFalse(updated.read());
    }

    @Test
    void neverOverwriteRefusesAStaleChangeKey() throws Exception {
        String staleId = "<t:ItemId Id=\"" + TestItems.id(store, "alice@example.com", item) + "\" ChangeKey=\""
                + EwsIds.changeKey(mailbox.guid(), item.changeNumber()) + "\"/>";
        String markUnread = "<t:SetItemField><t:FieldURI FieldURI=\"message:IsRead\"/><t:Message><t:IsRead>false"
                + "</t:IsRead></t:Message></t:SetItemField>";
        assertEquals("NoError", responseCode(messages(update("NeverOverwrite", staleId, markUnread)).get(0)));
        assertEquals("ErrorIrresolvableConflict",
                responseCode(messages(update("NeverOverwrite", staleId, markUnread)).get(0)));
        assertEquals("NoError", responseCode(messages(update("AlwaysOverwrite", staleId, markUnread)).get(0)));
    }
}
