package org.bridgehead.imap.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bridgehead.exchange.ServerUnavailableException;
import org.bridgehead.imap.testing.ImapTestClient;
import org.bridgehead.imap.testing.ImapTestClient.Response;
import org.bridgehead.imap.testing.ImapTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthenticationTest {

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
    void loginWithGoodCredentialsAnnouncesCapabilities() throws Exception {
        try (ImapTestClient client = server.connect()) {
            Response login = client.command("LOGIN alice \"secret\"");
            assertTrue(login.tagged().startsWith(login.tagged().split(" ")[0] + " OK [CAPABILITY IMAP4rev1"),
                    login.tagged());
            assertEquals("BAD", client.command("LOGIN alice secret").status());
        }
    }

    @Test
    void wrongPasswordGetsAuthenticationFailedAndMayBeRetried() throws Exception {
        try (ImapTestClient client = server.connect()) {
            Response first = client.command("LOGIN alice wrong");
            assertTrue(first.tagged().endsWith("NO [AUTHENTICATIONFAILED] Authentication failed"), first.tagged());
            Response second = client.command("LOGIN nobody secret");
            assertTrue(second.tagged().contains("NO [AUTHENTICATIONFAILED]"));
            assertTrue(client.command("LOGIN alice secret").ok());
        }
    }

    @Test
    void authenticatePlainWithInitialResponse() throws Exception {
        try (ImapTestClient client = server.connect()) {
            assertTrue(client.command("AUTHENTICATE PLAIN " + plain("", "alice", "secret")).ok());
            assertTrue(client.command("SELECT INBOX").ok());
        }
    }

    @Test
    void authenticatePlainWithContinuation() throws Exception {
        try (ImapTestClient client = server.connect()) {
            String tag = client.nextTag();
            client.send(tag + " AUTHENTICATE PLAIN");
            assertEquals("+ ", client.readResponseLine());
            client.send(plain("alice", "alice", "secret"));
            assertTrue(client.readUntilTagged(tag).ok());
        }
    }

    @Test
    void authenticatePlainRejectsWrongPasswordAndOtherAuthorizationIdentity() throws Exception {
        try (ImapTestClient client = server.connect()) {
            assertTrue(client.command("AUTHENTICATE PLAIN " + plain("", "alice", "bad")).tagged()
                    .contains("NO [AUTHENTICATIONFAILED]"));
            assertTrue(client.command("AUTHENTICATE PLAIN " + plain("bob", "alice", "secret")).tagged()
                    .contains("NO [AUTHENTICATIONFAILED]"));
            assertEquals("BAD", client.command("AUTHENTICATE PLAIN !!notbase64").status());
        }
    }

    @Test
    void authenticateLoginMechanism() throws Exception {
        try (ImapTestClient client = server.connect()) {
            String tag = client.nextTag();
            client.send(tag + " AUTHENTICATE LOGIN");
            assertEquals("+ " + b64("Username:"), client.readResponseLine());
            client.send(b64("alice"));
            assertEquals("+ " + b64("Password:"), client.readResponseLine());
            client.send(b64("secret"));
            assertTrue(client.readUntilTagged(tag).ok());
        }
    }

    @Test
    void authenticateCanBeCancelled() throws Exception {
        try (ImapTestClient client = server.connect()) {
            String tag = client.nextTag();
            client.send(tag + " AUTHENTICATE PLAIN");
            client.readResponseLine();
            client.send("*");
            assertEquals("BAD", client.readUntilTagged(tag).status());
            assertEquals("NO", client.command("AUTHENTICATE CRAM-MD5").status());
            assertTrue(client.command("LOGIN alice secret").ok());
        }
    }

    @Test
    void loginWhileExchangeIsUnreachableGetsUnavailable() throws Exception {
        try (ImapTestClient client = server.connect()) {
            server.exchange().failNextOpen(new ServerUnavailableException("Connection refused", true, null));
            Response login = client.command("LOGIN alice secret");
            assertTrue(login.tagged().contains("NO [UNAVAILABLE]"), login.tagged());
            assertTrue(client.command("LOGIN alice secret").ok());
        }
    }

    private static String plain(String authzid, String user, String password) {
        return b64(authzid + "\0" + user + "\0" + password);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
