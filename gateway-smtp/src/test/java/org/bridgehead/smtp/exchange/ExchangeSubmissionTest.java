package org.bridgehead.smtp.exchange;

import static org.bridgehead.smtp.exchange.ExchangeGateway.ALICE;
import static org.bridgehead.smtp.exchange.ExchangeGateway.BOB;
import static org.bridgehead.smtp.exchange.ExchangeGateway.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.MailLimits;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * jakarta.mail's SMTP client sending through the gateway to Exchange (the EWS simulator), the
 * outcome read back from the recipients' mailboxes, the sender's Sent Items and the smart host.
 */
class ExchangeSubmissionTest {

    @RegisterExtension
    static final GreenMailExtension INTERNET = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path work;

    private ExchangeGateway gateway;

    @BeforeEach
    void start() throws Exception {
        gateway = new ExchangeGateway(INTERNET.getSmtp().getPort(), work);
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void toCcAndEnvelopeOnlyBccReceiveItWithoutBccWhileSentItemsKeepsTheBcc() throws Exception {
        int bobBefore = gateway.inbox(BOB).size();
        int sentBefore = gateway.sentItems(ALICE).size();
        MimeMessage message = message(session(), ALICE, "Board minutes");
        message.setRecipients(Message.RecipientType.CC, "carol@partner.test");
        message.setRecipients(Message.RecipientType.BCC, "dave@partner.test");
        message.saveChanges();

        Transport.send(message, ALICE, PASSWORD);

        List<ItemState> bobInbox = gateway.inbox(BOB);
        assertEquals(bobBefore + 1, bobInbox.size());
        MimeMessage atBob = parse(bobInbox.get(bobInbox.size() - 1).mime());
        assertEquals("Board minutes", atBob.getSubject());
        assertEquals(null, atBob.getHeader("Bcc"));
        assertFalse(new String(bobInbox.get(bobInbox.size() - 1).mime(), StandardCharsets.ISO_8859_1).contains("dave@"));
        for (String outside : List.of("carol@partner.test", "dave@partner.test")) {
            List<MimeMessage> received = receivedOutside(outside);
            assertEquals(1, received.size(), outside);
            assertEquals("Board minutes", received.get(0).getSubject());
            assertEquals(null, received.get(0).getHeader("Bcc"), outside);
        }
        List<ItemState> sent = gateway.sentItems(ALICE);
        assertEquals(sentBefore + 1, sent.size());
        MimeMessage copy = parse(sent.get(sent.size() - 1).mime());
        assertEquals(List.of(new InternetAddress("dave@partner.test")),
                Arrays.asList(copy.getRecipients(Message.RecipientType.BCC)));
        assertEquals(1, gateway.createItemCalls());
    }

    @Test
    void envelopeNamingSomeOfTheToAndCcRecipientsReachesOnlyThose() throws Exception {
        int bobBefore = gateway.inbox(BOB).size();
        MimeMessage message = message(session(), ALICE, "Only for Bob");
        message.addRecipients(Message.RecipientType.TO, "carol@partner.test");
        message.setRecipients(Message.RecipientType.CC, "dave@partner.test");
        message.saveChanges();

        Transport.send(message, new InternetAddress[] {new InternetAddress(BOB)}, ALICE, PASSWORD);

        List<ItemState> bobInbox = gateway.inbox(BOB);
        assertEquals(bobBefore + 1, bobInbox.size());
        MimeMessage atBob = parse(bobInbox.get(bobInbox.size() - 1).mime());
        assertEquals(message.getMessageID(), atBob.getMessageID());
        assertEquals("Hello Bob,\r\nsee you at noon.\r\n", atBob.getContent(), "the content is sent unchanged");
        assertEquals(List.of(), receivedOutside("carol@partner.test"), "To in the header only: not sent to");
        assertEquals(List.of(), receivedOutside("dave@partner.test"), "Cc in the header only: not sent to");
    }

    @Test
    void chunkedSmtputf8MessageArrivesIntact() throws Exception {
        Session session = session();
        session.getProperties().put("mail.smtp.chunksize", "1024"); // BDAT, as CHUNKING is offered
        session.getProperties().put("mail.mime.allowutf8", "true"); // SMTPUTF8 and raw UTF-8 headers
        MimeMessage message = message(session, ALICE, "Grüße aus Köln");
        message.setText("Zeile ä ö ü\r\n".repeat(400), "UTF-8", "plain");
        message.setHeader("Content-Transfer-Encoding", "8bit");
        message.saveChanges();
        int bobBefore = gateway.inbox(BOB).size();

        Transport.send(message, ALICE, PASSWORD);

        List<ItemState> bobInbox = gateway.inbox(BOB);
        assertEquals(bobBefore + 1, bobInbox.size());
        MimeMessage atBob = parse(bobInbox.get(bobInbox.size() - 1).mime());
        assertEquals("Grüße aus Köln", atBob.getSubject());
        assertEquals("Zeile ä ö ü\r\n".repeat(400), atBob.getContent());
    }

    @Test
    void messageWithoutBlindCopiesKeepsItsMessageIdAndBody() throws Exception {
        MimeMessage message = message(session(), ALICE, "Unchanged");

        Transport.send(message, ALICE, PASSWORD);

        List<ItemState> bobInbox = gateway.inbox(BOB);
        MimeMessage atBob = parse(bobInbox.get(bobInbox.size() - 1).mime());
        assertEquals(message.getMessageID(), atBob.getMessageID());
        assertEquals("Hello Bob,\r\nsee you at noon.\r\n", atBob.getContent());
    }

    @Test
    void largeMessageWithAttachmentAndBlindCopyArrivesIntact() throws Exception {
        Session session = session();
        byte[] attachment = new byte[3 * 1024 * 1024];
        new Random(11).nextBytes(attachment);
        MimeMessage message = message(session, ALICE, "Large report");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("The report is attached.\r\n", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment, "application/octet-stream")));
        file.setFileName("report.bin");
        message.setContent(new MimeMultipart(text, file));
        message.setRecipients(Message.RecipientType.BCC, "dave@partner.test");
        message.saveChanges();

        Transport.send(message, ALICE, PASSWORD);

        List<ItemState> bobInbox = gateway.inbox(BOB);
        MimeMessage atBob = parse(bobInbox.get(bobInbox.size() - 1).mime());
        MimeMultipart parts = (MimeMultipart) atBob.getContent();
        assertArrayEquals(attachment, parts.getBodyPart(1).getInputStream().readAllBytes());
        assertEquals(null, atBob.getHeader("Bcc"));
        assertEquals(1, receivedOutside("dave@partner.test").size());
    }

    @Test
    void wrongPasswordGets535AndSendsNothing() throws Exception {
        MimeMessage message = message(session(), ALICE, "Never sent");

        AuthenticationFailedException refused = assertThrows(AuthenticationFailedException.class,
                () -> Transport.send(message, ALICE, "not the password"));

        assertTrue(refused.getMessage().startsWith("535 5.7.8"), refused.getMessage());
        assertEquals(0, gateway.createItemCalls());
    }

    @Test
    void throttledSendGets451AndTheRetryIsSentExactlyOnce() throws Exception {
        int bobBefore = gateway.inbox(BOB).size();
        int sentBefore = gateway.sentItems(ALICE).size();
        MimeMessage message = message(session(), ALICE, "Throttled");
        gateway.createItem.throttle(true);

        SMTPSendFailedException throttled = sendFailure(() -> Transport.send(message, ALICE, PASSWORD));

        assertEquals(451, throttled.getReturnCode());
        assertTrue(throttled.getMessage().contains("4.4.1"), throttled.getMessage());
        assertEquals(bobBefore, gateway.inbox(BOB).size());
        gateway.createItem.throttle(false);

        Transport.send(message, ALICE, PASSWORD);

        assertEquals(bobBefore + 1, gateway.inbox(BOB).size());
        assertEquals(sentBefore + 1, gateway.sentItems(ALICE).size());
    }

    @Test
    void exchangeDownGets451() throws Exception {
        Session session = session();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(ALICE, PASSWORD);
            gateway.simulator.close();
            MimeMessage message = message(session, ALICE, "Nobody home");

            SMTPSendFailedException down =
                    sendFailure(() -> transport.sendMessage(message, message.getAllRecipients()));

            assertEquals(451, down.getReturnCode());
            assertTrue(down.getMessage().contains("4.4.1"), down.getMessage());
        }
    }

    @Test
    void messageOverExchangesLimitGets552AndTheConnectionStaysUsable() throws Exception {
        gateway.store.setLimits(new MailLimits(2_000, Long.MAX_VALUE));
        Session session = session();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(ALICE, PASSWORD);
            MimeMessage large = message(session, ALICE, "Large");
            large.setText("x".repeat(5_000) + "\r\n", "US-ASCII");
            large.saveChanges();

            SMTPSendFailedException tooLarge =
                    sendFailure(() -> transport.sendMessage(large, large.getAllRecipients()));

            assertEquals(552, tooLarge.getReturnCode());
            assertTrue(tooLarge.getMessage().contains("5.3.4"), tooLarge.getMessage());
            int bobBefore = gateway.inbox(BOB).size();
            MimeMessage small = message(session, ALICE, "Small");
            transport.sendMessage(small, small.getAllRecipients());
            assertEquals(bobBefore + 1, gateway.inbox(BOB).size());
        }
    }

    @Test
    void sendingAsSomeoneElseGets550() throws Exception {
        MimeMessage message = message(session(), BOB, "Pretending");

        SMTPSendFailedException refused = sendFailure(() -> Transport.send(message, ALICE, PASSWORD));

        assertEquals(550, refused.getReturnCode());
        assertTrue(refused.getMessage().contains("5.7.1 Sender <bob@example.com> not allowed"), refused.getMessage());
    }

    @Test
    void theSameMessageResentAfterItsAcceptanceIsNotSentTwice() throws Exception {
        int bobBefore = gateway.inbox(BOB).size();
        int sentBefore = gateway.sentItems(ALICE).size();
        MimeMessage message = message(session(), ALICE, "Resent");

        Transport.send(message, ALICE, PASSWORD);
        Transport.send(message, ALICE, PASSWORD);

        assertEquals(bobBefore + 1, gateway.inbox(BOB).size());
        assertEquals(sentBefore + 1, gateway.sentItems(ALICE).size());
        assertEquals(1, gateway.createItemCalls());
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", gateway.server.localAddress().getHostString());
        properties.put("mail.smtp.port", String.valueOf(gateway.server.port()));
        properties.put("mail.smtp.auth", "true");
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "30000");
        properties.put("mail.smtp.writetimeout", "30000");
        properties.put("mail.smtp.localhost", "client.test");
        return Session.getInstance(properties);
    }

    /** A message to bob whose Message-ID stays the same however often it is sent. */
    private static MimeMessage message(Session session, String from, String subject) throws MessagingException {
        String messageId = "<" + subject.replace(' ', '-') + "." + System.nanoTime() + "@client.test>";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, "Bob Baker <" + BOB + ">");
        message.setSubject(subject);
        message.setText("Hello Bob,\r\nsee you at noon.\r\n", "UTF-8");
        message.saveChanges();
        return message;
    }

    /** What the smart host put in the mailbox of an outside address. */
    private static List<MimeMessage> receivedOutside(String address) throws Exception {
        GreenMailUser user = INTERNET.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        List<MimeMessage> received = new ArrayList<>();
        for (StoredMessage stored : INTERNET.getManagers().getImapHostManager().getInbox(user).getMessages()) {
            received.add(stored.getMimeMessage());
        }
        return received;
    }

    private static MimeMessage parse(byte[] mime) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(mime));
    }

    private interface Send {
        void run() throws MessagingException;
    }

    private static SMTPSendFailedException sendFailure(Send send) {
        MessagingException failure = assertThrows(MessagingException.class, send::run);
        for (Throwable cause = failure; cause != null;
                cause = cause instanceof MessagingException m ? m.getNextException() : null) {
            if (cause instanceof SMTPSendFailedException smtp) {
                return smtp;
            }
        }
        throw new AssertionError("no SMTP reply in " + failure);
    }
}
