package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.account;
import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.bridgehead.simulator.ews.OperationHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.bridgehead.simulator.soap.EwsNamespaces;
import java.util.Base64;
import java.util.List;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.NewItem;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class GetAttachmentOperationTest {
    private final SimulatorStore store = TestMailboxes.create();
    private final Account alice = account(store, "alice@example.com");
    private final Mailbox mailbox = store.mailbox("alice@example.com").orElseThrow();

    @Test
    void returnsFileAttachmentsWithContentAndRefusesUnknownIds() throws Exception {
        ItemState item = TestItems.add(store, "alice@example.com", DistinguishedFolder.INBOX,
                NewItem.of(TestMessages.withAttachment("bob@example.com", "alice@example.com", "Notes")));
        String good = EwsIds.attachmentId(mailbox.address(), mailbox.guid(), item.number(), 0);
        String missing = EwsIds.attachmentId(mailbox.address(), mailbox.guid(), item.number(), 5);
        Element response = run(new GetAttachmentOperation(store), alice, "<m:GetAttachment><m:AttachmentIds>"
                + "<t:AttachmentId Id=\"" + good + "\"/><t:AttachmentId Id=\"" + missing + "\"/>"
                + "<t:AttachmentId Id=\"" + TestItems.id(store, "alice@example.com", item) + "\"/>"
                + "</m:AttachmentIds></m:GetAttachment>");
        assertEquals(List.of("NoError", "ErrorItemNotFound", "ErrorInvalidIdMalformed"),
                messages(response).stream().map(OperationHarness::responseCode).toList());
        Element attachment = first(messages(response).get(0), "FileAttachment");
        assertEquals(List.of("AttachmentId", "Name", "ContentType", "Size", "LastModifiedTime", "IsInline",
                "IsContactPhoto", "Content"), Dom.children(attachment).stream().map(Element::getLocalName).toList());
        assertEquals("notes.txt", Dom.childText(attachment, "Name").orElseThrow());
        assertEquals("11", Dom.childText(attachment, "Size").orElseThrow());
        assertEquals("hello notes", new String(Base64.getDecoder().decode(
                Dom.childText(attachment, "Content").orElseThrow()), StandardCharsets.US_ASCII));
    }

    @Test
    void attachedMessagesAreItemAttachmentsReadFromTheirMime() throws Exception {
        byte[] mime = ("From: bob@example.com\r\nTo: alice@example.com\r\nSubject: Fwd: plan\r\n"
                + "Content-Type: multipart/mixed; boundary=\"f\"\r\n\r\n--f\r\nContent-Type: text/plain\r\n\r\n"
                + "see below\r\n--f\r\nContent-Type: message/rfc822\r\n\r\nFrom: Carol <carol@example.org>\r\n"
                + "Subject: =?UTF-8?B?UGzDpG4=?=\r\nDate: Mon, 2 Mar 2026 10:15:00 +0100\r\n\r\nthe plan\r\n--f--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        ItemState item = TestItems.add(store, "alice@example.com", DistinguishedFolder.INBOX, NewItem.of(mime));
        assertEquals("Plän", item.summary().attachments().get(0).name());
        Element listed = first(run(new GetItemOperation(store), alice, "<m:GetItem><m:ItemShape><t:BaseShape>IdOnly"
                + "</t:BaseShape><t:AdditionalProperties><t:FieldURI FieldURI=\"item:Attachments\"/>"
                + "</t:AdditionalProperties></m:ItemShape><m:ItemIds>"
                + TestItems.itemIdElement(store, "alice@example.com", item) + "</m:ItemIds></m:GetItem>"), "Attachments");
        assertEquals("ItemAttachment", Dom.children(listed).get(0).getLocalName());
        String id = EwsIds.attachmentId(mailbox.address(), mailbox.guid(), item.number(), 0);
        Element response = run(new GetAttachmentOperation(store), alice, "<m:GetAttachment><m:AttachmentShape>"
                + "<t:IncludeMimeContent>true</t:IncludeMimeContent></m:AttachmentShape><m:AttachmentIds>"
                + "<t:AttachmentId Id=\"" + id + "\"/></m:AttachmentIds></m:GetAttachment>");
        Element message = first(first(response, "ItemAttachment"), "Message");
        assertEquals("Plän", Dom.childText(message, "Subject").orElseThrow());
        assertEquals("carol@example.org", OperationHarness.all(message, EwsNamespaces.TYPES, "EmailAddress").get(0)
                .getTextContent());
        assertTrue(new String(Base64.getDecoder().decode(first(message, "MimeContent").getTextContent()),
                StandardCharsets.UTF_8).endsWith("the plan"));
    }
}
