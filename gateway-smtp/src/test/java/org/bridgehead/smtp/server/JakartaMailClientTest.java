package org.bridgehead.smtp.server;

import static org.bridgehead.smtp.support.TestServers.PASSWORD;
import static org.bridgehead.smtp.support.TestServers.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.Properties;
import org.bridgehead.smtp.envelope.HeaderSection;
import org.bridgehead.smtp.envelope.RecipientSplit;
import org.bridgehead.smtp.submit.SubmissionFailure;
import org.bridgehead.smtp.support.FakeSubmitter;
import org.bridgehead.smtp.support.TestServers;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server driven by jakarta.mail's SMTP transport, as a real mail client would. */
class JakartaMailClientTest {

    @TempDir
    Path spool;

    private final FakeSubmitter submitter = new FakeSubmitter().withUser(USER, PASSWORD);
    private SmtpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = TestServers.start(TestServers.options(spool).build(), submitter);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @ParameterizedTest(name = "AUTH {0}")
    @ValueSource(strings = {"PLAIN", "LOGIN"})
    void messageIsSentWithEitherMechanism(String mechanism) throws Exception {
        MimeMessage message = message(session(mechanism));

        Transport.send(message, USER, PASSWORD);

        FakeSubmitter.Submission sent = submitter.submissions().get(0);
        assertEquals(USER, sent.user());
        assertEquals("alice@example.com", sent.envelope().sender());
        assertEquals(List.of("bob@example.com", "carol@example.com", "hidden@example.net"), sent.envelope().recipients());
        MimeMessage received = new MimeMessage(session(mechanism), new ByteArrayInputStream(sent.content()));
        assertEquals("Quarterly numbers", received.getSubject());
        assertEquals("Grüße aus dem Büro\r\n", received.getContent());
    }

    @Test
    void bccRecipientLeftOutOfTheHeadersIsFoundAsBcc() throws Exception {
        Transport.send(message(session("PLAIN")), USER, PASSWORD);

        FakeSubmitter.Submission sent = submitter.submissions().get(0);
        HeaderSection headers = HeaderSection.read(new ByteArrayInputStream(sent.content()), HeaderSection.DEFAULT_MAX_BYTES);
        RecipientSplit split = RecipientSplit.of(headers, sent.envelope().recipients());

        assertEquals(List.of("bob@example.com", "carol@example.com"),
                Stream.concat(split.to().stream(), split.cc().stream()).map(RecipientSplit.Recipient::address).toList());
        assertEquals(List.of("hidden@example.net"), split.bcc().stream().map(RecipientSplit.Recipient::address).toList());
    }

    @Test
    void wrongPasswordFailsAuthentication() throws Exception {
        MimeMessage message = message(session("PLAIN"));

        assertThrows(AuthenticationFailedException.class, () -> Transport.send(message, USER, "wrong"));
        assertEquals(List.of(), submitter.submissions());
    }

    @Test
    void refusedRecipientReachesTheClientWithItsCode() throws Exception {
        submitter.failNextSubmit(new SubmissionFailure.InvalidRecipient("carol@example.com"));
        MimeMessage message = message(session("LOGIN"));

        MessagingException failure = assertThrows(MessagingException.class, () -> Transport.send(message, USER, PASSWORD));

        SMTPSendFailedException smtp = findSendFailure(failure);
        assertEquals(550, smtp.getReturnCode());
        assertTrue(smtp.getMessage().contains("5.1.1"), smtp.getMessage());
    }

    @Test
    void oneConnectionSendsSeveralMessages() throws Exception {
        Session session = session("PLAIN");
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(USER, PASSWORD);
            for (int i = 0; i < 3; i++) {
                MimeMessage message = message(session);
                message.setSubject("number " + i);
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        }

        assertEquals(3, submitter.submissions().size());
    }

    private Session session(String mechanism) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", server.localAddress().getHostString());
        properties.put("mail.smtp.port", String.valueOf(server.port()));
        properties.put("mail.smtp.auth", "true");
        properties.put("mail.smtp.auth.mechanisms", mechanism);
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        properties.put("mail.smtp.localhost", "client.test");
        return Session.getInstance(properties);
    }

    private static MimeMessage message(Session session) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("alice@example.com"));
        message.setRecipients(Message.RecipientType.TO, "Bob <bob@example.com>");
        message.setRecipients(Message.RecipientType.CC, "carol@example.com");
        message.setRecipients(Message.RecipientType.BCC, "hidden@example.net");
        message.setSubject("Quarterly numbers");
        message.setText("Grüße aus dem Büro\r\n", "UTF-8");
        message.saveChanges();
        return message;
    }

    private static SMTPSendFailedException findSendFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause instanceof MessagingException m ? m.getNextException() : null) {
            if (cause instanceof SMTPSendFailedException smtp) {
                return smtp;
            }
        }
        throw new AssertionError("no SMTP reply in " + failure);
    }
}
