package org.bridgehead.imap.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.bridgehead.exchange.ServerUnavailableException;
import org.bridgehead.exchange.ThrottledException;
import org.bridgehead.imap.testing.ImapTestClient.Response;
import org.bridgehead.imap.testing.ImapTestClient;
import org.bridgehead.imap.testing.ImapTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionTest {

    private ImapTestServer server;

    @BeforeEach
    void start() throws Exception {
        server = ImapTestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void greetingAnnouncesCapabilities() throws Exception {
        try (ImapTestClient client = server.connect()) {
            assertTrue(client.greeting().startsWith("* OK [CAPABILITY IMAP4rev1 "), client.greeting());
            assertTrue(client.greeting().endsWith("] Bridgehead IMAP ready"));
            assertTrue(client.greeting().contains("AUTH=PLAIN"));
        }
    }

    @Test
    void capabilityListsExtensionsAndDropsAuthMechanismsAfterLogin() throws Exception {
        try (ImapTestClient client = server.connect()) {
            Response before = client.command("CAPABILITY");
            assertTrue(before.ok());
            String line = before.lines("* CAPABILITY").get(0);
            for (String extension : new String[] {"IDLE", "UIDPLUS", "MOVE", "SPECIAL-USE", "NAMESPACE", "ID",
                    "ENABLE", "LITERAL+", "UNSELECT", "CHILDREN", "LIST-EXTENDED", "LIST-STATUS", "SASL-IR",
                    "AUTH=LOGIN", "CONDSTORE", "ESEARCH", "STATUS=SIZE"}) {
                assertTrue(line.contains(" " + extension), extension);
            }
            client.command("LOGIN alice secret");
            String after = client.command("CAPABILITY").lines("* CAPABILITY").get(0);
            assertFalse(after.contains("AUTH="));
        }
    }

    @Test
    void noopAndLogoutWork() throws Exception {
        try (ImapTestClient client = server.connect()) {
            assertTrue(client.command("NOOP").ok());
            Response logout = client.command("LOGOUT");
            assertTrue(logout.ok());
            assertTrue(logout.has("* BYE"));
            assertTrue(client.isClosedByServer());
        }
    }

    @Test
    void malformedCommandsGetBadAndTheConnectionStaysUsable() throws Exception {
        try (ImapTestClient client = server.connect()) {
            client.send("x1 FETCH (unbalanced");
            assertTrue(client.readResponseLine().startsWith("x1 BAD "));
            client.send("");
            assertTrue(client.readResponseLine().startsWith("* BAD "));
            assertEquals("BAD", client.command("FROBNICATE").status());
            assertEquals("BAD", client.command("LOGIN onlyuser").status());
            assertTrue(client.command("LOGIN alice secret").ok());
            assertEquals("BAD", client.command("SELECT").status());
            assertTrue(client.command("SELECT INBOX").ok());
        }
    }

    @Test
    void commandsBeforeLoginAreRejected() throws Exception {
        try (ImapTestClient client = server.connect()) {
            Response select = client.command("SELECT INBOX");
            assertEquals("BAD", select.status());
            assertEquals("BAD", client.command("FETCH 1 FLAGS").status());
        }
    }

    @Test
    void tooLargeLiteralIsRefusedAndTheConnectionStaysUsable() throws Exception {
        try (ImapTestClient client = server.login("alice")) {
            String tag = client.nextTag();
            client.send(tag + " APPEND INBOX {" + (ImapTestServer.MAX_LITERAL + 1) + "}");
            String answer = client.readResponseLine();
            assertTrue(answer.startsWith(tag + " BAD "), answer);
            byte[] body = new byte[(int) ImapTestServer.MAX_LITERAL + 1];
            Arrays.fill(body, (byte) 'x');
            String plusTag = client.nextTag();
            client.sendRaw((plusTag + " APPEND INBOX {" + body.length + "+}\r\n").getBytes(StandardCharsets.US_ASCII));
            client.sendRaw(body);
            client.send("");
            String plusAnswer = client.readResponseLine();
            assertTrue(plusAnswer.startsWith(plusTag + " BAD "), plusAnswer);
            assertTrue(client.command("NOOP").ok());
        }
    }

    @Test
    void overLongCommandLineIsRefusedAndTheConnectionStaysUsable() throws Exception {
        try (ImapTestClient client = server.login("alice")) {
            String tag = client.nextTag();
            client.send(tag + " NOOP " + "x".repeat(10_000));
            String answer = client.readResponseLine();
            assertTrue(answer.contains(" BAD "), answer);
            assertTrue(client.command("NOOP").ok());
        }
    }

    @Test
    void unreachableExchangeGivesNoUnavailable() throws Exception {
        try (ImapTestClient client = server.login("alice")) {
            server.mailbox("alice").failNextCall(new ServerUnavailableException("connection refused", true, null));
            Response list = client.command("LIST \"\" *");
            assertTrue(list.tagged().contains("NO [UNAVAILABLE]"), list.tagged());
            server.mailbox("alice").failNextCall(new ThrottledException("busy", Duration.ZERO, null));
            assertTrue(client.command("SELECT INBOX").tagged().contains("NO [UNAVAILABLE]"));
            assertTrue(client.command("SELECT INBOX").ok());
        }
    }

    @Test
    void outOfMemoryFailsTheCommandWithLimitAndTheConnectionLives() throws Exception {
        try (ImapTestClient client = server.login("alice")) {
            server.mailbox("alice").failNextCall(new OutOfMemoryError("Java heap space"));
            Response list = client.command("LIST \"\" *");
            assertTrue(list.tagged().contains("NO [LIMIT]"), list.tagged());
            assertTrue(client.command("SELECT INBOX").ok());
            assertTrue(client.command("NOOP").ok());
        }
    }

    @Test
    void anotherErrorEndsTheConnectionWithBye() throws Exception {
        try (ImapTestClient client = server.login("alice");
                ImapTestClient other = server.login("alice")) {
            server.mailbox("alice").failNextCall(new StackOverflowError());
            client.send("a1 LIST \"\" *");
            assertTrue(client.readResponseLine().startsWith("* BYE "));
            assertTrue(client.isClosedByServer());
            assertTrue(other.command("NOOP").ok(), "other connections live on");
        }
    }

    @Test
    void connectionsBeyondTheLimitAreRefused() throws Exception {
        try (ImapTestServer small = ImapTestServer.startWithMaxConnections(1);
                ImapTestClient first = small.connect()) {
            try (Socket second = new Socket("127.0.0.1", small.port())) {
                second.setSoTimeout(5000);
                String line = new String(second.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                assertTrue(line.startsWith("* BYE"), line);
            }
            assertTrue(first.command("NOOP").ok());
        }
    }

    @Test
    void clientSilentBeforeLoginIsDisconnectedWithBye() throws Exception {
        try (ImapTestServer impatient = ImapTestServer.startWithLoginTimeout(Duration.ofMillis(200));
                ImapTestClient client = impatient.connect()) {
            assertTrue(client.readResponseLine().startsWith("* BYE Autologout"));
            assertTrue(client.isClosedByServer());
        }
    }

    @Test
    void serverShutdownSaysByeToWaitingClients() throws Exception {
        try (ImapTestClient client = server.login("alice")) {
            client.command("SELECT INBOX");
            server.close();
            assertTrue(client.readResponseLine().startsWith("* BYE"));
            assertTrue(client.isClosedByServer());
        }
    }
}
