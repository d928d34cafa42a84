package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.MessageRejectedException;
import org.bridgehead.exchange.ServerUnavailableException;
import org.bridgehead.exchange.mail.Addressee;
import org.bridgehead.exchange.mail.Content;
import org.bridgehead.exchange.mail.OutgoingRecipients;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.MailLimits;
import org.bridgehead.simulator.store.RelayedMessage;
import org.bridgehead.simulator.store.Mailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailSendTest extends DemoMailboxTest {

    @Test
    void sendDeliversToTheRecipientAndKeepsACopy() throws Exception {
        int bobBefore = inbox(SimulatedExchange.BOB).size();
        int sentBefore = sentItems().size();
        fixture.resetCalls();

        fixture.mail().send(Content.of(mail("alice@example.com", "bob@example.com", "Lunch?")), to("bob@example.com"), true);

        assertEquals(1, fixture.calls("CreateItem"));
        List<ItemState> bobInbox = inbox(SimulatedExchange.BOB);
        assertEquals(bobBefore + 1, bobInbox.size());
        assertTrue(new String(bobInbox.get(bobInbox.size() - 1).mime(), StandardCharsets.UTF_8)
                .contains("Subject: Lunch?"));
        assertEquals(sentBefore + 1, sentItems().size());
    }

    @Test
    void sendWithoutCopyLeavesSentItemsAlone() throws Exception {
        int sentBefore = sentItems().size();

        fixture.mail().send(Content.of(mail("alice@example.com", "bob@example.com", "No copy")), to("bob@example.com"), false);

        assertEquals(sentBefore, sentItems().size());
    }

    @Test
    void refusalsBecomeMessageRejectedWithTheirReason() throws Exception {
        MessageRejectedException unknownRecipient = assertThrows(MessageRejectedException.class,
                () -> fixture.mail().send(Content.of(mail("alice@example.com", "nobody@", "x")), to("nobody@"), true));
        assertEquals(MessageRejectedException.Reason.INVALID_RECIPIENT, unknownRecipient.reason());

        MessageRejectedException otherSender = assertThrows(MessageRejectedException.class,
                () -> fixture.mail().send(Content.of(mail("bob@example.com", "bob@example.com", "x")), to("bob@example.com"), true));
        assertEquals(MessageRejectedException.Reason.SENDER_NOT_ALLOWED, otherSender.reason());

        fixture.exchange.store().setLimits(new MailLimits(100, Long.MAX_VALUE));
        fixture.resetCalls();
        MessageRejectedException tooLarge = assertThrows(MessageRejectedException.class,
                () -> fixture.mail().send(Content.of(mail("alice@example.com", "bob@example.com", "big")), to("bob@example.com"), true));
        assertEquals(MessageRejectedException.Reason.TOO_LARGE, tooLarge.reason());
        assertEquals(1, fixture.calls("CreateItem"));
    }

    @Test
    void aLostAnswerIsReportedAndNotSentAgain(@TempDir Path proxiedCache) throws Exception {
        int bobBefore = inbox(SimulatedExchange.BOB).size();
        try (DroppingProxy proxy = new DroppingProxy(fixture.exchange.simulator().ewsUrl())) {
            EwsSettings direct = fixture.exchange.settings(2);
            EwsBackend proxied = new EwsBackend(new EwsSettings(proxy.ewsUrl(), direct.connectTimeout(),
                    direct.readTimeout(), 2, Duration.ofMillis(10), 4), new MailSettings(proxiedCache, 100, 1 << 20));
            try (ExchangeSession session = MailFixture.signIn(proxied, SimulatedExchange.ALICE)) {
                proxy.dropAnswers("CreateItem", 1);
                fixture.resetCalls();

                ServerUnavailableException failure = assertThrows(ServerUnavailableException.class,
                        () -> session.mail().send(Content.of(mail("alice@example.com", "bob@example.com", "once")), to("bob@example.com"),
                                true));

                assertTrue(failure.isTransient());
                assertEquals(1, fixture.calls("CreateItem"));
                assertEquals(bobBefore + 1, inbox(SimulatedExchange.BOB).size());
            } finally {
                proxied.close();
            }
        }
    }

    @Test
    void onlyTheGivenRecipientsGetTheMessageWhateverItsHeadersSay() throws Exception {
        int bobBefore = inbox(SimulatedExchange.BOB).size();
        int relayedBefore = fixture.exchange.store().delivery().recordingRelay().messages().size();
        byte[] message = ("From: alice@example.com\r\nTo: Bob <bob@example.com>, carol@example.org\r\n"
                + "Cc: dave@example.net\r\nSubject: subset\r\nMessage-ID: <subset@example.com>\r\n\r\nhi\r\n")
                .getBytes(StandardCharsets.US_ASCII);

        fixture.mail().send(Content.of(message), new OutgoingRecipients(List.of(new Addressee("Bob", "bob@example.com")),
                List.of(), List.of(new Addressee(null, "erin@example.org"))), true);

        assertEquals(bobBefore + 1, inbox(SimulatedExchange.BOB).size());
        List<RelayedMessage> relayed = fixture.exchange.store().delivery().recordingRelay().messages();
        assertEquals(relayedBefore + 1, relayed.size());
        assertEquals(List.of("erin@example.org"), relayed.get(relayed.size() - 1).recipients(),
                "the header-only To and Cc addresses are not sent to; the blind copy is");
        String delivered = new String(relayed.get(relayed.size() - 1).mime(), StandardCharsets.US_ASCII);
        assertTrue(delivered.contains("To: \"Bob\" <bob@example.com>\r\n"), delivered);
        assertFalse(delivered.contains("Cc:") || delivered.contains("Bcc:"), delivered);
        String saved = new String(sentItems().get(sentItems().size() - 1).mime(), StandardCharsets.US_ASCII);
        assertTrue(saved.contains("Bcc: erin@example.org\r\n"), "the sent copy lists the blind copy: " + saved);
    }

    private List<ItemState> inbox(String address) throws Exception {
        Mailbox mailbox = fixture.mailbox(address);
        return mailbox.items(mailbox.folder(DistinguishedFolder.INBOX).number());
    }

    private List<ItemState> sentItems() throws Exception {
        Mailbox mailbox = fixture.mailbox(SimulatedExchange.ALICE);
        return mailbox.items(mailbox.folder(DistinguishedFolder.SENT_ITEMS).number());
    }

    private static byte[] mail(String from, String to, String subject) {
        return ("From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\n"
                + "Message-ID: <" + subject.hashCode() + "@example.com>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nHello, this is a test message.\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static OutgoingRecipients to(String address) {
        return new OutgoingRecipients(List.of(new Addressee(null, address)), List.of(), List.of());
    }
}
