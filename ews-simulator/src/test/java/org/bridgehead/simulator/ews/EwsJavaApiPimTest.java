package org.bridgehead.simulator.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import microsoft.exchange.webservices.data.core.enumeration.availability.AvailabilityData;
import microsoft.exchange.webservices.data.core.enumeration.property.LegacyFreeBusyStatus;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import microsoft.exchange.webservices.data.misc.availability.AttendeeInfo;
import microsoft.exchange.webservices.data.misc.availability.GetUserAvailabilityResults;
import microsoft.exchange.webservices.data.misc.availability.TimeWindow;
import java.util.Date;
import java.util.TimeZone;
import java.util.UUID;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.EmailAddressKey;
import microsoft.exchange.webservices.data.core.enumeration.property.MapiPropertyType;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.service.TaskStatus;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendInvitationsOrCancellationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SyncFolderItemsScope;
import microsoft.exchange.webservices.data.core.enumeration.sync.ChangeType;
import microsoft.exchange.webservices.data.core.enumeration.property.time.DayOfTheWeek;
import microsoft.exchange.webservices.data.core.enumeration.service.calendar.AppointmentType;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.item.Contact;
import microsoft.exchange.webservices.data.core.service.item.Task;
import microsoft.exchange.webservices.data.core.service.schema.AppointmentSchema;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.complex.MessageBody;
import microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;
import microsoft.exchange.webservices.data.search.CalendarView;
import microsoft.exchange.webservices.data.search.FindItemsResults;
import microsoft.exchange.webservices.data.sync.ChangeCollection;
import microsoft.exchange.webservices.data.sync.ItemChange;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calendar items, tasks and contacts as a real EWS client writes and reads them: ews-java-api over HTTP. */
class EwsJavaApiPimTest {
    private static final ExtendedPropertyDefinition DAV_NAME = davName();

    private SimulatorStore store;
    private EwsSimulator simulator;
    private ExchangeService service;

    @BeforeEach
    void start() {
        store = TestMailboxes.create();
        simulator = EwsSimulator.start(SimulatorOptions.defaults(), store, EwsOperations.all(store));
        service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
        service.setUrl(simulator.ewsUrl());
        service.setCredentials(new WebCredentials("alice@example.com", "demo"));
        service.setTimeout(30_000);
    }

    @AfterEach
    void stop() {
        service.close();
        simulator.close();
    }

    @Test
    void appointmentReadsBackWhatItWroteAndChangesKeyOnUpdate() throws Exception {
        Appointment appointment = new Appointment(service);
        appointment.setSubject("Design review");
        appointment.setBody(MessageBody.getMessageBodyFromText("Bring drafts"));
        appointment.setStart(utc("2026-12-07 09:00"));
        appointment.setEnd(utc("2026-12-07 10:00"));
        appointment.setLocation("Room 3");
        appointment.setExtendedProperty(DAV_NAME, "review.ics");
        appointment.save(new FolderId(WellKnownFolderName.Calendar), SendInvitationsMode.SendToNone);
        String firstKey = appointment.getId().getChangeKey();

        PropertySet props = new PropertySet(BasePropertySet.FirstClassProperties, DAV_NAME);
        Appointment loaded = Appointment.bind(service, appointment.getId(), props);
        assertEquals("Design review", loaded.getSubject());
        assertEquals(utc("2026-12-07 09:00"), loaded.getStart());
        assertEquals(utc("2026-12-07 10:00"), loaded.getEnd());
        assertEquals("Room 3", loaded.getLocation());
        assertEquals("alice@example.com", loaded.getOrganizer().getAddress());
        assertEquals("review.ics", loaded.getExtendedProperties().getItems().get(0).getValue());

        loaded.setLocation("Room 4");
        loaded.update(ConflictResolutionMode.AlwaysOverwrite, SendInvitationsOrCancellationsMode.SendToNone);
        Appointment again = Appointment.bind(service, appointment.getId(), PropertySet.FirstClassProperties);
        assertEquals("Room 4", again.getLocation());
        assertNotEquals(firstKey, again.getId().getChangeKey());

        FindItemsResults<Appointment> week = service.findAppointments(WellKnownFolderName.Calendar,
                new CalendarView(utc("2026-12-07 00:00"), utc("2026-12-14 00:00")));
        assertEquals(1, week.getItems().size());
        assertEquals("Design review", week.getItems().get(0).getSubject());

        again.delete(DeleteMode.HardDelete);
        assertTrue(service.findAppointments(WellKnownFolderName.Calendar,
                new CalendarView(utc("2026-12-07 00:00"), utc("2026-12-14 00:00"))).getItems().isEmpty());
    }

    @Test
    void appointmentMimeContentIsICalendar() throws Exception {
        Appointment appointment = new Appointment(service);
        appointment.setSubject("Lunch");
        appointment.setStart(utc("2026-12-08 11:00"));
        appointment.setEnd(utc("2026-12-08 12:00"));
        appointment.save(SendInvitationsMode.SendToNone);

        Appointment loaded = Appointment.bind(service, appointment.getId(),
                new PropertySet(BasePropertySet.IdOnly, ItemSchema.MimeContent, AppointmentSchema.ICalUid));
        String ics = new String(loaded.getMimeContent().getContent(), StandardCharsets.UTF_8).replace("\r\n ", "");
        assertTrue(ics.contains("BEGIN:VEVENT"), ics);
        assertTrue(ics.contains("SUMMARY;LANGUAGE=en-US:Lunch"), ics);
        assertTrue(ics.contains("UID:" + loaded.getICalUid()), ics);
    }

    @Test
    void taskAndContactRoundTrip() throws Exception {
        Task task = new Task(service);
        task.setSubject("File expenses");
        task.setDueDate(utc("2026-12-12 00:00"));
        task.save(new FolderId(WellKnownFolderName.Tasks));
        Task loadedTask = Task.bind(service, task.getId());
        assertEquals(TaskStatus.NotStarted, loadedTask.getStatus());
        loadedTask.setStatus(TaskStatus.Completed);
        loadedTask.update(ConflictResolutionMode.AlwaysOverwrite);
        Task done = Task.bind(service, task.getId());
        assertTrue(done.getIsComplete());
        assertEquals(100.0, done.getPercentComplete());

        Contact contact = new Contact(service);
        contact.setGivenName("Dana");
        contact.setSurname("Diaz");
        contact.getEmailAddresses().setEmailAddress(EmailAddressKey.EmailAddress1,
                new microsoft.exchange.webservices.data.property.complex.EmailAddress("dana@example.org"));
        contact.setCompanyName("Example Ltd");
        contact.save(new FolderId(WellKnownFolderName.Contacts));
        Contact loaded = Contact.bind(service, contact.getId());
        assertEquals("Dana Diaz", loaded.getDisplayName());
        assertEquals("dana@example.org", loaded.getEmailAddresses().getEmailAddress(EmailAddressKey.EmailAddress1).getAddress());
        loaded.setJobTitle("Engineer");
        loaded.update(ConflictResolutionMode.AlwaysOverwrite);
        assertEquals("Engineer", Contact.bind(service, contact.getId()).getJobTitle());
    }

    @Test
    void syncFolderItemsListsCalendarChanges() throws Exception {
        ChangeCollection<ItemChange> initial = service.syncFolderItems(new FolderId(WellKnownFolderName.Calendar),
                PropertySet.IdOnly, null, 100, SyncFolderItemsScope.NormalItems, null);
        Appointment appointment = new Appointment(service);
        appointment.setSubject("Sync me");
        appointment.setStart(utc("2026-12-09 09:00"));
        appointment.setEnd(utc("2026-12-09 09:30"));
        appointment.save(SendInvitationsMode.SendToNone);

        ChangeCollection<ItemChange> changes = service.syncFolderItems(new FolderId(WellKnownFolderName.Calendar),
                PropertySet.FirstClassProperties, null, 100, SyncFolderItemsScope.NormalItems, initial.getSyncState());
        assertEquals(1, changes.getCount());
        assertEquals(ChangeType.Create, changes.getChangeAtIndex(0).getChangeType());
        assertEquals("Sync me", changes.getChangeAtIndex(0).getItem().getSubject());
        assertFalse(changes.getSyncState().isEmpty());
    }

    @Test
    void recurringSeriesExpandsAndTakesExceptions() throws Exception {
        Appointment series = new Appointment(service);
        series.setSubject("Weekly sync");
        series.setStart(utc("2026-12-01 14:00"));
        series.setEnd(utc("2026-12-01 14:30"));
        series.setRecurrence(new Recurrence.WeeklyPattern(utc("2026-12-01 00:00"), 1, DayOfTheWeek.Tuesday));
        series.getRecurrence().setNumberOfOccurrences(4);
        series.save(SendInvitationsMode.SendToNone);

        FindItemsResults<Appointment> month = service.findAppointments(WellKnownFolderName.Calendar,
                new CalendarView(utc("2026-12-01 00:00"), utc("2027-01-01 00:00")));
        assertEquals(4, month.getItems().size());
        assertEquals(AppointmentType.Occurrence, month.getItems().get(1).getAppointmentType());
        assertEquals(utc("2026-12-08 14:00"), month.getItems().get(1).getStart());

        Appointment second = Appointment.bindToOccurrence(service, series.getId(), 2);
        second.setSubject("Weekly sync (moved)");
        second.update(ConflictResolutionMode.AlwaysOverwrite, SendInvitationsOrCancellationsMode.SendToNone);
        Appointment third = Appointment.bindToOccurrence(service, series.getId(), 3);
        third.delete(DeleteMode.MoveToDeletedItems);

        Appointment master = Appointment.bindToRecurringMaster(service, second.getId());
        assertEquals(AppointmentType.RecurringMaster, master.getAppointmentType());
        assertEquals(1, master.getModifiedOccurrences().getCount());
        assertEquals(1, master.getDeletedOccurrences().getCount());
        FindItemsResults<Appointment> after = service.findAppointments(WellKnownFolderName.Calendar,
                new CalendarView(utc("2026-12-01 00:00"), utc("2027-01-01 00:00")));
        assertEquals(3, after.getItems().size());
        assertEquals("Weekly sync (moved)", after.getItems().get(1).getSubject());
        assertEquals(AppointmentType.Exception, after.getItems().get(1).getAppointmentType());
    }

    @Test
    void availabilityOfSeveralPeopleInOneCall() throws Exception {
        Appointment busy = new Appointment(service);
        busy.setSubject("Busy hour");
        busy.setStart(utc("2026-12-07 09:00"));
        busy.setEnd(utc("2026-12-07 10:00"));
        busy.save(SendInvitationsMode.SendToNone);

        List<AttendeeInfo> people = List.of(new AttendeeInfo("alice@example.com"), new AttendeeInfo("bob@example.com"));
        GetUserAvailabilityResults results = service.getUserAvailability(people,
                new TimeWindow(utc("2026-12-07 00:00"), utc("2026-12-08 00:00")), AvailabilityData.FreeBusy);
        List<AttendeeAvailability> answers = new ArrayList<>();
        results.getAttendeesAvailability().forEach(answers::add);
        assertEquals(2, answers.size());
        assertEquals(1, answers.get(0).getCalendarEvents().size());
        assertEquals(LegacyFreeBusyStatus.Busy, answers.get(0).getCalendarEvents().iterator().next().getFreeBusyStatus());
        assertTrue(answers.get(1).getCalendarEvents().isEmpty());
    }

    private static ExtendedPropertyDefinition davName() {
        try {
            return new ExtendedPropertyDefinition(UUID.fromString("F0FF1010-6A8B-4F47-8F4D-6A7C8C5A7A5B"), "DavName",
                    MapiPropertyType.String);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Date utc(String text) throws Exception {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm");
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.parse(text);
    }
}
