package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.account;
import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.bridgehead.simulator.ews.OperationHarness.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ExtendedPropertyKey;
import org.bridgehead.simulator.store.FlagStatus;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.NewItem;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class GetItemOperationTest {
    private final SimulatorStore store = TestMailboxes.create();
    private final Account alice = account(store, "alice@example.com");
    private final GetItemOperation getItem = new GetItemOperation(store);
    private final byte[] mime = TestMessages.withAttachment("Bob Baker <bob@example.com>", "alice@example.com", "Notes");
    private final ItemState item = TestItems.add(store, "alice@example.com", DistinguishedFolder.INBOX,
            new NewItem(mime, false, false, FlagStatus.FLAGGED, List.of("Blue"), null, null,
                    Map.of(ExtendedPropertyKey.tag(0x1081, "Integer"), List.of("104")), true));

    private Element get(String shape, String ids) throws Exception {
        return run(getItem, alice, "<m:GetItem><m:ItemShape>" + shape + "</m:ItemShape><m:ItemIds>" + ids
                + "</m:ItemIds></m:GetItem>");
    }

    @Test
    void answersEachIdWithItsOwnMessage() throws Exception {
        ItemState bobs = TestItems.add(store, "bob@example.com", DistinguishedFolder.INBOX, NewItem.of(mime));
        Element response = get("<t:BaseShape>IdOnly</t:BaseShape>",
                TestItems.itemIdElement(store, "alice@example.com", item)
                        + TestItems.itemIdElement(store, "bob@example.com", bobs)
                        + "<t:ItemId Id=\"bm9uc2Vuc2U=\"/>"
                        + "<t:ItemId Id=\"" + EwsIds.itemId("alice@example.com",
                        store.mailbox("alice@example.com").orElseThrow().guid(), 999) + "\"/>");
        List<Element> messages = messages(response);
        assertEquals(List.of("NoError", "ErrorAccessDenied", "ErrorInvalidIdMalformed", "ErrorItemNotFound"),
                messages.stream().map(OperationHarness::responseCode).toList());
        Element message = first(messages.get(0), "Message");
        assertEquals(List.of("ItemId"), Dom.children(message).stream().map(Element::getLocalName).toList());
    }

    @Test
    void includesMimeContentByteForByte() throws Exception {
        Element message = first(get("<t:BaseShape>IdOnly</t:BaseShape><t:IncludeMimeContent>true</t:IncludeMimeContent>",
                TestItems.itemIdElement(store, "alice@example.com", item)), "Message");
        Element content = first(message, "MimeContent");
        assertEquals("UTF-8", content.getAttribute("CharacterSet"));
        assertArrayEquals(mime, Base64.getDecoder().decode(content.getTextContent()));
    }

    @Test
    void defaultShapeWritesMessagePropertiesInSchemaOrder() throws Exception {
        Element message = first(get("<t:BaseShape>Default</t:BaseShape><t:BodyType>Text</t:BodyType>",
                TestItems.itemIdElement(store, "alice@example.com", item)), "Message");
        List<String> names = Dom.children(message).stream().map(Element::getLocalName).toList();
        assertEquals(List.of("ItemId", "ParentFolderId", "ItemClass", "Subject", "Sensitivity", "Body", "Attachments",
                "DateTimeReceived", "Size", "Importance", "IsSubmitted", "IsDraft", "IsFromMe", "IsResend",
                "IsUnmodified", "DateTimeSent", "DateTimeCreated", "DisplayCc", "DisplayTo", "HasAttachments",
                "LastModifiedTime", "IsAssociated", "ConversationId", "Flag", "Sender", "ToRecipients",
                "IsReadReceiptRequested", "IsDeliveryReceiptRequested", "ConversationTopic", "From",
                "InternetMessageId", "IsRead"), names);
        assertEquals("Flagged", Dom.childText(first(message, "Flag"), "FlagStatus").orElseThrow());
        assertEquals("See the attached notes.", first(message, "Body").getTextContent().trim());
        Element from = first(first(message, "From"), "Mailbox");
        assertEquals("Bob Baker", Dom.childText(from, "Name").orElseThrow());
        assertEquals("SMTP", Dom.childText(from, "RoutingType").orElseThrow());
        assertEquals("IPM.Note", Dom.childText(message, "ItemClass").orElseThrow());
        assertEquals(String.valueOf(mime.length), Dom.childText(message, "Size").orElseThrow());
    }

    @Test
    void additionalPropertiesIncludeComputedAndStoredMapiProperties() throws Exception {
        Element message = first(get("<t:BaseShape>IdOnly</t:BaseShape><t:AdditionalProperties>"
                        + "<t:FieldURI FieldURI=\"item:Categories\"/>"
                        + "<t:FieldURI FieldURI=\"item:InternetMessageHeaders\"/>"
                        + "<t:ExtendedFieldURI PropertyTag=\"0x0E23\" PropertyType=\"Integer\"/>"
                        + "<t:ExtendedFieldURI PropertyTag=\"0x0E07\" PropertyType=\"Integer\"/>"
                        + "<t:ExtendedFieldURI PropertyTag=\"0x1090\" PropertyType=\"Integer\"/>"
                        + "<t:ExtendedFieldURI PropertyTag=\"0x1081\" PropertyType=\"Integer\"/>"
                        + "<t:ExtendedFieldURI PropertyTag=\"0x0E08\" PropertyType=\"Integer\"/>"
                        + "<t:ExtendedFieldURI PropertyTag=\"0x1082\" PropertyType=\"SystemTime\"/>"
                        + "</t:AdditionalProperties>",
                TestItems.itemIdElement(store, "alice@example.com", item)), "Message");
        List<String> values = OperationHarness.all(message, EwsNamespaces.TYPES, "Value").stream()
                .map(Element::getTextContent).toList();
        assertEquals(List.of("1", "16", "2", "104", String.valueOf(mime.length)), values);
        assertEquals("Blue", first(first(message, "Categories"), "String").getTextContent());
        assertTrue(OperationHarness.all(message, EwsNamespaces.TYPES, "InternetMessageHeader").stream()
                .anyMatch(h -> h.getAttribute("HeaderName").equals("Subject") && h.getTextContent().equals("Notes")));
        assertEquals("0xe23", first(message, "ExtendedFieldURI").getAttribute("PropertyTag"));
    }
}
