package org.bridgehead.simulator.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.notification.EventType;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.notification.ItemEvent;
import microsoft.exchange.webservices.data.notification.NotificationEvent;
import microsoft.exchange.webservices.data.notification.StreamingSubscription;
import microsoft.exchange.webservices.data.notification.StreamingSubscriptionConnection;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.notify.NotificationSettings;
import org.bridgehead.simulator.smtp.SmtpClient;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Streaming notifications as ews-java-api's StreamingSubscriptionConnection and the raw wire see them. */
class StreamingNotificationsTest {
    /** A "minute" of ConnectionTimeout lasts this long here, so a connection's end comes quickly. */
    private static final long MINUTE_MS = 1_500;
    private static final long KEEP_ALIVE_MS = 200;

    private SimulatorStore store;
    private EwsSimulator simulator;
    private ExchangeService alice;
    private final BlockingQueue<NotificationEvent> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<Object> disconnects = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() {
        store = TestMailboxes.create();
        simulator = EwsSimulator.start(SimulatorOptions.builder()
                .smtpPort(0)
                .maxThreads(6)
                .notifications(new NotificationSettings(KEEP_ALIVE_MS, MINUTE_MS, 3, 2, 100, 1000))
                .build(), store);
        alice = NotificationFixture.service(simulator, "alice@example.com");
    }

    @AfterEach
    void stop() {
        alice.close();
        simulator.close();
    }

    private StreamingSubscriptionConnection listen(int minutes) throws Exception {
        StreamingSubscription subscription = alice.subscribeToStreamingNotifications(
                List.of(new FolderId(WellKnownFolderName.Inbox)), EventType.NewMail, EventType.Created);
        StreamingSubscriptionConnection connection = new StreamingSubscriptionConnection(alice, minutes);
        connection.addSubscription(subscription);
        connection.addOnNotificationEvent((sender, args) -> args.getEvents().forEach(received::add));
        connection.addOnDisconnect((sender, args) -> disconnects.add(args));
        connection.open();
        return connection;
    }

    /**
     * Lets the connection end when the server closes it: ews-java-api's own close() during a live
     * stream races its reader thread and can hang until its socket timeout.
     */
    private void awaitServerClose(StreamingSubscriptionConnection connection) throws Exception {
        assertNotNull(disconnects.poll(20, TimeUnit.SECONDS), "the server should close the connection");
        assertFalse(connection.getIsOpen());
    }

    private NotificationEvent next(EventType type) throws InterruptedException {
        while (true) {
            NotificationEvent event = received.poll(10, TimeUnit.SECONDS);
            assertNotNull(event, "no " + type + " event arrived");
            if (event.getEventType() == type) {
                return event;
            }
        }
    }

    @Test
    void deliveredMessageReachesStreamingSubscriberAsNewMail() throws Exception {
        StreamingSubscriptionConnection connection = listen(2);
        Mailbox mailbox = store.mailbox("alice@example.com").orElseThrow();
        ItemState delivered = mailbox.deliver(TestMessages.plain("bob@example.com", "alice@example.com", "Hi", "hello"));

        ItemEvent event = assertInstanceOf(ItemEvent.class, next(EventType.NewMail));
        assertEquals(EwsIds.itemId(mailbox.address(), mailbox.guid(), delivered.number()), event.getItemId().getUniqueId());
        assertEquals(EwsIds.folderId(mailbox.address(), mailbox.guid(), mailbox.folder(DistinguishedFolder.INBOX).number()),
                event.getParentFolderId().getUniqueId());
        assertNotNull(event.getTimestamp());
        awaitServerClose(connection);
    }

    @Test
    void mailArrivingOverSmtpInReachesStreamingSubscriber() throws Exception {
        StreamingSubscriptionConnection connection = listen(2);
        try (SmtpClient smtp = new SmtpClient(smtp(simulator))) {
            assertTrue(smtp.reply().startsWith("220 "));
            smtp.send("EHLO sender.example.org");
            smtp.send("MAIL FROM:<carol@example.org>");
            smtp.send("RCPT TO:<alice@example.com>");
            assertTrue(smtp.send("DATA").startsWith("354 "));
            assertTrue(smtp.send("From: carol@example.org\r\nTo: alice@example.com\r\nSubject: over smtp\r\n\r\nhello\r\n.")
                    .startsWith("250 "));
        }
        ItemEvent event = assertInstanceOf(ItemEvent.class, next(EventType.NewMail));
        Mailbox mailbox = store.mailbox("alice@example.com").orElseThrow();
        long number = mailbox.items(mailbox.folder(DistinguishedFolder.INBOX).number()).get(0).number();
        assertEquals(EwsIds.itemId(mailbox.address(), mailbox.guid(), number), event.getItemId().getUniqueId());
        awaitServerClose(connection);
    }

    @Test
    void burstOfDeliveriesArrivesCompletelyInLargeEnvelopes() throws Exception {
        StreamingSubscriptionConnection connection = listen(2);
        Mailbox mailbox = store.mailbox("alice@example.com").orElseThrow();
        Thread burst = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                try {
                    mailbox.deliver(TestMessages.plain("bob@example.com", "alice@example.com", "n" + i, "x"));
                } catch (ItemOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        burst.start();
        for (int i = 0; i < 200; i++) {
            next(EventType.NewMail);
        }
        burst.join();
        awaitServerClose(connection);
    }

    @Test
    void connectionEndsWithClosedAfterItsTimeout() throws Exception {
        String subscribed = NotificationFixture.post(simulator, "alice@example.com", NotificationFixture.streamingSubscribe());
        String id = NotificationFixture.element(subscribed, "SubscriptionId");
        String stream = NotificationFixture.post(simulator, "alice@example.com", NotificationFixture.getStreamingEvents(id, 1));

        assertTrue(stream.endsWith("<m:ConnectionStatus>Closed</m:ConnectionStatus></m:GetStreamingEventsResponseMessage>"
                + "</m:ResponseMessages></m:GetStreamingEventsResponse></s:Body></s:Envelope>"), stream);
        int envelopes = NotificationFixture.count(stream, "<s:Envelope");
        assertEquals(envelopes - 1, NotificationFixture.count(stream, "<m:ConnectionStatus>OK</m:ConnectionStatus>"));
        assertTrue(envelopes >= 3, "expected keep-alive envelopes while idle: " + stream);
        assertEquals(0, NotificationFixture.count(stream, "<?xml"), "streamed envelopes carry no XML declaration");
    }

    @Test
    void clientSeesCleanDisconnectWhenTheServerCloses() throws Exception {
        listen(1);
        assertNotNull(disconnects.poll(20, TimeUnit.SECONDS), "the connection should end after its timeout");
    }

    @Test
    void eventsWhileDisconnectedArriveOnTheNextConnection() throws Exception {
        String subscribed = NotificationFixture.post(simulator, "alice@example.com", NotificationFixture.streamingSubscribe());
        String id = NotificationFixture.element(subscribed, "SubscriptionId");
        Mailbox mailbox = store.mailbox("alice@example.com").orElseThrow();
        mailbox.deliver(TestMessages.plain("bob@example.com", "alice@example.com", "While away", "x"));

        try (InputStream stream = NotificationFixture.open(simulator, "alice@example.com",
                NotificationFixture.getStreamingEvents(id, 1))) {
            String text = readUntil(stream, "</t:NewMailEvent>");
            assertTrue(text.contains("<t:SubscriptionId>" + id + "</t:SubscriptionId><t:NewMailEvent><t:TimeStamp>"), text);
        }
    }

    @Test
    void unknownAndForeignSubscriptionIdsAreRefused() throws Exception {
        String unknown = NotificationFixture.post(simulator, "alice@example.com",
                NotificationFixture.getStreamingEvents("bm90LWEtc3Vic2NyaXB0aW9u", 1));
        assertEquals("ErrorSubscriptionNotFound", NotificationFixture.element(unknown, "ResponseCode"));
        assertTrue(unknown.contains("<m:ErrorSubscriptionIds><m:SubscriptionId>bm90LWEtc3Vic2NyaXB0aW9u</m:SubscriptionId>"),
                unknown);

        String subscribed = NotificationFixture.post(simulator, "alice@example.com", NotificationFixture.streamingSubscribe());
        String id = NotificationFixture.element(subscribed, "SubscriptionId");
        String foreign = NotificationFixture.post(simulator, "bob@example.com", NotificationFixture.getStreamingEvents(id, 1));
        assertEquals("ErrorSubscriptionAccessDenied", NotificationFixture.element(foreign, "ResponseCode"));
    }

    @Test
    void connectionTimeoutOutsideOneToThirtyMinutesFailsValidation() throws Exception {
        String subscribed = NotificationFixture.post(simulator, "alice@example.com", NotificationFixture.streamingSubscribe());
        String id = NotificationFixture.element(subscribed, "SubscriptionId");
        String answer = NotificationFixture.post(simulator, "alice@example.com", NotificationFixture.getStreamingEvents(id, 31));
        assertTrue(answer.contains("ErrorSchemaValidation"), answer);
    }

    @Test
    void streamingConnectionsBeyondTheLimitAreRefusedWhileOtherRequestsStillRun() throws Exception {
        // 6 threads, at most 3 streaming connections overall and 2 per user
        List<InputStream> open = new ArrayList<>();
        try {
            for (String user : List.of("alice@example.com", "alice@example.com", "bob@example.com")) {
                String id = NotificationFixture.element(
                        NotificationFixture.post(simulator, user, NotificationFixture.streamingSubscribe()), "SubscriptionId");
                InputStream stream = NotificationFixture.open(simulator, user, NotificationFixture.getStreamingEvents(id, 10));
                readUntil(stream, "<m:ConnectionStatus>OK</m:ConnectionStatus>");
                open.add(stream);
            }
            String id = NotificationFixture.element(NotificationFixture.post(simulator, "bob@example.com",
                    NotificationFixture.streamingSubscribe()), "SubscriptionId");
            String refused = NotificationFixture.post(simulator, "bob@example.com", NotificationFixture.getStreamingEvents(id, 10));
            assertEquals("ErrorExceededConnectionCount", NotificationFixture.element(refused, "ResponseCode"));

            String folder = NotificationFixture.post(simulator, "alice@example.com", NotificationFixture.envelope(
                    "<m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape><m:FolderIds>"
                            + "<t:DistinguishedFolderId Id=\"inbox\"/></m:FolderIds></m:GetFolder>"));
            assertEquals("NoError", NotificationFixture.element(folder, "ResponseCode"));
        } finally {
            for (InputStream stream : open) {
                stream.close();
            }
        }
    }

    @Test
    void perUserLimitRefusesAThirdConnectionOfTheSameUser() throws Exception {
        List<InputStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                String id = NotificationFixture.element(NotificationFixture.post(simulator, "alice@example.com",
                        NotificationFixture.streamingSubscribe()), "SubscriptionId");
                InputStream stream = NotificationFixture.open(simulator, "alice@example.com",
                        NotificationFixture.getStreamingEvents(id, 10));
                readUntil(stream, "<m:ConnectionStatus>OK</m:ConnectionStatus>");
                open.add(stream);
            }
            String id = NotificationFixture.element(NotificationFixture.post(simulator, "alice@example.com",
                    NotificationFixture.streamingSubscribe()), "SubscriptionId");
            String refused = NotificationFixture.post(simulator, "alice@example.com",
                    NotificationFixture.getStreamingEvents(id, 10));
            assertEquals("ErrorExceededConnectionCount", NotificationFixture.element(refused, "ResponseCode"));
        } finally {
            for (InputStream stream : open) {
                stream.close();
            }
        }
    }

    private static InetSocketAddress smtp(EwsSimulator simulator) {
        return simulator.smtpInAddress().orElseThrow();
    }

    private static String readUntil(InputStream stream, String marker) throws IOException {
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (!text.toString().contains(marker)) {
            int n = stream.read(buffer);
            if (n < 0) {
                throw new IOException("stream ended before " + marker + ": " + text);
            }
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return text.toString();
    }
}
