package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.mail.Content;
import org.bridgehead.exchange.mail.FolderSnapshot;
import org.bridgehead.exchange.mail.MessageSummary;
import org.bridgehead.simulator.store.ItemState;
import org.junit.jupiter.api.Test;

class MailFetchTest extends DemoMailboxTest {

    @Test
    void fetchReturnsTheStoredMimeBytesAndCachesThem() throws Exception {
        MailFolder folder = fixture.folderWith("Fetch", 3);
        FolderSnapshot snapshot = fixture.mail().sync(folder.id());
        List<Long> uids = uids(snapshot);
        List<ItemState> items = fixture.simulatorItems("Fetch");
        fixture.resetCalls();

        Map<Long, Content> first = fixture.mail().fetch(folder.id(), uids);

        assertEquals(1, fixture.calls("GetItem"));
        assertEquals(uids, List.copyOf(first.keySet()));
        for (int i = 0; i < items.size(); i++) {
            assertArrayEquals(items.get(i).mime(), bytes(first.get(uids.get(i))));
            assertEquals(items.get(i).mime().length, first.get(uids.get(i)).length());
        }
        fixture.resetCalls();

        Map<Long, Content> second = fixture.mail().fetch(folder.id(), uids);

        assertEquals(0, fixture.totalCalls());
        assertArrayEquals(bytes(first.get(uids.get(0))), bytes(second.get(uids.get(0))));
    }

    @Test
    void theDemoInboxSyncsAndEveryMessageFetchesWithItsReportedSize() throws Exception {
        MailFolder inbox = fixture.mail().folder("Inbox");
        FolderSnapshot snapshot = fixture.mail().sync(inbox.id());
        assertFalse(snapshot.messages().isEmpty());

        Map<Long, Content> contents = fixture.mail().fetch(inbox.id(), uids(snapshot));

        assertEquals(snapshot.messages().size(), contents.size());
        for (MessageSummary message : snapshot.messages()) {
            assertEquals(message.size(), contents.get(message.uid()).length(), "UID " + message.uid());
        }
    }

    @Test
    void fetchingManyMessagesCostsOneCallPerBatch() throws Exception {
        MailFolder folder = fixture.folderWith("Many", 250);
        List<Long> uids = uids(fixture.mail().sync(folder.id()));
        fixture.resetCalls();

        Map<Long, Content> contents = fixture.mail().fetch(folder.id(), uids);

        assertEquals(250, contents.size());
        assertEquals(3, fixture.calls("GetItem"));
    }

    @Test
    void messagesDeletedMeanwhileAreLeftOut() throws Exception {
        MailFolder folder = fixture.folderWith("Vanishing", 3);
        List<Long> uids = uids(fixture.mail().sync(folder.id()));
        ItemState gone = fixture.simulatorItems("Vanishing").get(1);
        fixture.mailbox(SimulatedExchange.ALICE).deleteItem(gone.number());

        Map<Long, Content> contents = fixture.mail().fetch(folder.id(), uids);

        assertEquals(List.of(uids.get(0), uids.get(2)), List.copyOf(contents.keySet()));
        assertFalse(contents.containsKey(uids.get(1)));
    }

    @Test
    void largeMessagesAreSpooledToPrivateFiles() throws Exception {
        EwsBackend small = new EwsBackend(fixture.exchange.settings(1),
                new MailSettings(cache.resolve("small"), 100, 64 * 1024));
        try (var session = MailFixture.signIn(small, SimulatedExchange.ALICE)) {
            MailFolder folder = fixture.folderWith("Spooled", 0);
            byte[] large = largeMessage(200 * 1024);
            fixture.mailbox(SimulatedExchange.ALICE).createItem(fixture.simulatorFolder("Spooled").number(),
                    org.bridgehead.simulator.store.NewItem.of(large));
            long uid = uids(session.mail().sync(folder.id())).get(0);

            Content content = session.mail().fetch(folder.id(), List.of(uid)).get(uid);

            assertEquals(large.length, content.length());
            assertArrayEquals(large, bytes(content));
            try (var spool = java.nio.file.Files.list(cache.resolve("small"))) {
                Path directory = spool.filter(p -> p.getFileName().toString().startsWith("spool")).findFirst()
                        .orElseThrow();
                assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                        java.nio.file.Files.getPosixFilePermissions(directory)));
                try (var files = java.nio.file.Files.list(directory)) {
                    Path file = files.findFirst().orElseThrow();
                    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                            java.nio.file.Files.getPosixFilePermissions(file)));
                }
            }
        } finally {
            small.close();
        }
    }

    static byte[] largeMessage(int bodyBytes) {
        StringBuilder body = new StringBuilder();
        while (body.length() < bodyBytes) {
            body.append("A line of a large message body, long enough to fill space quickly.\r\n");
        }
        return ("From: bob@example.com\r\nTo: alice@example.com\r\nSubject: large\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n" + body)
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    static byte[] bytes(Content content) throws IOException {
        try (InputStream in = content.openStream()) {
            return in.readAllBytes();
        }
    }

    static List<Long> uids(FolderSnapshot snapshot) {
        return snapshot.messages().stream().map(MessageSummary::uid).toList();
    }
}
