package org.bridgehead.imap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.SubjectTerm;
import org.bridgehead.imap.testing.TestMessages;
import org.eclipse.angus.mail.imap.AppendUID;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jakarta.mail's IMAP client -> gateway -> EWS backend -> EWS simulator, all over real sockets. */
class JakartaMailEndToEndTest {

    @TempDir
    Path cache;

    private SimulatedGateway gateway;
    private Store store;

    @BeforeEach
    void start() throws Exception {
        gateway = new SimulatedGateway(cache);
        store = gateway.connect(SimulatedGateway.ALICE, SimulatedGateway.PASSWORD);
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
        gateway.close();
    }

    @Test
    void wrongPasswordIsRejected() {
        assertThrows(AuthenticationFailedException.class, () -> gateway.connect(SimulatedGateway.ALICE, "wrong"));
    }

    @Test
    void listShowsTheFolderTreeWithSpecialUse() throws Exception {
        Set<String> names = Arrays.stream(store.getDefaultFolder().list("*")).map(Folder::getFullName)
                .collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("INBOX", "INBOX/Projects/Bridgehead", "INBOX/Réunions",
                "Sent Items", "Drafts")), names.toString());
        IMAPFolder sent = (IMAPFolder) store.getFolder("Sent Items");
        assertTrue(List.of(sent.getAttributes()).contains("\\Sent"));
        IMAPFolder projects = (IMAPFolder) store.getFolder("INBOX/Projects");
        assertTrue(List.of(projects.getAttributes()).contains("\\HasChildren"));
        assertTrue(Arrays.stream(store.getDefaultFolder().listSubscribed("*")).anyMatch(f -> f.getFullName().equals("INBOX")));
    }

    @Test
    void readsTheDemoInbox() throws Exception {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        assertTrue(inbox.getMessageCount() >= 3);
        // The demo has Jürgen's flagged, read message and a generated unread one with the same subject.
        Message[] gruesse = inbox.search(new SubjectTerm("Grüße aus München"));
        assertEquals(2, gruesse.length);
        Message flagged = gruesse[0].isSet(Flags.Flag.FLAGGED) ? gruesse[0] : gruesse[1];
        assertTrue(flagged.isSet(Flags.Flag.SEEN));
        assertTrue(List.of(inbox.search(new FlagTerm(new Flags(Flags.Flag.FLAGGED), true))).contains(flagged));
        assertTrue(((String) flagged.getContent()).contains("viele Grüße aus München"));
        Message[] notes = inbox.search(new SubjectTerm("Test plan notes"));
        assertEquals(1, notes.length);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        notes[0].writeTo(raw);
        assertEquals(raw.size(), notes[0].getSize(), "RFC822.SIZE is the length of BODY[]");
        assertTrue(notes[0].getContentType().toLowerCase().startsWith("multipart/mixed"));
        inbox.close(false);
    }

    @Test
    void appendedMessageComesBackByteIdentical() throws Exception {
        Folder work = store.getFolder("Work");
        assertTrue(work.create(Folder.HOLDS_MESSAGES));
        IMAPFolder folder = (IMAPFolder) store.getFolder("Work");
        byte[] original = TestMessages.WITH_ATTACHMENT.getBytes(StandardCharsets.US_ASCII);
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(original));
        AppendUID[] appended = folder.appendUIDMessages(new Message[] {message});
        assertNotNull(appended[0]);
        folder.open(Folder.READ_WRITE);
        assertEquals(appended[0].uidvalidity, folder.getUIDValidity());
        Message fetched = folder.getMessageByUID(appended[0].uid);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        fetched.writeTo(raw);
        assertArrayEquals(original, raw.toByteArray());
        assertEquals(original.length, fetched.getSize());
        folder.close(false);
    }

    @Test
    void flagsPersistAcrossConnections() throws Exception {
        IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        Message first = inbox.getMessage(1);
        long uid = inbox.getUID(first);
        first.setFlag(Flags.Flag.FLAGGED, true);
        first.setFlag(Flags.Flag.ANSWERED, true);
        first.setFlags(new Flags("Important"), true);
        inbox.close(false);
        Store second = gateway.connect(SimulatedGateway.ALICE, SimulatedGateway.PASSWORD);
        try {
            IMAPFolder again = (IMAPFolder) second.getFolder("INBOX");
            again.open(Folder.READ_ONLY);
            Flags flags = again.getMessageByUID(uid).getFlags();
            assertTrue(flags.contains(Flags.Flag.FLAGGED));
            assertTrue(flags.contains(Flags.Flag.ANSWERED));
            assertTrue(flags.contains("Important"));
            again.close(false);
        } finally {
            second.close();
        }
    }

    @Test
    void createRenameAndDeleteFolders() throws Exception {
        Folder parent = store.getFolder("Clients/Acme");
        assertTrue(parent.create(Folder.HOLDS_MESSAGES));
        assertTrue(store.getFolder("Clients").exists());
        Folder renamed = store.getFolder("Clients/Acme Corp");
        assertTrue(parent.renameTo(renamed));
        assertTrue(renamed.exists());
        assertFalse(store.getFolder("Clients/Acme").exists());
        assertTrue(store.getFolder("Clients").delete(true));
        assertFalse(store.getFolder("Clients").exists());
    }

    @Test
    void copyMoveAndExpunge() throws Exception {
        IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
        IMAPFolder archive = (IMAPFolder) store.getFolder("Archive");
        inbox.open(Folder.READ_WRITE);
        int before = inbox.getMessageCount();
        Message[] two = inbox.getMessages(1, 2);
        String firstSubject = two[0].getSubject();
        AppendUID[] copies = inbox.copyUIDMessages(two, archive);
        assertEquals(2, copies.length);
        assertNotNull(copies[0]);
        Message moved = inbox.getMessage(1);
        inbox.moveMessages(new Message[] {moved}, archive);
        assertTrue(moved.isExpunged(), "MOVE reports the EXPUNGE of the moved message");
        Message deleted = inbox.getMessage(2);
        deleted.setFlag(Flags.Flag.DELETED, true);
        assertTrue(List.of(inbox.expunge()).contains(deleted));
        // jakarta.mail keeps its own count until the folder is reopened; STATUS asks the server.
        assertEquals(before - 2, store.getFolder("INBOX").getMessageCount());
        inbox.close(false);
        archive.open(Folder.READ_ONLY);
        Message copied = archive.getMessageByUID(copies[0].uid);
        assertEquals(firstSubject, copied.getSubject());
        assertEquals(2, archive.search(new SubjectTerm(firstSubject)).length, "the copy and the moved original");
        archive.close(false);
    }

    @Test
    void statusCountsWithoutSelecting() throws Exception {
        Folder bridgehead = store.getFolder("INBOX/Projects/Bridgehead");
        assertEquals(10, bridgehead.getMessageCount());
        assertTrue(bridgehead.getUnreadMessageCount() >= 1);
        assertTrue(((UIDFolder) bridgehead).getUIDNext() > 10);
    }

    @Test
    void twoClientsSeeEachOthersChanges() throws Exception {
        Store other = gateway.connect(SimulatedGateway.ALICE, SimulatedGateway.PASSWORD);
        try {
            IMAPFolder mine = (IMAPFolder) store.getFolder("INBOX");
            IMAPFolder theirs = (IMAPFolder) other.getFolder("INBOX");
            mine.open(Folder.READ_WRITE);
            theirs.open(Folder.READ_WRITE);
            int count = mine.getMessageCount();
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(TestMessages.plain("From the other client", "hi")
                            .getBytes(StandardCharsets.US_ASCII)));
            theirs.appendMessages(new Message[] {message});
            theirs.getMessage(1).setFlag(Flags.Flag.FLAGGED, true);
            noop(mine);
            assertEquals(count + 1, mine.getMessageCount());
            assertTrue(mine.getMessage(1).isSet(Flags.Flag.FLAGGED));
            Message appended = theirs.getMessage(count + 1);
            mine.getMessage(count + 1).setFlag(Flags.Flag.DELETED, true);
            mine.expunge();
            noop(theirs);
            assertTrue(appended.isExpunged(), "the other client learns of the expunge");
            mine.close(false);
            theirs.close(false);
        } finally {
            other.close();
        }
    }

    @Test
    void idleReceivesAMessageDeliveredToTheInbox() throws Exception {
        IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        CountDownLatch arrived = new CountDownLatch(1);
        inbox.addMessageCountListener(new MessageCountAdapter() {
            @Override
            public void messagesAdded(MessageCountEvent event) {
                arrived.countDown();
            }
        });
        Thread idler = new Thread(() -> {
            try {
                inbox.idle(true);
            } catch (MessagingException e) {
                arrived.countDown();
            }
        });
        idler.start();
        // Give the client time to enter IDLE, then deliver behind the gateway's back.
        Thread.sleep(300);
        gateway.store().mailbox(SimulatedGateway.ALICE).orElseThrow()
                .deliver(TestMessages.plain("Pushed while idling", "hello").getBytes(StandardCharsets.US_ASCII));
        assertTrue(arrived.await(10, TimeUnit.SECONDS), "the new message reached the idling client");
        idler.join(10_000);
        assertTrue(Arrays.stream(inbox.getMessages()).anyMatch(m -> subject(m).equals("Pushed while idling")));
        inbox.close(false);
    }

    private static void noop(IMAPFolder folder) throws Exception {
        folder.doCommand(protocol -> {
            protocol.simpleCommand("NOOP", null);
            return null;
        });
    }

    private static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }
}
