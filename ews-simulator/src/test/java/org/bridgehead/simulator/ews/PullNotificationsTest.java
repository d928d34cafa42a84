package org.bridgehead.simulator.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.notification.EventType;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.service.item.EmailMessage;
import microsoft.exchange.webservices.data.notification.GetEventsResults;
import microsoft.exchange.webservices.data.notification.ItemEvent;
import microsoft.exchange.webservices.data.notification.PullSubscription;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.complex.MimeContent;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.notify.NotificationSettings;
import org.bridgehead.simulator.notify.Watermarks;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pull notifications as ews-java-api's PullSubscription sees them, and the errors of foreign or stale ids. */
class PullNotificationsTest {
    private static final long MINUTE_MS = 300;

    private SimulatorStore store;
    private EwsSimulator simulator;
    private ExchangeService alice;

    @BeforeEach
    void start() {
        store = TestMailboxes.create();
        simulator = EwsSimulator.start(SimulatorOptions.builder()
                .notifications(new NotificationSettings(30_000, MINUTE_MS, 4, 2, 100, 1000)).build(), store);
        alice = NotificationFixture.service(simulator, "alice@example.com");
    }

    @AfterEach
    void stop() {
        alice.close();
        simulator.close();
    }

    private PullSubscription subscribeInboxAndProjects(int minutes) throws Exception {
        long projects = TestMailboxes.child(store, "alice@example.com", DistinguishedFolder.INBOX, "Projects").number();
        return alice.subscribeToPullNotifications(List.of(new FolderId(WellKnownFolderName.Inbox),
                        new FolderId(TestMailboxes.folderId(store, "alice@example.com", projects))), minutes, null,
                EventType.Created, EventType.Modified, EventType.Moved, EventType.Deleted, EventType.Copied);
    }

    @Test
    void getEventsReportsCreatedModifiedMovedDeletedInOrderWithAdvancingWatermarks() throws Exception {
        PullSubscription subscription = subscribeInboxAndProjects(10);
        String firstWatermark = subscription.getWaterMark();

        EmailMessage message = new EmailMessage(alice);
        message.setMimeContent(new MimeContent("UTF-8",
                TestMessages.plain("bob@example.com", "alice@example.com", "Plan", "step one")));
        message.save(new FolderId(WellKnownFolderName.Inbox));
        message.setIsRead(true);
        message.update(ConflictResolutionMode.AutoResolve);
        long projects = TestMailboxes.child(store, "alice@example.com", DistinguishedFolder.INBOX, "Projects").number();
        EmailMessage moved = (EmailMessage) message.move(
                new FolderId(TestMailboxes.folderId(store, "alice@example.com", projects)));
        moved.delete(DeleteMode.HardDelete);

        GetEventsResults results = subscription.getEvents();
        List<String> itemEvents = new ArrayList<>();
        for (ItemEvent e : results.getItemEvents()) {
            itemEvents.add(e.getEventType().name());
        }
        assertEquals(List.of("Created", "Modified", "Moved", "Deleted"), itemEvents);
        List<ItemEvent> events = new ArrayList<>();
        results.getItemEvents().forEach(events::add);
        assertEquals(message.getId().getUniqueId(), events.get(0).getItemId().getUniqueId());
        assertEquals(moved.getId().getUniqueId(), events.get(2).getItemId().getUniqueId());
        assertEquals(message.getId().getUniqueId(), events.get(2).getOldItemId().getUniqueId());
        assertEquals(TestMailboxes.folderId(store, "alice@example.com", projects),
                events.get(2).getParentFolderId().getUniqueId());
        assertTrue(results.getFolderEvents().iterator().hasNext(), "folders' own Modified events are reported too");
        assertFalse(subscription.isMoreEventsAvailable());
        String afterChanges = subscription.getWaterMark();
        assertNotEquals(firstWatermark, afterChanges);

        GetEventsResults quiet = subscription.getEvents();
        assertTrue(quiet.getAllEvents().isEmpty(), "nothing happened since the last poll");
        assertEquals(afterChanges, subscription.getWaterMark());
    }

    @Test
    void eventsOfUnsubscribedFoldersAndTypesAreNotReported() throws Exception {
        PullSubscription subscription = alice.subscribeToPullNotifications(
                List.of(new FolderId(WellKnownFolderName.Drafts)), 10, null, EventType.NewMail);
        store.mailbox("alice@example.com").orElseThrow()
                .deliver(TestMessages.plain("bob@example.com", "alice@example.com", "Hi", "x"));
        assertTrue(subscription.getEvents().getAllEvents().isEmpty());
    }

    @Test
    void manyEventsArePagedWithMoreEvents() throws Exception {
        PullSubscription subscription = alice.subscribeToPullNotifications(
                List.of(new FolderId(WellKnownFolderName.Inbox)), 10, null, EventType.NewMail);
        Mailbox mailbox = store.mailbox("alice@example.com").orElseThrow();
        for (int i = 0; i < GetEventsOperation.MAX_EVENTS + 5; i++) {
            mailbox.deliver(TestMessages.plain("bob@example.com", "alice@example.com", "n" + i, "x"));
        }
        assertEquals(GetEventsOperation.MAX_EVENTS, subscription.getEvents().getAllEvents().size());
        assertTrue(subscription.isMoreEventsAvailable());
        assertEquals(5, subscription.getEvents().getAllEvents().size());
        assertFalse(subscription.isMoreEventsAvailable());
    }

    @Test
    void subscriptionStartingFromAnEarlierWatermarkReplaysLaterEvents() throws Exception {
        PullSubscription first = alice.subscribeToPullNotifications(
                List.of(new FolderId(WellKnownFolderName.Inbox)), 10, null, EventType.NewMail);
        String watermark = first.getWaterMark();
        store.mailbox("alice@example.com").orElseThrow()
                .deliver(TestMessages.plain("bob@example.com", "alice@example.com", "Hi", "x"));
        PullSubscription second = alice.subscribeToPullNotifications(
                List.of(new FolderId(WellKnownFolderName.Inbox)), 10, watermark, EventType.NewMail);
        assertEquals(1, second.getEvents().getAllEvents().size());
    }

    @Test
    void subscriptionThatFellTooFarBehindReportsMissedEvents() throws Exception {
        SimulatorStore small = TestMailboxes.create();
        try (EwsSimulator tight = EwsSimulator.start(SimulatorOptions.builder()
                .notifications(new NotificationSettings(30_000, MINUTE_MS, 4, 2, 100, 3)).build(), small)) {
            ExchangeService service = NotificationFixture.service(tight, "alice@example.com");
            PullSubscription subscription = service.subscribeToPullNotifications(
                    List.of(new FolderId(WellKnownFolderName.Inbox)), 10, null, EventType.NewMail);
            Mailbox mailbox = small.mailbox("alice@example.com").orElseThrow();
            for (int i = 0; i < 4; i++) {
                mailbox.deliver(TestMessages.plain("bob@example.com", "alice@example.com", "n" + i, "x"));
            }
            ServiceResponseException e = assertThrows(ServiceResponseException.class, subscription::getEvents);
            assertEquals(ServiceError.ErrorMissedNotificationEvents, e.getErrorCode());
            service.close();
        }
    }

    @Test
    void unsubscribedSubscriptionIsNotFound() throws Exception {
        PullSubscription subscription = subscribeInboxAndProjects(10);
        subscription.unsubscribe();
        ServiceResponseException e = assertThrows(ServiceResponseException.class, subscription::getEvents);
        assertEquals(ServiceError.ErrorSubscriptionNotFound, e.getErrorCode());
    }

    @Test
    void subscriptionNotPolledWithinItsTimeoutExpires() throws Exception {
        PullSubscription subscription = subscribeInboxAndProjects(1);
        Thread.sleep(3 * MINUTE_MS);
        ServiceResponseException e = assertThrows(ServiceResponseException.class, subscription::getEvents);
        assertEquals(ServiceError.ErrorExpiredSubscription, e.getErrorCode());
    }

    @Test
    void anotherUsersSubscriptionIsAccessDenied() throws Exception {
        PullSubscription subscription = subscribeInboxAndProjects(10);
        String answer = NotificationFixture.post(simulator, "bob@example.com",
                NotificationFixture.getEvents(subscription.getId(), subscription.getWaterMark()));
        assertEquals("ErrorSubscriptionAccessDenied", NotificationFixture.element(answer, "ResponseCode"));
        String unsubscribe = NotificationFixture.post(simulator, "bob@example.com", NotificationFixture.envelope(
                "<m:Unsubscribe><m:SubscriptionId>" + subscription.getId() + "</m:SubscriptionId></m:Unsubscribe>"));
        assertEquals("ErrorSubscriptionAccessDenied", NotificationFixture.element(unsubscribe, "ResponseCode"));
        assertTrue(subscription.getEvents().getAllEvents().isEmpty(), "still alice's after bob's attempts");
    }

    @Test
    void streamingSubscriptionIdInGetEventsIsInvalid() throws Exception {
        String subscribed = NotificationFixture.post(simulator, "alice@example.com", NotificationFixture.streamingSubscribe());
        String id = NotificationFixture.element(subscribed, "SubscriptionId");
        assertNull(NotificationFixture.element(subscribed, "Watermark"), "streaming subscriptions have no watermark");
        String answer = NotificationFixture.post(simulator, "alice@example.com",
                NotificationFixture.getEvents(id, Watermarks.encode(0)));
        assertEquals("ErrorInvalidSubscription", NotificationFixture.element(answer, "ResponseCode"));
    }

    @Test
    void malformedWatermarkIsInvalid() throws Exception {
        PullSubscription subscription = subscribeInboxAndProjects(10);
        String answer = NotificationFixture.post(simulator, "alice@example.com",
                NotificationFixture.getEvents(subscription.getId(), "bm9wZQ=="));
        assertEquals("ErrorInvalidWatermark", NotificationFixture.element(answer, "ResponseCode"));
    }

    @Test
    void subscribingToAnotherUsersFolderIsAccessDenied() throws Exception {
        FolderId bobsInbox = new FolderId(WellKnownFolderName.Inbox,
                new microsoft.exchange.webservices.data.property.complex.Mailbox("bob@example.com")); // EWS type, not the store's
        ServiceResponseException e = assertThrows(ServiceResponseException.class,
                () -> alice.subscribeToPullNotifications(List.of(bobsInbox), 10, null, EventType.NewMail));
        assertEquals(ServiceError.ErrorAccessDenied, e.getErrorCode());
    }

    @Test
    void pullSubscriptionWithoutEventTypesFailsValidation() throws Exception {
        String answer = NotificationFixture.post(simulator, "alice@example.com", NotificationFixture.envelope(
                "<m:Subscribe><m:PullSubscriptionRequest><t:FolderIds><t:DistinguishedFolderId Id=\"inbox\"/>"
                        + "</t:FolderIds><t:Timeout>5</t:Timeout></m:PullSubscriptionRequest></m:Subscribe>"));
        assertTrue(answer.contains("ErrorSchemaValidation"), answer);
    }
}
