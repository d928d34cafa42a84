package org.bridgehead.imap.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.imap.server.ImapServer;
import org.bridgehead.imap.testing.ImapTestServer;
import org.bridgehead.imap.testing.InMemoryExchange;
import org.bridgehead.net.tls.ListenerTls;
import org.bridgehead.net.tls.ServerCertificate;
import org.bridgehead.net.tls.ServerTls;
import org.bridgehead.net.tls.TlsTestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ImapTlsTest {

    private static final ServerCertificate CERTIFICATE =
            ServerCertificate.selfSigned(List.of("localhost"), List.of("127.0.0.1"));
    private static final ServerTls TLS = ServerTls.of(CERTIFICATE);

    private final InMemoryExchange exchange = new InMemoryExchange();
    private final SessionCache sessions = new SessionCache(exchange, Duration.ofMinutes(5), 10);
    private ImapServer plain;
    private ImapServer implicit;

    @AfterEach
    void stop() {
        if (implicit != null) {
            implicit.close();
        }
        if (plain != null) {
            plain.close();
        }
        sessions.close();
    }

    private void start(boolean required) throws IOException {
        exchange.mailbox("alice");
        plain = new ImapServer(ImapTestServer.options(false, 8), sessions, ListenerTls.offered(TLS, required)).start();
        implicit = plain.withImplicitTls(TLS, java.net.InetAddress.getLoopbackAddress(), 0).start();
    }

    private static SSLContext trustingTheGateway() throws Exception {
        return TlsTestClients.trusting(CERTIFICATE.certificate());
    }

    /** A line-at-a-time client that can switch to TLS. */
    private static final class Wire implements AutoCloseable {
        Socket socket;
        BufferedReader in;
        OutputStream out;

        Wire(Socket socket) throws IOException {
            use(socket);
        }

        void use(Socket next) throws IOException {
            socket = next;
            socket.setSoTimeout(10_000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out = socket.getOutputStream();
        }

        String line() throws IOException {
            return in.readLine();
        }

        /** Sends a command and returns every line up to its tagged response, joined by newlines. */
        String command(String tag, String text) throws IOException {
            out.write((tag + " " + text + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            StringBuilder lines = new StringBuilder();
            for (String line; (line = in.readLine()) != null; ) {
                lines.append(line).append('\n');
                if (line.startsWith(tag + " ")) {
                    break;
                }
            }
            return lines.toString();
        }

        void startTls(SSLContext client) throws IOException {
            SSLSocket tls = (SSLSocket) client.getSocketFactory().createSocket(socket, "localhost",
                    socket.getPort(), true);
            tls.startHandshake();
            use(tls);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void starttlsIsOfferedAndLoginWorksOverTheUpgradedConnection() throws Exception {
        start(false);
        try (Wire wire = new Wire(new Socket("127.0.0.1", plain.port()))) {
            String greeting = wire.line();
            assertTrue(greeting.contains("STARTTLS") && greeting.contains("AUTH=PLAIN"), greeting);
            assertTrue(wire.command("a1", "STARTTLS").contains("a1 OK"));
            wire.startTls(trustingTheGateway());
            String capability = wire.command("a2", "CAPABILITY");
            assertFalse(capability.contains("STARTTLS"), capability);
            assertTrue(wire.command("a3", "LOGIN alice " + InMemoryExchange.PASSWORD).contains("a3 OK"));
            assertTrue(wire.command("a4", "STARTTLS").contains("a4 BAD"));
        }
    }

    @Test
    void whenTlsIsRequiredLoginIsDisabledUntilStarttls() throws Exception {
        start(true);
        try (Wire wire = new Wire(new Socket("127.0.0.1", plain.port()))) {
            String greeting = wire.line();
            assertTrue(greeting.contains("LOGINDISABLED") && !greeting.contains("AUTH="), greeting);
            assertTrue(wire.command("a1", "LOGIN alice " + InMemoryExchange.PASSWORD)
                    .contains("a1 NO [PRIVACYREQUIRED]"));
            assertTrue(wire.command("a2", "AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==")
                    .contains("a2 NO [PRIVACYREQUIRED]"));
            wire.command("a3", "STARTTLS");
            wire.startTls(trustingTheGateway());
            String capability = wire.command("a4", "CAPABILITY");
            assertTrue(capability.contains("AUTH=PLAIN") && !capability.contains("LOGINDISABLED"), capability);
            assertTrue(wire.command("a5", "LOGIN alice " + InMemoryExchange.PASSWORD).contains("a5 OK"));
        }
    }

    @Test
    void plainTextPipelinedBehindStarttlsIsNeverExecuted() throws Exception {
        start(false);
        try (Wire wire = new Wire(new Socket("127.0.0.1", plain.port()))) {
            wire.line();
            // An attacker on the path appends a command to the client's STARTTLS (CVE-2011-0411 style).
            wire.out.write(("a1 STARTTLS\r\na2 LOGIN alice " + InMemoryExchange.PASSWORD + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            wire.out.flush();
            assertTrue(wire.line().startsWith("a1 OK"));
            wire.startTls(trustingTheGateway());
            String after = wire.command("a3", "SELECT INBOX");
            assertFalse(after.contains("a2"), after);
            assertTrue(after.contains("a3 BAD"), after);
        }
    }

    @Test
    void imapsSpeaksTlsFromTheFirstByteForJakartaMail() throws Exception {
        start(true);
        Properties properties = new Properties();
        properties.put("mail.imaps.ssl.socketFactory", trustingTheGateway().getSocketFactory());
        properties.put("mail.imaps.ssl.checkserveridentity", "true");
        properties.put("mail.imaps.timeout", "10000");
        Store store = Session.getInstance(properties).getStore("imaps");
        store.connect("localhost", implicit.port(), "alice", InMemoryExchange.PASSWORD);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertEquals(0, inbox.getMessageCount());
            inbox.close();
        } finally {
            store.close();
        }
    }

    @Test
    void jakartaMailStarttlsRequiredSignsIn() throws Exception {
        start(true);
        Properties properties = new Properties();
        properties.put("mail.imap.starttls.enable", "true");
        properties.put("mail.imap.starttls.required", "true");
        properties.put("mail.imap.ssl.socketFactory", trustingTheGateway().getSocketFactory());
        properties.put("mail.imap.timeout", "10000");
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect("localhost", plain.port(), "alice", InMemoryExchange.PASSWORD);
        assertTrue(store.isConnected());
        store.close();
    }
}
