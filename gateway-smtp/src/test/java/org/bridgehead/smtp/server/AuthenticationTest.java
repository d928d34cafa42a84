package org.bridgehead.smtp.server;

import static org.bridgehead.smtp.support.RawSmtpClient.base64;
import static org.bridgehead.smtp.support.RawSmtpClient.plain;
import static org.bridgehead.smtp.support.TestServers.PASSWORD;
import static org.bridgehead.smtp.support.TestServers.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import org.bridgehead.smtp.submit.SubmissionFailure;
import org.bridgehead.smtp.support.FakeSubmitter;
import org.bridgehead.smtp.support.RawSmtpClient;
import org.bridgehead.smtp.support.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AUTH PLAIN and LOGIN (RFC 4954) against the backend's verdict, over a raw socket. */
class AuthenticationTest {

    @TempDir
    Path spool;

    private final FakeSubmitter submitter = new FakeSubmitter().withUser(USER, PASSWORD);
    private SmtpServer server;
    private RawSmtpClient client;

    @BeforeEach
    void connect() throws IOException {
        server = TestServers.start(TestServers.options(spool).build(), submitter);
        client = RawSmtpClient.connect(server.localAddress());
        client.command("EHLO client.test");
    }

    @AfterEach
    void disconnect() throws IOException {
        client.close();
        server.close();
    }

    @Test
    void plainWithInitialResponseSucceeds() throws IOException {
        assertEquals("235 2.7.0 Authentication successful", client.command("AUTH PLAIN " + plain(USER, PASSWORD)).line());
        assertEquals(250, client.command("MAIL FROM:<alice@example.com>").code());
    }

    @Test
    void plainAfterAnEmptyChallengeSucceeds() throws IOException {
        assertEquals("334 ", client.command("AUTH PLAIN").line());
        assertEquals(235, client.command(plain(USER, PASSWORD)).code());
    }

    @Test
    void plainWithMatchingAuthorizationIdentitySucceeds() throws IOException {
        assertEquals(235, client.command("AUTH PLAIN " + base64(USER + "\0" + USER + "\0" + PASSWORD)).code());
    }

    @Test
    void plainForAnotherUsersIdentityIsRefused() throws IOException {
        assertEquals("535 5.7.8 Authentication credentials invalid",
                client.command("AUTH PLAIN " + base64("bob@example.com\0" + USER + "\0" + PASSWORD)).line());
    }

    @Test
    void loginAsksForUserNameThenPassword() throws IOException {
        assertEquals("334 VXNlcm5hbWU6", client.command("AUTH LOGIN").line());
        assertEquals("334 UGFzc3dvcmQ6", client.command(base64(USER)).line());
        assertEquals("235 2.7.0 Authentication successful", client.command(base64(PASSWORD)).line());
    }

    @Test
    void loginWithUserNameAsInitialResponseAsksOnlyForPassword() throws IOException {
        assertEquals("334 UGFzc3dvcmQ6", client.command("AUTH LOGIN " + base64(USER)).line());
        assertEquals(235, client.command(base64(PASSWORD)).code());
    }

    @Test
    void wrongPasswordIs535AndAnotherAttemptMayFollow() throws IOException {
        assertEquals("535 5.7.8 Authentication credentials invalid", client.command("AUTH PLAIN " + plain(USER, "wrong")).line());
        client.command("AUTH LOGIN");
        client.command(base64(USER));
        assertEquals("535 5.7.8 Authentication credentials invalid", client.command(base64("wrong")).line());
        assertEquals("530 5.7.0 Authentication required", client.command("MAIL FROM:<alice@example.com>").line());
        assertEquals(235, client.command("AUTH PLAIN " + plain(USER, PASSWORD)).code());
    }

    @Test
    void starCancelsTheExchange() throws IOException {
        client.command("AUTH LOGIN");
        assertEquals("501 5.7.0 Authentication canceled", client.command("*").line());
        client.command("AUTH PLAIN");
        assertEquals("501 5.7.0 Authentication canceled", client.command("*").line());
        assertEquals("530 5.7.0 Authentication required", client.command("MAIL FROM:<alice@example.com>").line());
    }

    @Test
    void malformedResponsesAndUnknownMechanismsAreRefused() throws IOException {
        assertEquals("501 5.5.2 Cannot decode the response", client.command("AUTH PLAIN not*base64").line());
        assertEquals("501 5.5.2 Malformed PLAIN response", client.command("AUTH PLAIN " + base64("no separators")).line());
        assertEquals("504 5.5.4 Unrecognized authentication type", client.command("AUTH CRAM-MD5").line());
        assertEquals("501 5.5.4 Syntax: AUTH mechanism [initial-response]", client.command("AUTH").line());
        assertEquals(235, client.command("AUTH PLAIN " + plain(USER, PASSWORD)).code());
    }

    @Test
    void backendUnavailableIs451SoTheClientRetries() throws IOException {
        submitter.failNextAuthentication(new SubmissionFailure.ServiceUnavailable("Exchange down"));

        assertEquals("451 4.4.1 Mail server temporarily unavailable, please try again later",
                client.command("AUTH PLAIN " + plain(USER, PASSWORD)).line());
        assertEquals(235, client.command("AUTH PLAIN " + plain(USER, PASSWORD)).code());
    }

    @Test
    void backendBugIs451WithoutDetails() throws IOException {
        submitter.breakNextAuthentication(new IllegalStateException("secret internals"));

        assertEquals("451 4.3.0 Temporary internal error, please try again later",
                client.command("AUTH PLAIN " + plain(USER, PASSWORD)).line());
    }

    @Test
    void backendSessionIsClosedWithTheConnection() throws IOException {
        client.command("AUTH PLAIN " + plain(USER, PASSWORD));
        client.command("QUIT");
        client.closedByServer();

        assertEquals(1, submitter.closedSessions());
    }
}
