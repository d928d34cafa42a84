package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.LegacyFreeBusyStatus;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.property.complex.recurrence.pattern.Recurrence.RelativeMonthlyPattern;
import org.bridgehead.exchange.InvalidContentException;
import org.bridgehead.exchange.pim.ical.CalendarEvent;
import org.bridgehead.exchange.pim.ical.EventReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Events written to ews-java-api appointments and read back, without a server. */
class EventConverterTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2);
    private final EventConverter converter = new EventConverter(BERLIN);

    @AfterEach
    void close() {
        service.close();
    }

    private static String ics(String... lines) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u-1\r\n"
                + String.join("\r\n", lines) + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    private CalendarEvent roundTrip(CalendarEvent event, Appointment appointment) throws Exception {
        converter.write(event, appointment, true);
        return converter.read(appointment, "alice@example.com", event.start().zone(),
                event.recurrence().map(r -> r.firstDayOfWeek()).orElse(DayOfWeek.MONDAY), Optional.of(event.uid()),
                List.of(), List.of());
    }

    @Test
    void winnipegSeriesGoesToExchangeAsCentralStandardTime() throws Exception {
        CalendarEvent event = EventReader.read(ics("DTSTART;TZID=America/Winnipeg:20261208T100000",
                "DTEND;TZID=America/Winnipeg:20261208T110000", "RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=6",
                "SUMMARY:Board", "LOCATION:Room 1", "DESCRIPTION:Agenda", "CLASS:PRIVATE", "TRANSP:TRANSPARENT",
                "CATEGORIES:Work", "ATTACH:https://files.example.com/a.pdf",
                "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT20M", "END:VALARM"));
        Appointment appointment = new Appointment(service);
        CalendarEvent back = roundTrip(event, appointment);
        assertEquals("Central Standard Time", appointment.getStartTimeZone().getId());
        // The instant from the runtime's zone rules: tzdata releases move Winnipeg's offsets.
        assertEquals(Date.from(LocalDateTime.of(2026, 12, 8, 10, 0).atZone(ZoneId.of("America/Winnipeg")).toInstant()),
                appointment.getStart());
        assertTrue(appointment.getRecurrence() instanceof RelativeMonthlyPattern);
        assertEquals(6, appointment.getRecurrence().getNumberOfOccurrences());
        assertEquals(LegacyFreeBusyStatus.Free, appointment.getLegacyFreeBusyStatus());
        assertEquals(20, appointment.getReminderMinutesBeforeStart());
        assertEquals(event, back);
        assertEquals(ZoneId.of("America/Winnipeg"), back.start().zone());
    }

    @Test
    void withoutTheClientsZoneExchangeNamesTheMainZone() throws Exception {
        CalendarEvent event = EventReader.read(ics("DTSTART;TZID=America/Winnipeg:20261208T100000",
                "DTEND;TZID=America/Winnipeg:20261208T110000"));
        Appointment appointment = new Appointment(service);
        converter.write(event, appointment, true);
        CalendarEvent read = converter.read(appointment, "alice@example.com", null, DayOfWeek.MONDAY,
                Optional.of(event.uid()), List.of(), List.of());
        assertEquals(ZoneId.of("America/Chicago"), read.start().zone());
        assertEquals(event.start().instant(), read.start().instant());
    }

    @Test
    void allDayEventsSitAtMidnightInTheUsersZoneAndKeepTheirDays() throws Exception {
        CalendarEvent event = EventReader.read(ics("DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261225"));
        Appointment appointment = new Appointment(service);
        CalendarEvent back = roundTrip(event, appointment);
        assertTrue(appointment.getIsAllDayEvent());
        assertEquals(Date.from(Instant.parse("2026-12-23T23:00:00Z")), appointment.getStart());
        assertEquals("W. Europe Standard Time", appointment.getStartTimeZone().getId());
        assertEquals(LocalDate.of(2026, 12, 24), back.start().localDate());
        assertEquals(event, back);
    }

    @Test
    void attendeesByRole() throws Exception {
        CalendarEvent event = EventReader.read(ics("DTSTART:20261208T160000Z", "DTEND:20261208T170000Z",
                "ORGANIZER:mailto:alice@example.com",
                "ATTENDEE;CN=Bob;RSVP=TRUE:mailto:bob@example.com",
                "ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:carol@example.com",
                "ATTENDEE;CUTYPE=ROOM;RSVP=TRUE:mailto:room@example.com"));
        Appointment appointment = new Appointment(service);
        converter.write(event, appointment, true);
        assertEquals("bob@example.com", appointment.getRequiredAttendees().getItems().get(0).getAddress());
        assertEquals("Bob", appointment.getRequiredAttendees().getItems().get(0).getName());
        assertEquals("carol@example.com", appointment.getOptionalAttendees().getItems().get(0).getAddress());
        assertEquals("room@example.com", appointment.getResources().getItems().get(0).getAddress());
        assertTrue(appointment.getIsResponseRequested());
    }

    @Test
    void recurrenceDaysAreReadInTheSeriesZone() {
        // Exchange writes 2026-12-08+01:00 for a Berlin series: 23:00 UTC the day before
        assertEquals(LocalDate.of(2026, 12, 8),
                RecurrenceConverter.day(Date.from(Instant.parse("2026-12-07T23:00:00Z")), BERLIN));
        assertEquals(LocalDate.of(2026, 12, 8),
                RecurrenceConverter.day(Date.from(Instant.parse("2026-12-08T00:00:00Z")), BERLIN));
        assertEquals(LocalDate.of(2026, 12, 8), RecurrenceConverter.day(
                Date.from(Instant.parse("2026-12-08T06:00:00Z")), ZoneId.of("America/Winnipeg")));
    }

    @Test
    void zonesWithoutAWindowsNameAreRefused() throws Exception {
        CalendarEvent event = EventReader.read(ics("DTSTART;TZID=Antarctica/Troll:20261208T100000"));
        InvalidContentException refused = assertThrows(InvalidContentException.class,
                () -> converter.write(event, new Appointment(service), true));
        assertTrue(refused.getMessage().contains("Antarctica/Troll"), refused.getMessage());
    }

    @Test
    void aSingleEventHasNoRecurrence() throws Exception {
        CalendarEvent event = EventReader.read(ics("DTSTART:20261208T160000Z"));
        Appointment appointment = new Appointment(service);
        CalendarEvent back = roundTrip(event, appointment);
        assertFalse(back.recurrence().isPresent());
        assertNull(EventConverter.optional(appointment::getRecurrence));
        assertEquals(event, back);
    }
}
