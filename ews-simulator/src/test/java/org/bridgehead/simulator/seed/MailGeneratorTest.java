package org.bridgehead.simulator.seed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FlagStatus;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;

class MailGeneratorTest {

    @Test
    void tenThousandMessagesGetArticleNumbersOneToTenThousandInArrivalOrder() throws Exception {
        SimulatorStore store = Seeds.parse("generated:1:0:10000");
        Mailbox mailbox = store.mailbox("user1@example.com").orElseThrow();
        FolderState inbox = mailbox.folder(DistinguishedFolder.INBOX);
        assertEquals(10_000, inbox.totalCount());
        assertEquals(10_001, inbox.nextArticleNumber());
        List<ItemState> items = mailbox.items(inbox.number());
        for (int i = 0; i < items.size(); i++) {
            assertEquals(i + 1, items.get(i).articleNumber());
            if (i > 0) {
                assertTrue(!items.get(i).received().isBefore(items.get(i - 1).received()));
            }
        }
        assertTrue(inbox.unreadCount() > 1000 && inbox.unreadCount() < 3000, "unread " + inbox.unreadCount());
        assertTrue(items.stream().filter(i -> i.flag() == FlagStatus.FLAGGED).count() > 100);
        assertTrue(items.stream().filter(i -> i.summary().hasAttachments()).count() > 500);
        assertTrue(items.stream().filter(i -> i.summary().inReplyTo() != null).count() > 1000);
        assertTrue(items.stream().anyMatch(i -> i.subject().equals("Grüße aus München")));
        assertTrue(items.stream().anyMatch(i -> new String(i.mime(), StandardCharsets.US_ASCII)
                .contains("multipart/alternative")));
    }

    @Test
    void theSameSeedGivesTheSameMessages() {
        MailGenerator first = new MailGenerator(7, DemoPeople.all(), DemoMail.NOW, Duration.ofDays(30));
        MailGenerator second = new MailGenerator(7, DemoPeople.all(), DemoMail.NOW, Duration.ofDays(30));
        for (int i = 0; i < 50; i++) {
            GeneratedMessage a = first.next(DemoPeople.ALICE, DemoMail.NOW, 0);
            GeneratedMessage b = second.next(DemoPeople.ALICE, DemoMail.NOW, 0);
            assertArrayEquals(a.mime(), b.mime());
            assertEquals(a.read(), b.read());
        }
    }

    @Test
    void largeMessagesCarryAnAttachmentOfTheAskedSize() throws Exception {
        SimulatorStore store = new SimulatorStore();
        Mailbox mailbox = store.addUser(DemoPeople.ALICE, "x");
        long inbox = mailbox.folder(DistinguishedFolder.INBOX).number();
        new MailGenerator(3, DemoPeople.all(), DemoMail.NOW, Duration.ofDays(30))
                .fill(mailbox, inbox, DemoPeople.ALICE, 10, 2, 300_000);
        List<ItemState> large = mailbox.items(inbox).stream().filter(i -> i.size() > 300_000).toList();
        assertEquals(2, large.size());
        assertEquals(300_000, large.get(0).summary().attachments().get(0).size());
    }

    @Test
    void nonAsciiHeadersAreEncodedWords() {
        String encoded = MimeWriter.encodeWord("会議の議事録 and a rather long tail of text to split");
        assertTrue(encoded.startsWith("=?UTF-8?B?"));
        assertTrue(encoded.lines().allMatch(l -> l.trim().length() <= 75), encoded);
        assertEquals("plain", MimeWriter.encodeWord("plain"));
    }
}
