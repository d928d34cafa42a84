package org.bridgehead.smtp.server;

import static org.bridgehead.smtp.support.TestServers.PASSWORD;
import static org.bridgehead.smtp.support.TestServers.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.bridgehead.smtp.support.FakeSubmitter;
import org.bridgehead.smtp.support.RawSmtpClient;
import org.bridgehead.smtp.support.RawSmtpClient.Reply;
import org.bridgehead.smtp.support.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command outside AUTH and DATA, and the replies to misuse, over a raw socket. */
class SmtpCommandsTest {

    @TempDir
    Path spool;

    private final FakeSubmitter submitter = new FakeSubmitter().withUser(USER, PASSWORD);
    private SmtpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = TestServers.start(TestServers.options(spool).maxMessageSize(10_000).maxRecipients(3).build(), submitter);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void greetsWithHostNameAndAdvertisesExtensionsOnEhlo() throws IOException {
        try (RawSmtpClient client = new RawSmtpClient(server.localAddress())) {
            assertEquals("220 gateway.test Bridgehead ESMTP", client.readReply().line());

            Reply ehlo = client.command("EHLO client.test");

            assertEquals(List.of(
                    "250-gateway.test Hello client.test",
                    "250-PIPELINING",
                    "250-8BITMIME",
                    "250-SIZE 10000",
                    "250-ENHANCEDSTATUSCODES",
                    "250-SMTPUTF8",
                    "250-CHUNKING",
                    "250 AUTH PLAIN LOGIN"), ehlo.lines());
        }
    }

    @Test
    void heloGreetsWithoutExtensions() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(server.localAddress())) {
            assertEquals(List.of("250 gateway.test"), client.command("HELO client.test").lines());
        }
    }

    @Test
    void greetingWithoutAPrintableHostNameIsASyntaxError() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(server.localAddress())) {
            assertEquals("501 5.5.4 Syntax: EHLO hostname", client.command("EHLO").line());
            assertEquals("501 5.5.4 Syntax: EHLO hostname", client.command("EHLO bad\rname").line());
            assertEquals("501 5.5.4 Syntax: EHLO hostname", client.command("EHLO two words").line());
            assertEquals("501 5.5.4 Syntax: HELO hostname", client.command("HELO").line());
        }
    }

    @Test
    void noopRsetVrfyHelpAndQuitAnswerAsSpecified() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(server.localAddress())) {
            assertEquals("250 2.0.0 OK", client.command("NOOP anything").line());
            assertEquals("250 2.0.0 OK", client.command("RSET").line());
            assertEquals("501 5.5.4 No parameters allowed", client.command("RSET now").line());
            assertEquals(252, client.command("VRFY bob@example.com").code());
            assertEquals("252 2.5.0", client.command("VRFY bob").line().substring(0, 9));
            assertEquals("501 5.5.4 Syntax: VRFY address", client.command("VRFY").line());
            Reply help = client.command("HELP");
            assertEquals(214, help.code());
            assertTrue(help.lines().size() > 1 && help.lines().stream().allMatch(line -> line.startsWith("214")));
            assertEquals("221 2.0.0 gateway.test closing connection", client.command("QUIT").line());
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void unknownCommandIs500AndTheConnectionGoesOn() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(server.localAddress())) {
            assertEquals("500 5.5.2 Command not recognized", client.command("TURN").line());
            assertEquals("500 5.5.2 Command not recognized", client.command("").line());
            assertEquals("250 2.0.0 OK", client.command("NOOP").line());
        }
    }

    @Test
    void commandsAreCaseInsensitive() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(server.localAddress())) {
            assertEquals(250, client.command("ehlo client.test").code());
            assertEquals(235, client.command("auth plain " + RawSmtpClient.plain(USER, PASSWORD)).code());
            assertEquals(250, client.command("mail from:<alice@example.com>").code());
        }
    }

    @Test
    void mailBeforeGreetingOrAuthenticationIsRefused() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(server.localAddress())) {
            assertEquals("503 5.5.1 Send EHLO first", client.command("MAIL FROM:<alice@example.com>").line());
            assertEquals("503 5.5.1 Send EHLO first", client.command("AUTH PLAIN").line());
            client.command("EHLO client.test");
            assertEquals("530 5.7.0 Authentication required", client.command("MAIL FROM:<alice@example.com>").line());
        }
    }

    @Test
    void commandsOutOfSequenceAre503() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connectAuthenticated(server.localAddress(), USER, PASSWORD)) {
            assertEquals("503 5.5.1 Need MAIL before RCPT", client.command("RCPT TO:<bob@example.com>").line());
            assertEquals("503 5.5.1 Need MAIL before DATA", client.command("DATA").line());
            assertEquals(250, client.command("MAIL FROM:<alice@example.com>").code());
            assertEquals("503 5.5.1 Sender already given", client.command("MAIL FROM:<alice@example.com>").line());
            assertEquals("503 5.5.1 Need RCPT before DATA", client.command("DATA").line());
            assertEquals("503 5.5.1 Already authenticated", client.command("AUTH LOGIN").line());
            assertEquals("250 2.0.0 OK", client.command("RSET").line());
            assertEquals("503 5.5.1 Already authenticated", client.command("AUTH LOGIN").line());
        }
    }

    @Test
    void ehloEndsTheMailTransaction() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connectAuthenticated(server.localAddress(), USER, PASSWORD)) {
            client.command("MAIL FROM:<alice@example.com>");
            assertEquals(250, client.command("EHLO client.test").code());
            assertEquals("503 5.5.1 Need MAIL before RCPT", client.command("RCPT TO:<bob@example.com>").line());
            assertEquals(250, client.command("MAIL FROM:<alice@example.com>").code(), "still authenticated");
        }
    }

    @Test
    void malformedAddressesAndParametersAreSyntaxErrors() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connectAuthenticated(server.localAddress(), USER, PASSWORD)) {
            assertEquals("501 5.5.4 Syntax: MAIL FROM:<address>", client.command("MAIL alice@example.com").line());
            assertEquals("501 5.1.7 Bad sender address syntax", client.command("MAIL FROM:<alice>").line());
            assertEquals("555 5.5.4 Unsupported parameter RET", client.command("MAIL FROM:<alice@example.com> RET=HDRS").line());
            assertEquals("501 5.5.4 BODY must be 7BIT or 8BITMIME", client.command("MAIL FROM:<a@example.com> BODY=X").line());
            assertEquals(250, client.command("MAIL FROM:<alice@example.com> BODY=8BITMIME").code());
            assertEquals("501 5.1.3 Bad recipient address syntax", client.command("RCPT TO:<bob@>").line());
            assertEquals("501 5.5.4 Syntax: RCPT TO:<address>", client.command("RCPT bob@example.com").line());
            assertEquals(250, client.command("RCPT TO:<bob@example.com>").code(), "the transaction survives the errors");
        }
    }

    @Test
    void declaredSizeOverTheLimitIsRefusedAtMail() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connectAuthenticated(server.localAddress(), USER, PASSWORD)) {
            assertEquals("552 5.3.4 Message size exceeds fixed limit", client.command("MAIL FROM:<alice@example.com> SIZE=10001").line());
            assertEquals("250 2.1.0 Sender <alice@example.com> OK", client.command("MAIL FROM:<alice@example.com> SIZE=10000").line());
        }
    }

    @Test
    void recipientsPastTheLimitAreTemporarilyRefused() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connectAuthenticated(server.localAddress(), USER, PASSWORD)) {
            client.command("MAIL FROM:<alice@example.com>");
            for (String name : List.of("a", "b", "c")) {
                assertEquals("250 2.1.5 Recipient <" + name + "@example.com> OK", client.command("RCPT TO:<" + name + "@example.com>").line());
            }
            assertEquals("452 4.5.3 Too many recipients", client.command("RCPT TO:<d@example.com>").line());
        }
    }

    @Test
    void overlongLineIs500AndTheConnectionStaysUsable() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(server.localAddress())) {
            assertEquals("500 5.5.6 Line too long", client.command("NOOP " + "x".repeat(1000)).line());
            assertEquals("500 5.5.6 Line too long", client.command("X".repeat(50_000)).line());
            assertEquals("250 2.0.0 OK", client.command("NOOP " + "x".repeat(995)).line());
        }
    }

    @Test
    void pipelinedCommandsInOneWriteAreAnsweredInOrder() throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connect(server.localAddress())) {
            client.send("EHLO client.test\r\nAUTH PLAIN " + RawSmtpClient.plain(USER, PASSWORD)
                    + "\r\nMAIL FROM:<alice@example.com>\r\nRCPT TO:<bob@example.com>\r\nRCPT TO:<bad>\r\n"
                    + "RCPT TO:<carol@example.com>\r\nDATA");

            assertEquals(250, client.readReply().code());
            assertEquals(235, client.readReply().code());
            assertEquals("250 2.1.0 Sender <alice@example.com> OK", client.readReply().line());
            assertEquals("250 2.1.5 Recipient <bob@example.com> OK", client.readReply().line());
            assertEquals(501, client.readReply().code());
            assertEquals("250 2.1.5 Recipient <carol@example.com> OK", client.readReply().line());
            assertEquals(354, client.readReply().code());

            client.send("Subject: pipelined\r\n\r\nhello\r\n.\r\nRSET\r\nNOOP\r\nQUIT");
            assertEquals("250 2.0.0 OK queued as Q1", client.readReply().line());
            assertEquals(250, client.readReply().code());
            assertEquals(250, client.readReply().code());
            assertEquals(221, client.readReply().code());
        }
        FakeSubmitter.Submission sent = submitter.submissions().get(0);
        assertEquals(List.of("bob@example.com", "carol@example.com"), sent.envelope().recipients());
    }
}
