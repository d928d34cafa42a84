package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.account;
import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.bridgehead.simulator.ews.OperationHarness.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ExtendedPropertyKey;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.MailLimits;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class CreateItemOperationTest {
    private final SimulatorStore store = TestMailboxes.create();
    private final Account alice = account(store, "alice@example.com");
    private final Mailbox mailbox = store.mailbox("alice@example.com").orElseThrow();
    private final Mailbox bob = store.mailbox("bob@example.com").orElseThrow();
    private final CreateItemOperation createItem = new CreateItemOperation(store);

    private Element create(String disposition, String folder, String message) throws Exception {
        return run(createItem, alice, "<m:CreateItem MessageDisposition=\"" + disposition + "\">" + folder
                + "<m:Items><t:Message>" + message + "</t:Message></m:Items></m:CreateItem>");
    }

    private static String mime(byte[] bytes) {
        return "<t:MimeContent CharacterSet=\"UTF-8\">" + Base64.getEncoder().encodeToString(bytes) + "</t:MimeContent>";
    }

    private List<ItemState> items(Mailbox box, DistinguishedFolder folder) throws Exception {
        return box.items(box.folder(folder).number());
    }

    @Test
    void saveOnlyStoresTheMimeAsGivenWithExtendedPropertiesAndAnswersTheId() throws Exception {
        byte[] bytes = TestMessages.plain("alice@example.com", "bob@example.com", "Draft", "d");
        Element response = create("SaveOnly", "", mime(bytes)
                + "<t:ExtendedProperty><t:ExtendedFieldURI PropertyTag=\"0x0E07\" PropertyType=\"Integer\"/>"
                + "<t:Value>1</t:Value></t:ExtendedProperty>"
                + "<t:ExtendedProperty><t:ExtendedFieldURI DistinguishedPropertySetId=\"PublicStrings\" "
                + "PropertyName=\"keywords\" PropertyType=\"StringArray\"/><t:Values><t:Value>a</t:Value>"
                + "<t:Value>b</t:Value></t:Values></t:ExtendedProperty>");
        Element message = first(first(messages(response).get(0), "Items"), "Message");
        assertEquals(List.of("ItemId"), Dom.children(message).stream().map(Element::getLocalName).toList());
        ItemState saved = items(mailbox, DistinguishedFolder.DRAFTS).get(0);
        assertArrayEquals(bytes, saved.mime());
        assertTrue(saved.read());
        assertFalse(saved.draft()); // PR_MESSAGE_FLAGS 1: read, not unsent
        assertEquals(List.of("a", "b"), saved.extendedProperties()
                .get(new ExtendedPropertyKey(null, null, "PublicStrings", "keywords", null, "StringArray")));
        assertEquals(TestItems.id(store, "alice@example.com", saved), first(message, "ItemId").getAttribute("Id"));
    }

    @Test
    void savesIntoTheRequestedFolder() throws Exception {
        create("SaveOnly", "<m:SavedItemFolderId><t:DistinguishedFolderId Id=\"inbox\"/></m:SavedItemFolderId>",
                mime(TestMessages.plain("bob@example.com", "alice@example.com", "In", "i")));
        assertEquals(1, items(mailbox, DistinguishedFolder.INBOX).size());
    }

    @Test
    void sendOnlyDeliversWithoutKeepingACopy() throws Exception {
        Element response = create("SendOnly", "", "<t:Subject>Réunion</t:Subject><t:Body BodyType=\"HTML\">"
                + "&lt;p&gt;Hi&lt;/p&gt;</t:Body><t:ToRecipients><t:Mailbox><t:EmailAddress>bob@example.com"
                + "</t:EmailAddress></t:Mailbox></t:ToRecipients><t:BccRecipients><t:Mailbox><t:EmailAddress>"
                + "x@remote.org</t:EmailAddress></t:Mailbox></t:BccRecipients>");
        assertEquals("NoError", responseCode(messages(response).get(0)));
        assertTrue(Dom.children(first(response, "Items")).isEmpty());
        ItemState received = items(bob, DistinguishedFolder.INBOX).get(0);
        assertEquals("Réunion", received.subject());
        assertEquals("alice@example.com", received.summary().from().address());
        assertTrue(received.summary().bcc().isEmpty());
        assertEquals("<p>Hi</p>", org.bridgehead.simulator.store.MimeParser.body(received.mime(), true).content());
        assertEquals(List.of("x@remote.org"), store.delivery().recordingRelay().messages().get(0).recipients());
        assertEquals(0, items(mailbox, DistinguishedFolder.SENT_ITEMS).size());
    }

    @Test
    void sendAndSaveCopyKeepsBccInTheSentCopy() throws Exception {
        byte[] bytes = ("From: alice@example.com\r\nTo: bob@example.com\r\nSubject: s\r\n\r\nb\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        create("SendAndSaveCopy", "", mime(bytes) + "<t:BccRecipients><t:Mailbox><t:EmailAddress>"
                + "hidden@remote.org</t:EmailAddress></t:Mailbox></t:BccRecipients>");
        ItemState copy = items(mailbox, DistinguishedFolder.SENT_ITEMS).get(0);
        assertEquals("hidden@remote.org", copy.summary().bcc().get(0).address());
        assertFalse(copy.draft());
        assertTrue(items(bob, DistinguishedFolder.INBOX).get(0).summary().bcc().isEmpty());
        assertEquals(List.of("hidden@remote.org"), store.delivery().recordingRelay().messages().get(0).recipients());
    }

    @Test
    void recipientListsGivenWithTheMimeReplaceItsHeadersRecipients() throws Exception {
        byte[] bytes = ("From: alice@example.com\r\nTo: Bob <bob@example.com>, carol@remote.org\r\n"
                + "Cc: dave@remote.org\r\nBcc: old@remote.org\r\nSubject: s\r\n\r\nb\r\n").getBytes(StandardCharsets.US_ASCII);
        create("SendAndSaveCopy", "", mime(bytes)
                + "<t:ToRecipients><t:Mailbox><t:Name>Bob</t:Name><t:EmailAddress>bob@example.com</t:EmailAddress>"
                + "</t:Mailbox></t:ToRecipients><t:CcRecipients/>"
                + "<t:BccRecipients><t:Mailbox><t:EmailAddress>new@remote.org</t:EmailAddress></t:Mailbox></t:BccRecipients>");

        assertEquals(List.of("new@remote.org"), store.delivery().recordingRelay().messages().get(0).recipients(),
                "carol (To), dave (Cc, emptied) and old (Bcc, replaced) are not sent to");
        ItemState atBob = items(bob, DistinguishedFolder.INBOX).get(0);
        assertEquals(List.of("bob@example.com"), atBob.summary().to().stream().map(a -> a.address()).toList());
        assertTrue(atBob.summary().cc().isEmpty());
        ItemState copy = items(mailbox, DistinguishedFolder.SENT_ITEMS).get(0);
        assertEquals(List.of("new@remote.org"), copy.summary().bcc().stream().map(a -> a.address()).toList());
    }

    @Test
    void recipientListsLeftOutKeepTheMimesAndAnUnchangedHeaderStaysAsWritten() throws Exception {
        byte[] bytes = ("From: alice@example.com\r\nTo: \"Bob B.\" <bob@example.com>\r\nCc: carol@remote.org\r\n"
                + "Subject: s\r\n\r\nb\r\n").getBytes(StandardCharsets.US_ASCII);
        create("SendOnly", "", mime(bytes) + "<t:ToRecipients><t:Mailbox><t:EmailAddress>BOB@example.com"
                + "</t:EmailAddress></t:Mailbox></t:ToRecipients>");

        assertEquals(List.of("carol@remote.org"), store.delivery().recordingRelay().messages().get(0).recipients());
        String atBob = new String(items(bob, DistinguishedFolder.INBOX).get(0).mime(), StandardCharsets.US_ASCII);
        assertTrue(atBob.contains("To: \"Bob B.\" <bob@example.com>\r\n"), atBob);
    }

    @Test
    void refusesBadSendsWithExchangesCodes() throws Exception {
        assertEquals("ErrorInvalidRecipients", responseCode(messages(create("SendOnly", "",
                mime(TestMessages.plain("alice@example.com", "not an address", "s", "b")))).get(0)));
        assertEquals("ErrorInvalidRecipients", responseCode(messages(create("SendOnly", "",
                "<t:Subject>nobody</t:Subject>")).get(0)));
        assertEquals("ErrorSendAsDenied", responseCode(messages(create("SendOnly", "",
                mime(TestMessages.plain("Bob <BOB@example.com>", "alice@example.com", "s", "b")))).get(0)));
        assertEquals("NoError", responseCode(messages(create("SendOnly", "",
                mime(TestMessages.plain("Alice <ALICE@example.com>", "bob@example.com", "s", "b")))).get(0)));
        store.setLimits(new MailLimits(100, Long.MAX_VALUE));
        assertEquals("ErrorMessageSizeExceeded", responseCode(messages(create("SaveOnly", "",
                mime(TestMessages.plain("alice@example.com", "bob@example.com", "s", "x".repeat(200))))).get(0)));
        store.setLimits(new MailLimits(10_000, 300));
        assertEquals("ErrorQuotaExceeded", responseCode(messages(create("SendAndSaveCopy", "",
                mime(TestMessages.plain("alice@example.com", "bob@example.com", "s", "x".repeat(200))))).get(0)));
    }
}
