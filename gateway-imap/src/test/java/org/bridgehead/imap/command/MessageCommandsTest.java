package org.bridgehead.imap.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.bridgehead.exchange.mail.MailSearch;
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

class MessageCommandsTest {

    private static final String FIRST = TestMessages.plain("First", "Hello there");

    private ImapTestServer server;
    private InMemoryMail mail;
    private ImapTestClient client;

    @BeforeEach
    void start() throws Exception {
        server = ImapTestServer.start();
        mail = server.mailbox("alice");
        mail.deliver("Inbox", FIRST);
        mail.deliver("Inbox", TestMessages.WITH_ATTACHMENT, SystemFlag.SEEN);
        mail.deliver("Inbox", TestMessages.plain("Third", "Budget numbers"), SystemFlag.FLAGGED);
        client = server.login("alice");
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    @Test
    void selectReportsTheMailbox() throws Exception {
        Response select = client.command("SELECT INBOX");
        assertTrue(select.tagged().contains("OK [READ-WRITE]"));
        assertTrue(select.has("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)"));
        assertTrue(select.has("* 3 EXISTS"));
        assertTrue(select.has("* 0 RECENT"));
        assertTrue(select.has("* OK [UNSEEN 1]"));
        assertTrue(select.has("* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\*)]"));
        assertTrue(select.has("* OK [UIDVALIDITY "));
        assertTrue(select.has("* OK [UIDNEXT 4]"));
        assertTrue(client.command("SELECT Nowhere").tagged().contains("NO [NONEXISTENT]"));
        assertEquals("BAD", client.command("FETCH 1 FLAGS").status());
    }

    @Test
    void fetchReturnsMetadataItems() throws Exception {
        client.command("SELECT INBOX");
        Response fetch = client.command("FETCH 1:3 (FLAGS UID INTERNALDATE RFC822.SIZE)");
        assertEquals(List.of(
                "* 1 FETCH (FLAGS () UID 1 INTERNALDATE \" 1-Mar-2024 10:00:00 +0000\" RFC822.SIZE " + FIRST.length() + ")",
                "* 2 FETCH (FLAGS (\\Seen) UID 2 INTERNALDATE \" 1-Mar-2024 10:00:00 +0000\" RFC822.SIZE "
                        + TestMessages.WITH_ATTACHMENT.length() + ")",
                "* 3 FETCH (FLAGS (\\Flagged) UID 3 INTERNALDATE \" 1-Mar-2024 10:00:00 +0000\" RFC822.SIZE "
                        + TestMessages.plain("Third", "Budget numbers").length() + ")"), fetch.untagged());
        assertEquals("BAD", client.command("FETCH 4 FLAGS").status());
        assertTrue(client.command("UID FETCH 4:9 FLAGS").untagged().isEmpty());
    }

    @Test
    void fetchBodyPeekLeavesSeenAndBodySetsIt() throws Exception {
        client.command("SELECT INBOX");
        Response peek = client.command("FETCH 1 BODY.PEEK[]");
        assertEquals("* 1 FETCH (BODY[] {" + FIRST.length() + "}\r\n" + FIRST + ")", peek.untagged().get(0));
        assertFalse(mail.flagsOf("Inbox", 1).has(SystemFlag.SEEN));
        Response body = client.command("FETCH 1 BODY[TEXT]");
        assertEquals("* 1 FETCH (BODY[TEXT] {13}\r\nHello there\r\n FLAGS (\\Seen))", body.untagged().get(0));
        assertTrue(mail.flagsOf("Inbox", 1).has(SystemFlag.SEEN));
    }

    @Test
    void fetchStructureEnvelopeAndSections() throws Exception {
        client.command("SELECT INBOX");
        Response fetch = client.command("UID FETCH 2 (ENVELOPE BODYSTRUCTURE BODY.PEEK[1] BODY.PEEK[HEADER.FIELDS (SUBJECT)] "
                + "BODY.PEEK[]<0.4>)");
        String line = fetch.untagged().get(0);
        assertTrue(line.startsWith("* 2 FETCH (UID 2 ENVELOPE (\"Sat, 2 Mar 2024 09:30:00 +0100\" \"Report attached\" "),
                line);
        assertTrue(line.contains("BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 15 0"),
                line);
        assertTrue(line.contains("\"MIXED\" (\"BOUNDARY\" \"xyz\")"), line);
        assertTrue(line.contains("BODY[1] {15}\r\nSee the report. BODY[HEADER"), line);
        assertTrue(line.contains("BODY[HEADER.FIELDS (SUBJECT)] {28}\r\nSubject: Report attached\r\n\r\n"), line);
        assertTrue(line.endsWith("BODY[]<0> {4}\r\nDate)"), line);
    }

    @Test
    void fetchRfc822ItemsAndMacros() throws Exception {
        client.command("SELECT INBOX");
        Response fetch = client.command("FETCH 1 (RFC822.HEADER RFC822.TEXT)");
        assertTrue(fetch.untagged().get(0).contains("RFC822.HEADER {"));
        assertTrue(fetch.untagged().get(0).contains("RFC822.TEXT {13}\r\nHello there\r\n"));
        assertTrue(client.command("FETCH 1 FULL").untagged().get(0).contains(" BODY (\"TEXT\" \"PLAIN\""));
        String whole = client.command("FETCH 3 RFC822").untagged().get(0);
        assertTrue(whole.contains("RFC822 {"));
        assertTrue(whole.contains("FLAGS (\\Seen \\Flagged)"), whole);
    }

    @Test
    void storeChangesFlagsAndReportsThem() throws Exception {
        client.command("SELECT INBOX");
        Response store = client.command("STORE 1 +FLAGS (\\Flagged $Forwarded Project)");
        assertEquals(List.of("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded Project)",
                "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen $Forwarded Project \\*)] Flags permitted",
                "* 1 FETCH (FLAGS (\\Flagged $Forwarded Project))"), store.untagged());
        MessageFlags flags = mail.flagsOf("Inbox", 1);
        assertTrue(flags.has(SystemFlag.FLAGGED) && flags.has(SystemFlag.FORWARDED));
        assertEquals(Set.of("Project"), flags.keywords());
        assertTrue(client.command("STORE 1 -FLAGS.SILENT (Project)").untagged().isEmpty());
        assertEquals(Set.of(), mail.flagsOf("Inbox", 1).keywords());
        Response replace = client.command("UID STORE 3 FLAGS (\\Answered)");
        assertEquals(List.of("* 3 FETCH (UID 3 FLAGS (\\Answered))"), replace.untagged());
        assertEquals(Set.of(SystemFlag.ANSWERED), mail.flagsOf("Inbox", 3).system());
    }

    @Test
    void deletedIsHeldUntilExpunge() throws Exception {
        client.command("SELECT INBOX");
        client.command("STORE 1:2 +FLAGS (\\Deleted)");
        assertEquals(List.of(1L, 2L, 3L), mail.uids("Inbox"));
        assertEquals(List.of("* SEARCH 1 2"), client.command("SEARCH DELETED").untagged());
        Response expunge = client.command("EXPUNGE");
        assertEquals(List.of("* 2 EXPUNGE", "* 1 EXPUNGE"), expunge.untagged());
        assertEquals(List.of(3L), mail.uids("Inbox"));
        assertEquals(List.of("* 1 FETCH (UID 3)"), client.command("FETCH 1 UID").untagged());
    }

    @Test
    void uidExpungeRemovesOnlyTheGivenDeletedMessages() throws Exception {
        client.command("SELECT INBOX");
        client.command("STORE 1:3 +FLAGS.SILENT (\\Deleted)");
        Response expunge = client.command("UID EXPUNGE 2");
        assertEquals(List.of("* 2 EXPUNGE"), expunge.untagged());
        assertEquals(List.of(1L, 3L), mail.uids("Inbox"));
    }

    @Test
    void closeExpungesSilentlyAndUnselectDoesNot() throws Exception {
        client.command("SELECT INBOX");
        client.command("STORE 1 +FLAGS.SILENT (\\Deleted)");
        Response unselect = client.command("UNSELECT");
        assertTrue(unselect.ok() && unselect.untagged().isEmpty());
        assertEquals(List.of(1L, 2L, 3L), mail.uids("Inbox"));
        client.command("SELECT INBOX");
        Response close = client.command("CLOSE");
        assertTrue(close.ok() && close.untagged().isEmpty());
        assertEquals(List.of(2L, 3L), mail.uids("Inbox"));
        assertEquals("BAD", client.command("FETCH 1 FLAGS").status());
    }

    @Test
    void autoExpungeRemovesDeletedMessagesAtOnce() throws Exception {
        try (ImapTestServer auto = ImapTestServer.startWithAutoExpunge()) {
            auto.mailbox("alice").deliver("Inbox", FIRST);
            auto.mailbox("alice").deliver("Inbox", FIRST);
            try (ImapTestClient other = auto.login("alice")) {
                other.command("SELECT INBOX");
                Response store = other.command("STORE 1 +FLAGS (\\Deleted)");
                assertFalse(store.has("EXPUNGE"), "no EXPUNGE during STORE");
                assertEquals(List.of(2L), auto.mailbox("alice").uids("Inbox"));
                assertEquals(List.of("* 1 EXPUNGE"), other.command("NOOP").untagged());
                Response uidStore = other.command("UID STORE 2 +FLAGS (\\Deleted)");
                assertTrue(uidStore.has("* 1 EXPUNGE"), uidStore.untagged().toString());
                assertEquals(List.of(), auto.mailbox("alice").uids("Inbox"));
            }
        }
    }

    @Test
    void searchEvaluatesAllButBodiesLocallyAndPushesBodiesToExchange() throws Exception {
        client.command("SELECT INBOX");
        assertEquals(List.of("* SEARCH 1 3"), client.command("SEARCH UNSEEN").untagged());
        assertEquals(List.of("* SEARCH 3"), client.command("SEARCH FLAGGED UNSEEN").untagged());
        assertEquals(List.of("* SEARCH 1 2"), client.command("SEARCH OR SEEN 1 NOT FLAGGED").untagged());
        assertEquals(List.of("* SEARCH 2 3"), client.command("UID SEARCH UID 2:*").untagged());
        assertEquals(List.of("* SEARCH 1 2 3"), client.command("SEARCH ALL LARGER 10 SINCE 1-Mar-2024").untagged());
        assertEquals(List.of("* SEARCH"), client.command("SEARCH BEFORE 1-Mar-2024").untagged());
        assertTrue(mail.searches().isEmpty(), "flag, UID, size and date keys need no Exchange call");
        assertEquals(List.of("* SEARCH 3"), client.command("SEARCH SUBJECT third UNSEEN").untagged());
        assertEquals(List.of("* SEARCH 2"), client.command("SEARCH SENTON 2-Mar-2024").untagged());
        assertEquals(List.of("* SEARCH 1 3"), client.command("SEARCH HEADER Message-ID example.com").untagged());
        assertTrue(mail.searches().isEmpty(), "header and sent-date keys are answered from the header blocks");
        assertEquals(List.of("* SEARCH 1"), client.command("SEARCH BODY \"hello\" FROM bob").untagged());
        assertEquals(List.of(new MailSearch.BodyContains("hello")), mail.searches());
        assertEquals(List.of("* SEARCH 2"), client.command("SEARCH TEXT report").untagged());
    }

    @Test
    void searchAcceptsCharsetsItKnows() throws Exception {
        client.command("SELECT INBOX");
        Response utf8 = client.commandWithLiteral("SEARCH CHARSET UTF-8 SUBJECT ", "Third".getBytes(StandardCharsets.UTF_8), "");
        assertEquals(List.of("* SEARCH 3"), utf8.untagged());
        Response unknown = client.command("SEARCH CHARSET X-NONSENSE SUBJECT x");
        assertTrue(unknown.tagged().contains("NO [BADCHARSET (UTF-8 US-ASCII)]"), unknown.tagged());
    }

    @Test
    void appendStoresTheMessageAndAnswersAppendUid() throws Exception {
        byte[] message = TestMessages.plain("Appended", "Body").getBytes(StandardCharsets.UTF_8);
        Response append = client.commandWithLiteral("APPEND Drafts (\\Draft \\Seen) \"05-Mar-2024 12:00:00 +0100\" ",
                message, "");
        assertTrue(append.tagged().contains("OK [APPENDUID "), append.tagged());
        assertTrue(append.tagged().contains(" 1] APPEND completed"));
        assertArrayEquals(message, mail.content("Drafts", 1));
        assertEquals(Set.of(SystemFlag.DRAFT, SystemFlag.SEEN), mail.flagsOf("Drafts", 1).system());
        client.command("SELECT Drafts");
        assertTrue(client.command("FETCH 1 INTERNALDATE").untagged().get(0).contains("\" 5-Mar-2024 11:00:00 +0000\""));
        Response missing = client.commandWithLiteral("APPEND Nowhere ", message, "");
        assertTrue(missing.tagged().contains("NO [TRYCREATE]"));
    }

    @Test
    void appendWithNonSynchronizingLiteral() throws Exception {
        byte[] message = FIRST.getBytes(StandardCharsets.UTF_8);
        String tag = client.nextTag();
        client.sendRaw((tag + " APPEND INBOX {" + message.length + "+}\r\n").getBytes(StandardCharsets.US_ASCII));
        client.sendRaw(message);
        client.send("");
        assertTrue(client.readUntilTagged(tag).ok());
        assertEquals(4, mail.uids("Inbox").size());
    }

    @Test
    void appendToSelectedMailboxAnnouncesExists() throws Exception {
        client.command("SELECT INBOX");
        Response append = client.commandWithLiteral("APPEND INBOX ", FIRST.getBytes(StandardCharsets.UTF_8), "");
        assertEquals(List.of("* 4 EXISTS", "* 1 RECENT"), append.untagged());
    }

    @Test
    void copyAnswersCopyUid() throws Exception {
        client.command("SELECT INBOX");
        mail.deliver("Archive", FIRST);
        Response copy = client.command("COPY 2:3 Archive");
        assertTrue(copy.tagged().contains("OK [COPYUID "), copy.tagged());
        assertTrue(copy.tagged().contains(" 2:3 2:3] COPY completed"), copy.tagged());
        assertEquals(List.of(1L, 2L, 3L), mail.uids("Archive"));
        assertEquals(List.of(1L, 2L, 3L), mail.uids("Inbox"));
        assertTrue(client.command("COPY 1 Nowhere").tagged().contains("NO [TRYCREATE]"));
    }

    @Test
    void moveReportsCopyUidThenExpunges() throws Exception {
        client.command("SELECT INBOX");
        Response move = client.command("MOVE 1:2 Archive");
        assertTrue(move.ok());
        assertEquals(3, move.untagged().size(), move.untagged().toString());
        assertTrue(move.untagged().get(0).startsWith("* OK [COPYUID "));
        assertTrue(move.untagged().get(0).contains(" 1:2 1:2]"));
        assertEquals(List.of("* 2 EXPUNGE", "* 1 EXPUNGE"), move.untagged().subList(1, 3));
        assertEquals(List.of(3L), mail.uids("Inbox"));
        assertEquals(List.of(1L, 2L), mail.uids("Archive"));
        Response uidMove = client.command("UID MOVE 3 Archive");
        assertTrue(uidMove.has("* 1 EXPUNGE"));
        assertEquals(List.of(), mail.uids("Inbox"));
    }

    @Test
    void multiAppendStoresEveryMessageAndReportsAllUids() throws Exception {
        byte[] one = TestMessages.plain("One", "1").getBytes(StandardCharsets.US_ASCII);
        byte[] two = TestMessages.plain("Two", "2").getBytes(StandardCharsets.US_ASCII);
        String tag = client.nextTag();
        client.sendRaw((tag + " APPEND Archive (\\Seen) {" + one.length + "+}\r\n").getBytes(StandardCharsets.US_ASCII));
        client.sendRaw(one);
        client.sendRaw((" {" + two.length + "+}\r\n").getBytes(StandardCharsets.US_ASCII));
        client.sendRaw(two);
        client.send("");
        Response append = client.readUntilTagged(tag);
        assertTrue(append.tagged().contains(" 1:2] APPEND completed"), append.tagged());
        assertArrayEquals(two, mail.content("Archive", 2));
        assertTrue(mail.flagsOf("Archive", 1).has(SystemFlag.SEEN));
        assertFalse(mail.flagsOf("Archive", 2).has(SystemFlag.SEEN));
    }
}
