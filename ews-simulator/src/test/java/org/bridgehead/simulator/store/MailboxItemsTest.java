package org.bridgehead.simulator.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailboxItemsTest {
    private final SimulatorStore store = new SimulatorStore();
    private final Mailbox alice = store.addUser("alice@example.com", "Alice Archer", "demo");
    private final long inbox = alice.folder(DistinguishedFolder.INBOX).number();
    private final long archive = alice.folder(DistinguishedFolder.ARCHIVE).number();

    private static byte[] mime(String subject) {
        return ("From: Bob <bob@example.com>\r\nTo: alice@example.com\r\nSubject: " + subject
                + "\r\nDate: Mon, 2 Mar 2026 10:15:00 +0100\r\n\r\nbody\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void itemsKeepTheirMimeAndDeriveProperties() throws Exception {
        byte[] mime = ("From: =?UTF-8?B?SsO8cmdlbiBNw7xsbGVy?= <juergen@example.com>\r\n"
                + "To: Alice <alice@example.com>, carol@example.org\r\nCc: dan@example.org\r\n"
                + "Subject: =?ISO-8859-1?Q?R=E9union?= de lundi\r\nDate: Mon, 2 Mar 2026 10:15:00 +0100\r\n"
                + "Message-ID: <m1@example.com>\r\nIn-Reply-To: <m0@example.com>\r\nX-Priority: 1\r\n\r\nHallo\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        ItemState item = alice.createItem(inbox, NewItem.of(mime).withRead(false));
        assertSame(mime, item.mime());
        assertEquals("Réunion de lundi", item.subject());
        assertEquals("Jürgen Müller", item.summary().from().name());
        assertEquals(List.of("alice@example.com", "carol@example.org"),
                item.summary().to().stream().map(EmailAddress::address).toList());
        assertEquals("2026-03-02T09:15:00Z", item.summary().dateSent().toString());
        assertEquals(Importance.HIGH, item.importance());
        assertEquals("<m0@example.com>", item.summary().inReplyTo());
        assertEquals(1, item.articleNumber());
        assertEquals(0, item.messageFlags() & MapiTags.MSGFLAG_READ);
        FolderState folder = alice.folder(DistinguishedFolder.INBOX);
        assertEquals(1, folder.totalCount());
        assertEquals(1, folder.unreadCount());
        assertEquals(mime.length, folder.contentSize());
        assertEquals(2, folder.nextArticleNumber());
    }

    @Test
    void attachmentsAreFoundWithNamesTypesAndDecodedSizes() throws Exception {
        byte[] mime = ("Subject: a\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n"
                + "--x\r\nContent-Type: multipart/alternative; boundary=\"y\"\r\n\r\n"
                + "--y\r\nContent-Type: text/plain\r\n\r\nhi\r\n--y\r\nContent-Type: text/html\r\n\r\n<p>hi</p>\r\n--y--\r\n"
                + "--x\r\nContent-Type: application/pdf; name=\"=?UTF-8?B?UsOpc3Vtw6kucGRm?=\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n"
                + "--x\r\nContent-Type: image/png\r\nContent-ID: <logo>\r\nContent-Disposition: inline\r\n\r\nPNG\r\n"
                + "--x--\r\n").getBytes(StandardCharsets.US_ASCII);
        ItemState item = alice.createItem(inbox, NewItem.of(mime));
        List<AttachmentInfo> attachments = item.summary().attachments();
        assertEquals(2, attachments.size());
        assertEquals(new AttachmentInfo(0, "Résumé.pdf", "application/pdf", null, 9, false), attachments.get(0));
        assertEquals(new AttachmentInfo(1, "Untitled attachment", "image/png", "logo", 3, true), attachments.get(1));
        assertTrue(item.summary().hasAttachments());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertTrue(MimeParser.writeAttachment(mime, 0, out));
        assertEquals("%PDF-1.4\n", out.toString(StandardCharsets.US_ASCII));
        assertEquals("<p>hi</p>", MimeParser.body(mime, true).content().trim());
        assertEquals("hi", MimeParser.body(mime, false).content().trim());
    }

    @Test
    void everyChangeIsPublishedWithAscendingWatermarks() throws Exception {
        List<MailboxEvent> events = new ArrayList<>();
        alice.addListener(events::add);
        ItemState created = alice.createItem(inbox, NewItem.of(mime("one")));
        ItemState read = alice.updateItem(created.number(), -1, ItemUpdate.builder().read(false).build());
        ItemState moved = alice.moveItem(read.number(), archive);
        ItemState copied = alice.copyItem(moved.number(), inbox);
        alice.deleteItem(copied.number());
        List<MailboxEvent> itemEvents = events.stream().filter(e -> !e.isFolderEvent()).toList();
        assertEquals(List.of(MailboxEvent.Type.CREATED, MailboxEvent.Type.MODIFIED, MailboxEvent.Type.MOVED,
                MailboxEvent.Type.COPIED, MailboxEvent.Type.DELETED),
                itemEvents.stream().map(MailboxEvent::type).toList());
        MailboxEvent move = itemEvents.get(2);
        assertEquals(moved.number(), move.itemNumber());
        assertEquals(archive, move.folderNumber());
        assertEquals(created.number(), move.oldItemNumber());
        assertEquals(inbox, move.oldFolderNumber());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, events.get(i).watermark());
        }
        assertTrue(events.stream().anyMatch(e -> e.isFolderEvent() && e.folderNumber() == archive));
        assertEquals(events.size(), alice.watermark());
    }

    @Test
    void removedListenersHearNothingMore() throws Exception {
        List<MailboxEvent> events = new ArrayList<>();
        MailboxListener listener = events::add;
        alice.addListener(listener);
        alice.createItem(inbox, NewItem.of(mime("heard")));
        int heard = events.size();
        alice.removeListener(listener);
        alice.createItem(inbox, NewItem.of(mime("unheard")));
        assertEquals(heard, events.size());
        assertTrue(alice.watermark() > heard);
    }

    @Test
    void listenersRunOutsideTheLock() throws Exception {
        List<Integer> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        alice.addListener(e -> {
            Thread other = new Thread(() -> seen.add(alice.folder(DistinguishedFolder.INBOX).totalCount()));
            other.start();
            try {
                other.join(5000);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
        alice.createItem(inbox, NewItem.of(mime("x")));
        assertEquals(List.of(1, 1), seen); // created item, folder content: a held lock would block the reader would leave the other thread waiting: nothing seen
    }

    @Test
    void movedItemsGetNewNumbersAndTheTargetsNextArticleNumber() throws Exception {
        alice.createItem(archive, NewItem.of(mime("a")));
        ItemState item = alice.createItem(inbox, NewItem.of(mime("b")).withFlag(FlagStatus.FLAGGED));
        ItemState moved = alice.moveItem(item.number(), archive);
        assertNotEquals(item.number(), moved.number());
        assertEquals(2, moved.articleNumber());
        assertEquals(FlagStatus.FLAGGED, moved.flag());
        assertTrue(alice.item(item.number()).isEmpty());
        assertEquals(0, alice.folder(DistinguishedFolder.INBOX).totalCount());
        assertEquals(2, alice.folder(DistinguishedFolder.INBOX).nextArticleNumber()); // numbers are never reused
    }

    @Test
    void staleChangeNumbersConflict() throws Exception {
        ItemState item = alice.createItem(inbox, NewItem.of(mime("c")));
        ItemState changed = alice.updateItem(item.number(), item.changeNumber(),
                ItemUpdate.builder().categories(List.of("Red")).build());
        assertNotEquals(item.changeNumber(), changed.changeNumber());
        ItemOperationException e = assertThrows(ItemOperationException.class,
                () -> alice.updateItem(item.number(), item.changeNumber(), ItemUpdate.builder().read(false).build()));
        assertEquals(ItemOperationException.Reason.CONFLICT, e.reason());
    }

    @Test
    void sizeLimitAndQuotaAreEnforced() throws Exception {
        store.setLimits(new MailLimits(100, 150));
        assertEquals(ItemOperationException.Reason.MESSAGE_TOO_LARGE, assertThrows(ItemOperationException.class,
                () -> alice.createItem(inbox, NewItem.of(new byte[101]))).reason());
        alice.createItem(inbox, NewItem.of(new byte[100]));
        assertEquals(ItemOperationException.Reason.QUOTA_EXCEEDED, assertThrows(ItemOperationException.class,
                () -> alice.createItem(inbox, NewItem.of(new byte[60]))).reason());
        assertEquals(100, alice.totalSize());
    }

    @Test
    void syncChangesArePagedOldestFirst() throws Exception {
        ItemState a = alice.createItem(inbox, NewItem.of(mime("a")));
        ItemState b = alice.createItem(inbox, NewItem.of(mime("b")));
        ItemChanges first = alice.itemChangesSince(inbox, 0, 1, Set.of());
        assertEquals(List.of(a.number()), first.changes().stream().map(c -> c.item().number()).toList());
        assertFalse(first.includesLast());
        ItemChanges second = alice.itemChangesSince(inbox, first.position(), 10, Set.of());
        assertEquals(List.of(b.number()), second.changes().stream().map(c -> c.item().number()).toList());
        assertTrue(second.includesLast());
        alice.updateItem(a.number(), -1, ItemUpdate.builder().read(false).build());
        alice.updateItem(b.number(), -1, ItemUpdate.builder().flag(FlagStatus.FLAGGED).build());
        ItemChanges third = alice.itemChangesSince(inbox, second.position(), 10, Set.of());
        assertEquals(List.of(ItemChange.Type.READ_FLAG_CHANGE, ItemChange.Type.UPDATE),
                third.changes().stream().map(ItemChange::type).toList());
        alice.moveItem(a.number(), archive);
        ItemChanges fourth = alice.itemChangesSince(inbox, third.position(), 10, Set.of());
        assertEquals(List.of(ItemChange.Type.DELETE), fourth.changes().stream().map(ItemChange::type).toList());
        assertEquals(0, alice.itemChangesSince(inbox, fourth.position(), 10, Set.of()).changes().size());
    }

    @Test
    void bccHeaderRemovalLeavesEveryOtherByte() {
        byte[] mime = "From: a@x\r\nBcc: b@x,\r\n c@x\r\nSubject: s\r\n\r\nBcc: in body\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals("From: a@x\r\nSubject: s\r\n\r\nBcc: in body\r\n".getBytes(StandardCharsets.US_ASCII),
                MimeHeaders.withoutHeader(mime, "Bcc"));
        byte[] none = "Subject: s\r\n\r\nx".getBytes(StandardCharsets.US_ASCII);
        assertSame(none, MimeHeaders.withoutHeader(none, "Bcc"));
    }

    @Test
    void deliveryReachesLocalInboxesAndRelaysTheRest() throws Exception {
        Mailbox bob = store.addUser("bob@example.com", "Bob", "demo");
        List<MailboxEvent> bobEvents = new ArrayList<>();
        bob.addListener(bobEvents::add);
        byte[] mime = "From: alice@example.com\r\nTo: bob@example.com\r\nBcc: x@remote.org\r\nSubject: s\r\n\r\nb\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        DeliveryResult result = store.delivery().send("alice@example.com",
                List.of("BOB@example.com", "bob@example.com", "x@remote.org"), mime);
        assertEquals(List.of("BOB@example.com"), result.delivered());
        assertEquals(List.of("x@remote.org"), result.relayed());
        ItemState received = bob.items(bob.folder(DistinguishedFolder.INBOX).number()).get(0);
        assertFalse(received.read());
        assertTrue(received.summary().bcc().isEmpty());
        assertEquals(MailboxEvent.Type.NEW_MAIL, bobEvents.get(0).type());
        RelayedMessage relayed = store.delivery().recordingRelay().messages().get(0);
        assertFalse(new String(relayed.mime(), StandardCharsets.US_ASCII).contains("Bcc"));

        store.delivery().setRelay((from, to, message) -> {
            throw new java.io.IOException("smart host down");
        });
        assertThrows(java.io.IOException.class, () -> store.delivery().send("alice@example.com",
                List.of("y@remote.org"), mime));
    }
}
