package org.bridgehead.simulator.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.service.item.EmailMessage;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.property.complex.MessageBody;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.ews.EwsOperations;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outbound relay against a real SMTP server (GreenMail) standing in for the internet. */
class SmtpRelayTest {
    @RegisterExtension
    static final GreenMailExtension INTERNET = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static ExchangeService service(EwsSimulator simulator) {
        ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
        service.setUrl(simulator.ewsUrl());
        service.setCredentials(new WebCredentials("alice@example.com", "demo"));
        service.setTimeout(30_000);
        return service;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int count(Mailbox mailbox, DistinguishedFolder folder) throws Exception {
        return mailbox.items(mailbox.folder(folder).number()).size();
    }

    @Test
    void relayHandsTheMessageDotStuffedToEveryEnvelopeRecipient() throws Exception {
        SmtpRelay relay = new SmtpRelay("127.0.0.1", INTERNET.getSmtp().getPort(), 5_000, 10_000);
        byte[] mime = "From: alice@example.com\r\nTo: carol@example.org\r\nSubject: dots\r\n\r\n.hidden\r\nlast"
                .getBytes(StandardCharsets.US_ASCII);
        relay.relay("alice@example.com", List.of("carol@example.org", "dave@example.net"), mime);

        MimeMessage[] received = INTERNET.getReceivedMessages();
        assertEquals(2, received.length);
        assertEquals(".hidden\r\nlast", GreenMailUtil.getBody(received[0]).stripTrailing());
    }

    @Test
    void sendAndSaveCopyRelaysExternalRecipientsWithoutBccAndDeliversLocalOnes() throws Exception {
        SimulatorStore store = new SimulatorStore();
        Mailbox alice = store.addUser("alice@example.com", "Alice Archer", "demo");
        Mailbox bob = store.addUser("bob@example.com", "Bob Baker", "demo");
        try (EwsSimulator simulator = EwsSimulator.start(SimulatorOptions.builder()
                .smartHost("127.0.0.1:" + INTERNET.getSmtp().getPort()).build(), store)) {
            ExchangeService service = service(simulator);
            EmailMessage message = new EmailMessage(service);
            message.setSubject("Quarterly plan");
            message.setBody(MessageBody.getMessageBodyFromText("see attached"));
            message.getToRecipients().add("carol@example.org");
            message.getToRecipients().add("bob@example.com");
            message.getBccRecipients().add("dave@example.net");
            message.sendAndSaveCopy();
            service.close();
        }
        MimeMessage[] received = INTERNET.getReceivedMessages();
        assertEquals(2, received.length, "one copy each for carol and dave");
        for (MimeMessage m : received) {
            assertEquals("Quarterly plan", m.getSubject());
            assertNull(m.getHeader("Bcc"), "Bcc is stripped before relaying");
        }
        assertNotNull(INTERNET.getUserManager().getUserByEmail("carol@example.org"), "carol got a copy");
        assertNotNull(INTERNET.getUserManager().getUserByEmail("dave@example.net"), "the Bcc recipient got a copy");
        assertEquals(1, count(bob, DistinguishedFolder.INBOX));
        assertEquals(1, count(alice, DistinguishedFolder.SENT_ITEMS));
    }

    @Test
    void relayFailureFailsTheSendWithATransientErrorAndNothingIsSavedOrDelivered() throws Exception {
        SimulatorStore store = new SimulatorStore();
        Mailbox alice = store.addUser("alice@example.com", "Alice Archer", "demo");
        Mailbox bob = store.addUser("bob@example.com", "Bob Baker", "demo");
        try (EwsSimulator simulator = EwsSimulator.start(SimulatorOptions.builder()
                .smartHost("127.0.0.1:" + freePort()).build(), store)) {
            ExchangeService service = service(simulator);
            EmailMessage message = new EmailMessage(service);
            message.setSubject("Will not go");
            message.setBody(MessageBody.getMessageBodyFromText("x"));
            message.getToRecipients().add("carol@example.org");
            message.getToRecipients().add("bob@example.com");
            ServiceResponseException e = assertThrows(ServiceResponseException.class, message::sendAndSaveCopy);
            assertEquals(ServiceError.ErrorInternalServerTransientError, e.getErrorCode());
            service.close();
        }
        assertEquals(0, count(bob, DistinguishedFolder.INBOX));
        assertEquals(0, count(alice, DistinguishedFolder.SENT_ITEMS));
    }

    @Test
    void withoutSmartHostExternalMailIsRecorded() throws Exception {
        SimulatorStore store = new SimulatorStore();
        store.addUser("alice@example.com", "Alice Archer", "demo");
        try (EwsSimulator simulator = EwsSimulator.start(SimulatorOptions.defaults(), store, EwsOperations.all(store))) {
            ExchangeService service = service(simulator);
            EmailMessage message = new EmailMessage(service);
            message.setSubject("Recorded");
            message.setBody(MessageBody.getMessageBodyFromText("x"));
            message.getToRecipients().add("carol@example.org");
            message.send();
            service.close();
        }
        assertEquals(List.of("carol@example.org"), store.delivery().recordingRelay().messages().get(0).recipients());
        assertTrue(INTERNET.getReceivedMessages().length == 0);
    }
}
