package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.account;
import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.NewItem;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * PR_TRANSPORT_MESSAGE_HEADERS as Exchange keeps it: the header block of mail received over SMTP,
 * and nothing for sent, appended and draft items.
 */
class TransportHeadersTest {
    private static final String HEADERS_SHAPE = "<t:BaseShape>IdOnly</t:BaseShape><t:AdditionalProperties>"
            + "<t:ExtendedFieldURI PropertyTag=\"0x007D\" PropertyType=\"String\"/>"
            + "<t:FieldURI FieldURI=\"item:InternetMessageHeaders\"/></t:AdditionalProperties>";

    private final SimulatorStore store = TestMailboxes.create();
    private final Account alice = account(store, "alice@example.com");
    private final Mailbox mailbox = store.mailbox("alice@example.com").orElseThrow();
    private final byte[] folded = ("From: Bob <bob@example.com>\r\nTo: alice@example.com\r\n"
            + "Subject: a subject\r\n folded onto a second line\r\nX-Tag: 1\r\n\r\nbody\r\n")
            .getBytes(StandardCharsets.UTF_8);

    private Element getHeaders(ItemState item) throws Exception {
        Element response = run(new GetItemOperation(store), alice, "<m:GetItem><m:ItemShape>" + HEADERS_SHAPE
                + "</m:ItemShape><m:ItemIds>" + TestItems.itemIdElement(store, "alice@example.com", item)
                + "</m:ItemIds></m:GetItem>");
        return first(response, "Message");
    }

    private static List<String> values(Element message) {
        return OperationHarness.all(message, EwsNamespaces.TYPES, "Value").stream().map(Element::getTextContent)
                .toList();
    }

    @Test
    void deliveredMailKeepsItsHeaderBlockAsReceivedFoldingIncluded() throws Exception {
        ItemState delivered = mailbox.deliver(folded);

        Element message = getHeaders(delivered);

        assertEquals(List.of("From: Bob <bob@example.com>\r\nTo: alice@example.com\r\nSubject: a subject\r\n"
                + " folded onto a second line\r\nX-Tag: 1\r\n\r\n"), values(message));
        assertTrue(OperationHarness.all(message, EwsNamespaces.TYPES, "InternetMessageHeader").stream()
                .anyMatch(h -> h.getAttribute("HeaderName").equals("X-Tag") && h.getTextContent().equals("1")));
    }

    @Test
    void appendedDraftAndSentItemsHaveNoHeaderBlock() throws Exception {
        run(new CreateItemOperation(store), alice, "<m:CreateItem MessageDisposition=\"SaveOnly\">"
                + "<m:Items><t:Message><t:MimeContent CharacterSet=\"UTF-8\">"
                + Base64.getEncoder().encodeToString(folded) + "</t:MimeContent></t:Message></m:Items></m:CreateItem>");
        run(new CreateItemOperation(store), alice, "<m:CreateItem MessageDisposition=\"SendAndSaveCopy\">"
                + "<m:SavedItemFolderId><t:DistinguishedFolderId Id=\"sentitems\"/></m:SavedItemFolderId>"
                + "<m:Items><t:Message><t:MimeContent CharacterSet=\"UTF-8\">"
                + Base64.getEncoder().encodeToString(TestMessages.plain("alice@example.com", "bob@example.com", "Out",
                        "x")) + "</t:MimeContent></t:Message></m:Items></m:CreateItem>");
        ItemState draft = mailbox.items(mailbox.folder(DistinguishedFolder.DRAFTS).number()).get(0);
        ItemState sent = mailbox.items(mailbox.folder(DistinguishedFolder.SENT_ITEMS).number()).get(0);
        ItemState stored = TestItems.add(store, "alice@example.com", DistinguishedFolder.INBOX, NewItem.of(folded));

        for (ItemState item : List.of(draft, sent, stored)) {
            Element message = getHeaders(item);
            assertEquals(List.of(), values(message));
            assertEquals(List.of(), OperationHarness.all(message, EwsNamespaces.TYPES, "InternetMessageHeaders"));
        }
    }

    @Test
    void aCopyOfReceivedMailKeepsItsHeaderBlock() throws Exception {
        ItemState delivered = mailbox.deliver(folded);
        ItemState copy = mailbox.copyItem(delivered.number(), mailbox.folder(DistinguishedFolder.DELETED_ITEMS).number());

        assertEquals(1, values(getHeaders(copy)).size());
    }
}
