package org.bridgehead.simulator.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.LegacyFreeBusyStatus;
import microsoft.exchange.webservices.data.core.enumeration.property.MeetingResponseType;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsOrCancellationsMode;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.item.MeetingCancellation;
import microsoft.exchange.webservices.data.core.service.item.MeetingRequest;
import microsoft.exchange.webservices.data.core.service.item.MeetingResponse;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.misc.CalendarActionResults;
import microsoft.exchange.webservices.data.property.complex.MessageBody;
import microsoft.exchange.webservices.data.search.ItemView;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Meetings as a real EWS client drives them: ews-java-api as alice (organizer) and bob (attendee). */
class EwsJavaApiMeetingTest {
    private SimulatorStore store;
    private EwsSimulator simulator;
    private ExchangeService alice;
    private ExchangeService bob;

    @BeforeEach
    void start() {
        store = TestMailboxes.create();
        simulator = EwsSimulator.start(SimulatorOptions.defaults(), store, EwsOperations.all(store));
        alice = service("alice@example.com");
        bob = service("bob@example.com");
    }

    @AfterEach
    void stop() {
        alice.close();
        bob.close();
        simulator.close();
    }

    @Test
    void bobAcceptsAlicesInvitation() throws Exception {
        Appointment meeting = invite();

        MeetingRequest request = assertInstanceOf(MeetingRequest.class, onlyInboxItem(bob));
        request.load();
        assertEquals("Planning", request.getSubject());
        assertEquals("alice@example.com", request.getOrganizer().getAddress());
        assertEquals(utc("2026-12-07 09:00"), request.getStart());
        Appointment tentative = Appointment.bind(bob, request.getAssociatedAppointmentId(), PropertySet.FirstClassProperties);
        assertEquals(MeetingResponseType.NoResponseReceived, tentative.getMyResponseType());
        assertEquals(LegacyFreeBusyStatus.Tentative, tentative.getLegacyFreeBusyStatus());
        assertTrue(tentative.getIsMeeting());

        CalendarActionResults results = request.accept(true);

        Appointment accepted = Appointment.bind(bob, results.getAppointment().getId(), PropertySet.FirstClassProperties);
        assertEquals(MeetingResponseType.Accept, accepted.getMyResponseType());
        assertEquals(LegacyFreeBusyStatus.Busy, accepted.getLegacyFreeBusyStatus());
        Appointment organizers = Appointment.bind(alice, meeting.getId(), PropertySet.FirstClassProperties);
        assertTrue(organizers.getMeetingRequestWasSent());
        assertEquals(MeetingResponseType.Accept, organizers.getRequiredAttendees().getPropertyAtIndex(0).getResponseType());
        MeetingResponse reply = assertInstanceOf(MeetingResponse.class, onlyInboxItem(alice));
        assertEquals("Accepted: Planning", reply.getSubject());
    }

    @Test
    void bobDeclinesAndHisItemGoes() throws Exception {
        invite();
        MeetingRequest request = assertInstanceOf(MeetingRequest.class, onlyInboxItem(bob));

        request.decline(true);

        assertTrue(bob.findItems(WellKnownFolderName.Calendar, new ItemView(10)).getItems().isEmpty());
        assertInstanceOf(MeetingResponse.class, onlyInboxItem(alice));
    }

    @Test
    void alicesCancellationReachesBob() throws Exception {
        Appointment meeting = invite();
        Appointment organizers = Appointment.bind(alice, meeting.getId(), PropertySet.FirstClassProperties);

        organizers.cancelMeeting("Not needed after all");

        List<Item> inbox = bob.findItems(WellKnownFolderName.Inbox, new ItemView(10)).getItems();
        assertTrue(inbox.stream().anyMatch(i -> i instanceof MeetingCancellation), inbox.toString());
        Appointment cancelled = assertInstanceOf(Appointment.class,
                bob.findItems(WellKnownFolderName.Calendar, new ItemView(10)).getItems().get(0));
        cancelled.load();
        assertTrue(cancelled.getIsCancelled());
        assertEquals("Canceled: Planning", cancelled.getSubject());
    }

    @Test
    void aMovedMeetingAsksBobAgain() throws Exception {
        Appointment meeting = invite();
        assertInstanceOf(MeetingRequest.class, onlyInboxItem(bob)).accept(true);
        Appointment organizers = Appointment.bind(alice, meeting.getId(), PropertySet.FirstClassProperties);

        organizers.setStart(utc("2026-12-08 09:00"));
        organizers.setEnd(utc("2026-12-08 10:00"));
        organizers.update(ConflictResolutionMode.AlwaysOverwrite,
                SendInvitationsOrCancellationsMode.SendToChangedAndSaveCopy);

        MeetingRequest update = assertInstanceOf(MeetingRequest.class, onlyInboxItem(bob));
        update.load();
        assertEquals(utc("2026-12-08 09:00"), update.getStart());
        Appointment bobs = Appointment.bind(bob, update.getAssociatedAppointmentId(), PropertySet.FirstClassProperties);
        assertEquals(utc("2026-12-08 09:00"), bobs.getStart());
        assertEquals(MeetingResponseType.NoResponseReceived, bobs.getMyResponseType());
    }

    private Appointment invite() throws Exception {
        Appointment meeting = new Appointment(alice);
        meeting.setSubject("Planning");
        meeting.setBody(MessageBody.getMessageBodyFromText("Agenda"));
        meeting.setStart(utc("2026-12-07 09:00"));
        meeting.setEnd(utc("2026-12-07 10:00"));
        meeting.getRequiredAttendees().add("bob@example.com");
        meeting.save(SendInvitationsMode.SendToAllAndSaveCopy);
        return meeting;
    }

    private static Item onlyInboxItem(ExchangeService service) throws Exception {
        List<Item> items = service.findItems(WellKnownFolderName.Inbox, new ItemView(10)).getItems();
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }

    private ExchangeService service(String user) {
        ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
        service.setUrl(simulator.ewsUrl());
        service.setCredentials(new WebCredentials(user, "demo"));
        service.setTimeout(30_000);
        return service;
    }

    private static Date utc(String time) throws Exception {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm");
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.parse(time);
    }
}
