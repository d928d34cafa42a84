package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.MessageRejectedException;
import org.bridgehead.exchange.ServerUnavailableException;
import org.bridgehead.exchange.mail.Content;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.MailLimits;
import org.bridgehead.simulator.store.Mailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailSendTest extends DemoMailboxTest {

    @Test
    void sendDeliversToTheRecipientAndKeepsACopy() throws Exception {
        int bobBefore = inbox(SimulatedExchange.BOB).size();
        int sentBefore = sentItems().size();
        fixture.resetCalls();

        fixture.mail().send(Content.of(mail("alice@example.com", "bob@example.com", "Lunch?")), true);

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

        fixture.mail().send(Content.of(mail("alice@example.com", "bob@example.com", "No copy")), false);

        assertEquals(sentBefore, sentItems().size());
    }

    @Test
    void refusalsBecomeMessageRejectedWithTheirReason() throws Exception {
        MessageRejectedException unknownRecipient = assertThrows(MessageRejectedException.class,
                () -> fixture.mail().send(Content.of(mail("alice@example.com", "nobody@", "x")), true));
        assertEquals(MessageRejectedException.Reason.INVALID_RECIPIENT, unknownRecipient.reason());

        MessageRejectedException otherSender = assertThrows(MessageRejectedException.class,
                () -> fixture.mail().send(Content.of(mail("bob@example.com", "bob@example.com", "x")), true));
        assertEquals(MessageRejectedException.Reason.SENDER_NOT_ALLOWED, otherSender.reason());

        fixture.exchange.store().setLimits(new MailLimits(100, Long.MAX_VALUE));
        fixture.resetCalls();
        MessageRejectedException tooLarge = assertThrows(MessageRejectedException.class,
                () -> fixture.mail().send(Content.of(mail("alice@example.com", "bob@example.com", "big")), true));
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
                        () -> session.mail().send(Content.of(mail("alice@example.com", "bob@example.com", "once")),
                                true));

                assertTrue(failure.isTransient());
                assertEquals(1, fixture.calls("CreateItem"));
                assertEquals(bobBefore + 1, inbox(SimulatedExchange.BOB).size());
            } finally {
                proxied.close();
            }
        }
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
}
