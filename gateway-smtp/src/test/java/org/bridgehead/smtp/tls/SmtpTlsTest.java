package org.bridgehead.smtp.tls;

import static org.bridgehead.smtp.support.TestServers.PASSWORD;
import static org.bridgehead.smtp.support.TestServers.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.bridgehead.net.tls.ListenerTls;
import org.bridgehead.net.tls.ServerCertificate;
import org.bridgehead.net.tls.ServerTls;
import org.bridgehead.net.tls.TlsTestClients;
import org.bridgehead.smtp.server.SmtpServer;
import org.bridgehead.smtp.support.FakeSubmitter;
import org.bridgehead.smtp.support.RawSmtpClient;
import org.bridgehead.smtp.support.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmtpTlsTest {

    private static final ServerCertificate CERTIFICATE =
            ServerCertificate.selfSigned(List.of("localhost"), List.of("127.0.0.1"));
    private static final ServerTls TLS = ServerTls.of(CERTIFICATE);

    @TempDir
    Path spool;

    private final FakeSubmitter submitter = new FakeSubmitter().withUser(USER, PASSWORD);
    private SmtpServer plain;
    private SmtpServer implicit;

    @AfterEach
    void stop() {
        if (implicit != null) {
            implicit.close();
        }
        if (plain != null) {
            plain.close();
        }
    }

    private void start(boolean required) throws IOException {
        plain = new SmtpServer(TestServers.options(spool).build(), submitter, ListenerTls.offered(TLS, required))
                .start();
        implicit = plain.withImplicitTls(TLS, InetAddress.getLoopbackAddress(), 0).start();
    }

    private static SSLContext trustingTheGateway() throws Exception {
        return TlsTestClients.trusting(CERTIFICATE.certificate());
    }

    /** Reads one SMTP reply (all its lines) and returns it joined by newlines. */
    private static String reply(BufferedReader in) throws IOException {
        StringBuilder reply = new StringBuilder();
        for (String line; (line = in.readLine()) != null; ) {
            reply.append(line).append('\n');
            if (line.length() < 4 || line.charAt(3) != '-') {
                break;
            }
        }
        return reply.toString();
    }

    private static void send(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Test
    void requiredTlsHidesAuthUntilStarttlsAndRefusesIt() throws Exception {
        start(true);
        try (RawSmtpClient client = RawSmtpClient.connect(plain.localAddress())) {
            RawSmtpClient.Reply ehlo = client.command("EHLO client.test");
            String lines = String.join("\n", ehlo.lines());
            assertTrue(lines.contains("STARTTLS"), lines);
            assertFalse(lines.contains("AUTH"), lines);
            RawSmtpClient.Reply auth = client.command("AUTH PLAIN " + RawSmtpClient.plain(USER, PASSWORD));
            assertEquals(530, auth.code());
            assertTrue(auth.line().contains("STARTTLS"), auth.line());
        }
        assertEquals(List.of(), submitter.submissions());
    }

    @Test
    void starttlsForgetsThePlainTextSessionAndDropsPipelinedCommands() throws Exception {
        start(true);
        try (Socket socket = new Socket("127.0.0.1", plain.port())) {
            socket.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            reply(in);
            send(socket.getOutputStream(), "EHLO client.test");
            reply(in);
            // A command injected behind STARTTLS must not be run once TLS is up.
            send(socket.getOutputStream(), "STARTTLS\r\nRSET");
            assertTrue(reply(in).startsWith("220 2.0.0"));
            SSLSocket tls = (SSLSocket) trustingTheGateway().getSocketFactory()
                    .createSocket(socket, "localhost", socket.getPort(), true);
            tls.startHandshake();
            BufferedReader secureIn = new BufferedReader(new InputStreamReader(tls.getInputStream(),
                    StandardCharsets.US_ASCII));
            OutputStream secureOut = tls.getOutputStream();
            send(secureOut, "AUTH PLAIN " + RawSmtpClient.plain(USER, PASSWORD));
            // EHLO is forgotten (RFC 3207 4.2), and the injected RSET produced no reply.
            assertTrue(reply(secureIn).startsWith("503"));
            send(secureOut, "EHLO client.test");
            String ehlo = reply(secureIn);
            assertTrue(ehlo.contains("AUTH PLAIN LOGIN") && !ehlo.contains("STARTTLS"), ehlo);
            send(secureOut, "STARTTLS");
            assertTrue(reply(secureIn).startsWith("503"));
            send(secureOut, "AUTH PLAIN " + RawSmtpClient.plain(USER, PASSWORD));
            assertTrue(reply(secureIn).startsWith("235"));
        }
    }

    @Test
    void repliesToCommandsPipelinedOverTlsAllArriveBeforeTheClose() throws Exception {
        start(false);
        try (Socket socket = new Socket("127.0.0.1", plain.port())) {
            socket.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            reply(in);
            send(socket.getOutputStream(), "STARTTLS");
            assertTrue(reply(in).startsWith("220"));
            SSLSocket tls = (SSLSocket) trustingTheGateway().getSocketFactory()
                    .createSocket(socket, "localhost", socket.getPort(), true);
            tls.startHandshake();
            BufferedReader secureIn = new BufferedReader(new InputStreamReader(tls.getInputStream(),
                    StandardCharsets.US_ASCII));
            // One write, as openssl s_client sends piped input: the replies must all be flushed.
            send(tls.getOutputStream(), "EHLO client.test\r\nAUTH PLAIN " + RawSmtpClient.plain(USER, PASSWORD)
                    + "\r\nQUIT");
            assertTrue(reply(secureIn).startsWith("250-"));
            assertTrue(reply(secureIn).startsWith("235"));
            assertTrue(reply(secureIn).startsWith("221"));
        }
    }

    @Test
    void jakartaMailSendsOverStarttlsAndOverSmtps() throws Exception {
        start(true);
        Properties starttls = new Properties();
        starttls.put("mail.smtp.auth", "true");
        starttls.put("mail.smtp.starttls.enable", "true");
        starttls.put("mail.smtp.starttls.required", "true");
        starttls.put("mail.smtp.ssl.socketFactory", trustingTheGateway().getSocketFactory());
        starttls.put("mail.smtp.host", "localhost");
        starttls.put("mail.smtp.port", String.valueOf(plain.port()));
        Transport.send(message(Session.getInstance(starttls)), USER, PASSWORD);

        Properties smtps = new Properties();
        smtps.put("mail.smtps.auth", "true");
        smtps.put("mail.smtps.ssl.socketFactory", trustingTheGateway().getSocketFactory());
        smtps.put("mail.smtps.ssl.checkserveridentity", "true");
        Session smtpsSession = Session.getInstance(smtps);
        try (Transport transport = smtpsSession.getTransport("smtps")) {
            transport.connect("localhost", implicit.port(), USER, PASSWORD);
            MimeMessage message = message(smtpsSession);
            transport.sendMessage(message, message.getAllRecipients());
        }

        assertEquals(2, submitter.submissions().size());
    }

    private static MimeMessage message(Session session) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(USER));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("bob@example.com"));
        message.setSubject("over TLS");
        message.setText("hello\n");
        return message;
    }
}
