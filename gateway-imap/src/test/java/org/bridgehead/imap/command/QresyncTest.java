package org.bridgehead.imap.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** QRESYNC (RFC 7162 3.2): a client back from elsewhere learns what vanished and changed in one SELECT. */
class QresyncTest {

    private ImapTestServer server;
    private InMemoryMail mail;
    private long uidValidity;
    private long modSeq;

    @BeforeEach
    void start() throws Exception {
        server = ImapTestServer.start();
        mail = server.mailbox("alice");
        for (int i = 1; i <= 5; i++) {
            mail.deliver("Inbox", TestMessages.plain("Message " + i, "Body " + i));
        }
        try (ImapTestClient client = server.login("alice")) {
            assertEquals(List.of("* ENABLED QRESYNC"), client.command("ENABLE QRESYNC").untagged());
            Response select = client.command("SELECT INBOX");
            uidValidity = code(select, "UIDVALIDITY");
            modSeq = code(select, "HIGHESTMODSEQ");
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void selectReportsVanishedEarlierThenChangedFlags() throws Exception {
        mail.expungeElsewhere("Inbox", 2);
        mail.expungeElsewhere("Inbox", 4);
        mail.changeFlagsElsewhere("Inbox", 3, MessageFlags.of(SystemFlag.SEEN));
        try (ImapTestClient client = qresyncClient()) {
            Response select = client.command("SELECT INBOX (QRESYNC (" + uidValidity + " " + modSeq + "))");
            assertTrue(select.ok(), select.tagged());
            List<String> lines = select.untagged();
            int vanished = lines.indexOf("* VANISHED (EARLIER) 2,4");
            int fetch = indexOfMatch(lines, "\\* 2 FETCH \\(UID 3 FLAGS \\(\\\\Seen\\) MODSEQ \\(\\d+\\)\\)");
            assertTrue(vanished >= 0 && fetch > vanished, lines.toString());
            assertTrue(code(select, "HIGHESTMODSEQ") > modSeq, "an expunge raises HIGHESTMODSEQ");
            assertEquals(1, lines.stream().filter(l -> l.contains("FETCH")).count(), lines.toString());
            Response known = client.command("EXAMINE INBOX (QRESYNC (" + uidValidity + " " + modSeq + " 1:3))");
            assertTrue(known.has("* VANISHED (EARLIER) 2"), known.untagged().toString());
            assertFalse(known.has("2,4"), "only the known UIDs are reported");
        }
    }

    @Test
    void aChangedUidValidityMakesItAPlainSelect() throws Exception {
        mail.expungeElsewhere("Inbox", 2);
        try (ImapTestClient client = qresyncClient()) {
            Response select = client.command("SELECT INBOX (QRESYNC (" + (uidValidity + 1) + " " + modSeq + "))");
            assertTrue(select.ok(), select.tagged());
            assertFalse(select.has("VANISHED"), select.untagged().toString());
            assertTrue(select.has("* 4 EXISTS"));
        }
    }

    @Test
    void forgottenExpungesReportEveryMissingUidNarrowedBySequenceMatch() throws Exception {
        mail.expungeElsewhere("Inbox", 2);
        mail.expungeElsewhere("Inbox", 4);
        mail.expungeElsewhere("Inbox", 5);
        mail.forgetExpunges("Inbox");
        try (ImapTestClient client = qresyncClient()) {
            String known = "QRESYNC (" + uidValidity + " " + modSeq;
            assertTrue(client.command("EXAMINE INBOX (" + known + "))").has("* VANISHED (EARLIER) 2,4:5"));
            // The client's message 2 is UID 3, as the server's is: nothing up to UID 3 vanished.
            Response matched = client.command("EXAMINE INBOX (" + known + " 1:5 (2 3)))");
            assertTrue(matched.has("* VANISHED (EARLIER) 4:5"), matched.untagged().toString());
        }
    }

    @Test
    void expungesAreReportedAsVanishedAndUidFetchCanAskForThem() throws Exception {
        try (ImapTestClient client = qresyncClient(); ImapTestClient other = server.login("alice")) {
            client.command("SELECT INBOX");
            other.command("SELECT INBOX");
            assertTrue(other.command("STORE 2,4 +FLAGS.SILENT (\\Deleted)").ok());
            assertEquals(List.of("* 4 EXPUNGE", "* 2 EXPUNGE"), other.command("EXPUNGE").untagged().stream()
                    .filter(l -> l.endsWith("EXPUNGE")).toList(), "without QRESYNC: EXPUNGE");
            Response noop = client.command("NOOP");
            assertTrue(noop.has("* VANISHED 2,4"), noop.untagged().toString());
            assertFalse(noop.has("EXPUNGE"), noop.untagged().toString());
            Response fetch = client.command("UID FETCH 1:* (FLAGS) (CHANGEDSINCE " + modSeq + " VANISHED)");
            assertTrue(fetch.ok(), fetch.tagged());
            assertEquals("* VANISHED (EARLIER) 2,4", fetch.untagged().get(0), fetch.untagged().toString());
            assertTrue(client.command("UID FETCH 3 (FLAGS) (CHANGEDSINCE " + modSeq + " VANISHED)").untagged().isEmpty());
            assertTrue(client.command("STORE 1 +FLAGS.SILENT (\\Deleted)").ok());
            assertEquals(List.of("* VANISHED 1"), client.command("EXPUNGE").untagged());
        }
    }

    @Test
    void malformedQresyncArgumentsAreBadAndTheConnectionStaysUsable() throws Exception {
        try (ImapTestClient plain = server.login("alice")) {
            assertEquals("BAD", plain.command("SELECT INBOX (QRESYNC (" + uidValidity + " 1))").status(),
                    "QRESYNC must be enabled first");
            assertTrue(plain.command("SELECT INBOX").ok());
            assertEquals("BAD", plain.command("UID FETCH 1:* FLAGS (CHANGEDSINCE 1 VANISHED)").status());
        }
        try (ImapTestClient client = qresyncClient()) {
            for (String bad : List.of("(QRESYNC)", "(QRESYNC ())", "(QRESYNC (0 1))",
                    "(QRESYNC (1 x))", "(QRESYNC (1 2 1:x))", "(QRESYNC (1 2 1:5 (1:2 1)))", "(QRESYNC (1 2 * (1 *)))",
                    "(QRESYNC (1 2 1:5 (1 1) 3))", "(FOO)", "()")) {
                assertEquals("BAD", client.command("EXAMINE INBOX " + bad).status(), bad);
            }
            assertTrue(client.command("SELECT INBOX").ok());
            assertEquals("BAD", client.command("FETCH 1:* FLAGS (CHANGEDSINCE 1 VANISHED)").status(), "UID only");
            assertEquals("BAD", client.command("UID FETCH 1:* FLAGS (VANISHED)").status(), "CHANGEDSINCE needed");
            assertEquals("BAD", client.command("UID FETCH 1:* FLAGS (CHANGEDSINCE 1 CHANGEDSINCE 2)").status());
            assertTrue(client.command("NOOP").ok());
        }
    }

    @Test
    void qresyncIsAdvertised() throws Exception {
        try (ImapTestClient client = server.login("alice")) {
            assertTrue(client.command("CAPABILITY").untagged().get(0).contains(" QRESYNC"));
        }
    }

    private ImapTestClient qresyncClient() throws Exception {
        ImapTestClient client = server.login("alice");
        assertTrue(client.command("ENABLE QRESYNC").ok());
        return client;
    }

    private static long code(Response response, String name) {
        Pattern pattern = Pattern.compile("\\[" + name + " (\\d+)]");
        for (String line : response.untagged()) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                return Long.parseLong(matcher.group(1));
            }
        }
        throw new AssertionError("no " + name + " in " + response.untagged());
    }

    private static int indexOfMatch(List<String> lines, String regex) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches(regex)) {
                return i;
            }
        }
        return -1;
    }
}
