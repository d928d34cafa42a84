package org.bridgehead.imap.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.SystemFlag;
import org.bridgehead.imap.testing.ImapTestClient;
import org.bridgehead.imap.testing.ImapTestClient.Response;
import org.bridgehead.imap.testing.ImapTestServer;
import org.bridgehead.imap.testing.InMemoryMail;
import org.bridgehead.imap.testing.TestMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changes made elsewhere reach a client as untagged responses, only where RFC 3501 allows them. */
class UntaggedUpdatesTest {

    private ImapTestServer server;
    private InMemoryMail mail;
    private ImapTestClient client;

    @BeforeEach
    void start() throws Exception {
        server = ImapTestServer.start();
        mail = server.mailbox("alice");
        for (int i = 1; i <= 3; i++) {
            mail.deliver("Inbox", TestMessages.plain("Message " + i, "Body " + i));
        }
        client = server.login("alice");
        client.command("SELECT INBOX");
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    @Test
    void noopReportsNewChangedAndExpungedMessages() throws Exception {
        mail.expungeElsewhere("Inbox", 1);
        mail.changeFlagsElsewhere("Inbox", 3, MessageFlags.of(SystemFlag.SEEN));
        mail.deliver("Inbox", TestMessages.plain("New", "news"));
        Response noop = client.command("NOOP");
        // Flag changes are numbered as the client still numbers its messages, before the expunges.
        assertEquals(List.of("* 3 FETCH (FLAGS (\\Seen))", "* 1 EXPUNGE", "* 3 EXISTS", "* 1 RECENT"), noop.untagged());
        assertTrue(client.command("NOOP").untagged().isEmpty());
    }

    @Test
    void aChangeByAnotherConnectionShowsInTheNextFetchAtOnce() throws Exception {
        try (ImapTestClient other = server.login("alice")) {
            other.command("SELECT INBOX");
            // \Deleted lives only in the gateway: no Exchange notice announces it.
            assertTrue(other.command("STORE 2 +FLAGS.SILENT (\\Deleted)").ok());
            Response fetch = client.command("FETCH 2 FLAGS");
            assertEquals(List.of("* 2 FETCH (FLAGS (\\Deleted))", "* 2 FETCH (FLAGS (\\Deleted))"), fetch.untagged());
            assertTrue(other.command("EXPUNGE").ok());
            Response search = client.command("SEARCH DELETED");
            assertFalse(search.has("EXPUNGE"), "no EXPUNGE during SEARCH");
            assertEquals(List.of("* 2 EXPUNGE"), client.command("NOOP").untagged());
        }
    }

    @Test
    void changesArriveAfterOtherCommandsOnceNoticed() throws Exception {
        mail.deliver("Inbox", TestMessages.plain("New", "news"));
        Response status = client.command("STATUS Archive (MESSAGES)");
        assertTrue(status.has("* 4 EXISTS"), status.untagged().toString());
    }

    @Test
    void noExpungeDuringFetchStoreOrSearchButFlagsAndExistsAreSent() throws Exception {
        mail.expungeElsewhere("Inbox", 2);
        mail.deliver("Inbox", TestMessages.plain("New", "news"));
        Response fetch = client.command("FETCH 1:3 UID");
        assertFalse(fetch.has("EXPUNGE"), fetch.untagged().toString());
        assertTrue(fetch.has("* 4 EXISTS"));
        assertTrue(fetch.has("* 2 FETCH (UID 2)"), "the vanished message keeps its number until EXPUNGE is allowed");
        mail.expungeElsewhere("Inbox", 3);
        assertFalse(client.command("STORE 1 +FLAGS (\\Seen)").has("EXPUNGE"));
        assertFalse(client.command("SEARCH ALL").has("EXPUNGE"));
        assertEquals(List.of("* 3 EXPUNGE", "* 2 EXPUNGE"), client.command("NOOP").untagged());
        assertEquals(List.of("* 2 FETCH (UID 4)"), client.command("FETCH 2 UID").untagged());
    }

    @Test
    void uidCommandsMayReportExpunges() throws Exception {
        mail.expungeElsewhere("Inbox", 2);
        Response fetch = client.command("UID FETCH 1:* FLAGS");
        assertTrue(fetch.has("* 2 EXPUNGE"), fetch.untagged().toString());
    }

    @Test
    void fetchOfAMessageExpungedElsewhereLeavesItOut() throws Exception {
        mail.expungeElsewhere("Inbox", 2);
        Response fetch = client.command("FETCH 1:3 BODY.PEEK[]");
        assertTrue(fetch.ok());
        assertFalse(fetch.has("* 2 FETCH"), fetch.untagged().toString());
        assertEquals(2, fetch.lines(" FETCH (BODY[] ").size());
    }

    @Test
    void twoConnectionsSeeEachOthersChanges() throws Exception {
        try (ImapTestClient other = server.login("alice")) {
            other.command("SELECT INBOX");
            other.command("STORE 2 +FLAGS (\\Flagged)");
            assertEquals(List.of("* 2 FETCH (FLAGS (\\Flagged))"), client.command("NOOP").untagged());
            client.command("STORE 1 +FLAGS.SILENT (\\Deleted)");
            client.command("EXPUNGE");
            assertEquals(List.of("* 1 EXPUNGE"), other.command("NOOP").untagged());
            client.commandWithLiteral("APPEND INBOX ", TestMessages.plain("Mine", "x").getBytes(), "");
            assertEquals(List.of("* 3 EXISTS"), other.command("NOOP").untagged());
            other.command("MOVE 1 Archive");
            assertEquals(List.of("* 1 EXPUNGE"), client.command("CHECK").untagged());
        }
    }

    @Test
    void idleReceivesNewMessagesAndFlagChanges() throws Exception {
        String tag = client.nextTag();
        client.send(tag + " IDLE");
        assertEquals("+ idling", client.readResponseLine());
        mail.deliver("Inbox", TestMessages.plain("Pushed", "now"));
        assertEquals("* 4 EXISTS", client.readResponseLine());
        assertEquals("* 1 RECENT", client.readResponseLine());
        mail.changeFlagsElsewhere("Inbox", 1, MessageFlags.of(SystemFlag.ANSWERED));
        assertEquals("* 1 FETCH (FLAGS (\\Answered))", client.readResponseLine());
        mail.expungeElsewhere("Inbox", 2);
        assertEquals("* 2 EXPUNGE", client.readResponseLine());
        client.send("DONE");
        Response done = client.readUntilTagged(tag);
        assertTrue(done.ok());
        assertTrue(done.untagged().isEmpty());
        assertEquals(List.of("* 3 FETCH (UID 4)"), client.command("FETCH 3 UID").untagged());
    }

    @Test
    void idleWithoutSelectedMailboxEndsOnDone() throws Exception {
        client.command("UNSELECT");
        String tag = client.nextTag();
        client.send(tag + " IDLE");
        assertEquals("+ idling", client.readResponseLine());
        client.send("DONE");
        assertTrue(client.readUntilTagged(tag).ok());
        assertEquals(0, mail.openWatches());
    }

    @Test
    void selectingAnotherMailboxStopsWatchingTheFirst() throws Exception {
        assertEquals(1, mail.openWatches());
        client.command("SELECT Archive");
        assertEquals(1, mail.openWatches());
        client.command("CLOSE");
        assertEquals(0, mail.openWatches());
    }

    @Test
    void watchIsReopenedWhenTheExchangeSessionExpired() throws Exception {
        assertEquals(1, mail.openWatches());
        server.clock().advance(ImapTestServer.SESSION_IDLE_TIMEOUT.plusMinutes(1));
        assertTrue(client.command("NOOP").ok());
        assertEquals(1, mail.openWatches(), "the expired session's watch closed, a new one opened");
        String tag = client.nextTag();
        client.send(tag + " IDLE");
        assertEquals("+ idling", client.readResponseLine());
        mail.deliver("Inbox", TestMessages.plain("After expiry", "still pushed"));
        assertEquals("* 4 EXISTS", client.readResponseLine());
        client.send("DONE");
        assertTrue(client.readUntilTagged(tag).ok());
    }
}
