package org.bridgehead.exchange.pim.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bridgehead.exchange.InvalidContentException;
import org.junit.jupiter.api.Test;

class EventMappingTest {

    private static String calendar(String... lines) {
        StringBuilder text = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n");
        for (String line : lines) {
            text.append(line).append("\r\n");
        }
        return text.append("END:VCALENDAR\r\n").toString();
    }

    private static String event(String... lines) {
        String[] all = new String[lines.length + 3];
        all[0] = "BEGIN:VEVENT";
        all[1] = "UID:ev-1";
        System.arraycopy(lines, 0, all, 2, lines.length);
        all[all.length - 1] = "END:VEVENT";
        return calendar(all);
    }

    private static String unfolded(String text) {
        return text.replace("\r\n ", "");
    }

    @Test
    void winnipegStaysWinnipeg() throws Exception {
        CalendarEvent read = EventReader.read(event("DTSTART;TZID=America/Winnipeg:20261208T100000",
                "DTEND;TZID=America/Winnipeg:20261208T110000", "SUMMARY:Stand-up"));
        assertEquals(ZoneId.of("America/Winnipeg"), read.start().zone());
        // The instant from the runtime's zone rules: tzdata releases move Winnipeg's offsets.
        assertEquals(LocalDateTime.of(2026, 12, 8, 10, 0).atZone(ZoneId.of("America/Winnipeg")).toInstant(),
                read.start().instant());
        assertEquals("Central Standard Time", TimeZones.toWindows(read.start().zone()).orElseThrow());
        assertEquals(ZoneId.of("America/Winnipeg"),
                TimeZones.fromWindows("Central Standard Time", read.start().zone()).orElseThrow());
        assertEquals(ZoneId.of("America/Chicago"), TimeZones.fromWindows("Central Standard Time", null).orElseThrow());
        String written = unfolded(EventWriter.write(read, Optional.empty()));
        assertTrue(written.contains("DTSTART;TZID=America/Winnipeg:20261208T100000\r\n"), written);
        assertTrue(written.contains("BEGIN:VTIMEZONE\r\nTZID:America/Winnipeg\r\n"), written);
        assertFalse(written.contains("Chicago"), written);
    }

    @Test
    void utcOnlyClientsGetUtcBack() throws Exception {
        CalendarEvent read = EventReader.read(event("DTSTART:20261208T160000Z", "DTEND:20261208T170000Z"));
        assertTrue(read.start().utc());
        String written = EventWriter.write(read, Optional.empty());
        assertTrue(written.contains("DTSTART:20261208T160000Z\r\n"), written);
        assertTrue(written.contains("DTEND:20261208T170000Z\r\n"), written);
        assertFalse(written.contains("VTIMEZONE"), written);
    }

    @Test
    void allDayEventsKeepTheirDays() throws Exception {
        CalendarEvent read = EventReader.read(event("DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261226",
                "SUMMARY:Holidays"));
        assertTrue(read.allDay());
        assertEquals(LocalDate.of(2026, 12, 24), read.start().localDate());
        // Exchange's copy in Berlin keeps the days
        CalendarEvent berlin = new CalendarEvent(read.uid(), read.summary(), "", "",
                read.start().inZone(ZoneId.of("Europe/Berlin")), read.end().inZone(ZoneId.of("Europe/Berlin")),
                Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Sensitivity.PUBLIC, ShowAs.FREE, List.of(), List.of());
        String written = EventWriter.write(berlin, Optional.empty());
        assertTrue(written.contains("DTSTART;VALUE=DATE:20261224\r\n"), written);
        assertTrue(written.contains("DTEND;VALUE=DATE:20261226\r\n"), written);
        assertTrue(written.contains("TRANSP:TRANSPARENT\r\n"), written);
    }

    @Test
    void dateWithoutEndLastsOneDay() throws Exception {
        CalendarEvent read = EventReader.read(event("DTSTART;VALUE=DATE:20261224"));
        assertEquals(LocalDate.of(2026, 12, 25), read.end().localDate());
    }

    @Test
    void seriesWithExceptionsAndDeletedOccurrences() throws Exception {
        String text = calendar("BEGIN:VEVENT", "UID:series", "DTSTART;TZID=Europe/Berlin:20261207T090000",
                "DTEND;TZID=Europe/Berlin:20261207T093000", "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=10",
                "EXDATE;TZID=Europe/Berlin:20261214T090000,20261221T090000", "SUMMARY:Weekly",
                "ORGANIZER;CN=Alice:mailto:alice@example.com",
                "ATTENDEE;CN=Bob;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:bob@example.com",
                "END:VEVENT",
                "BEGIN:VEVENT", "UID:series", "RECURRENCE-ID;TZID=Europe/Berlin:20261228T090000",
                "DTSTART;TZID=Europe/Berlin:20261228T140000", "DTEND;TZID=Europe/Berlin:20261228T150000",
                "SUMMARY:Moved weekly", "ORGANIZER;CN=Alice:mailto:alice@example.com",
                "ATTENDEE;CN=Carol;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:carol@example.com",
                "END:VEVENT");
        CalendarEvent read = EventReader.read(text);
        assertEquals(Recurrence.Type.WEEKLY, read.recurrence().orElseThrow().type());
        assertEquals(2, read.deletedOccurrences().size());
        assertEquals(LocalDate.of(2026, 12, 21), read.deletedOccurrences().get(1).localDate());
        assertEquals(1, read.exceptions().size());
        CalendarEvent moved = read.exceptions().get(0);
        assertEquals("Moved weekly", moved.summary());
        assertEquals(LocalDateTime.of(2026, 12, 28, 8, 0).toInstant(ZoneOffset.UTC),
                moved.recurrenceId().orElseThrow().instant());
        assertEquals("carol@example.com", moved.attendees().get(0).email());
        assertEquals(Participant.Role.OPTIONAL, moved.attendees().get(0).role());
        assertTrue(read.meeting());
        Participant bob = read.attendees().get(0);
        assertEquals(Participant.Status.NEEDS_ACTION, bob.status());
        assertTrue(bob.rsvp());

        String written = unfolded(EventWriter.write(read, Optional.empty()));
        assertTrue(written.contains("EXDATE;TZID=Europe/Berlin:20261214T090000,20261221T090000\r\n"), written);
        assertTrue(written.contains("RECURRENCE-ID;TZID=Europe/Berlin:20261228T090000\r\n"), written);
        assertTrue(written.contains("ATTENDEE;CN=Bob;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
                + "mailto:bob@example.com\r\n"), written);
        assertEquals(read, EventReader.read(written));
    }

    @Test
    void propertiesExchangeCannotHoldSurviveFromTheOriginal() throws Exception {
        String original = calendar("X-WR-CALNAME:Work", "BEGIN:VEVENT", "UID:ev-1",
                "DTSTART:20261208T160000Z", "DTEND:20261208T170000Z", "SUMMARY:Old title", "SEQUENCE:3",
                "X-MOZ-GENERATION;X-P=1:7", "ATTACH;ENCODING=BASE64;VALUE=BINARY:aGVsbG8=",
                "BEGIN:VALARM", "ACTION:AUDIO", "TRIGGER:-PT10M", "END:VALARM",
                "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:second", "TRIGGER:-PT1H", "END:VALARM",
                "END:VEVENT");
        CalendarEvent read = EventReader.read(original);
        assertEquals(Optional.of(10), read.reminderMinutes());
        CalendarEvent renamed = new CalendarEvent(read.uid(), "New title", read.location(), read.description(),
                read.start(), read.end(), read.recurrence(), read.deletedOccurrences(), read.exceptions(),
                read.recurrenceId(), read.reminderMinutes(), read.organizer(), read.attendees(), read.sensitivity(),
                read.showAs(), read.categories(), read.attachmentUrls());
        String written = unfolded(EventWriter.write(renamed, Optional.of(original)));
        assertTrue(written.contains("SUMMARY:New title\r\n"), written);
        assertFalse(written.contains("Old title"), written);
        assertTrue(written.contains("X-WR-CALNAME:Work\r\n"), written);
        assertTrue(written.contains("X-MOZ-GENERATION;X-P=1:7\r\n"), written);
        assertTrue(written.contains("SEQUENCE:3\r\n"), written);
        assertTrue(written.contains("ATTACH;ENCODING=BASE64;VALUE=BINARY:aGVsbG8=\r\n"), written);
        assertTrue(written.contains("ACTION:AUDIO"), written);
        assertTrue(written.contains("DESCRIPTION:second"), written);

        // a reminder changed in Exchange replaces the client's alarms
        String changed = unfolded(EventWriter.write(renamed.withReminder(Optional.of(30)), Optional.of(original)));
        assertTrue(changed.contains("TRIGGER:-PT30M\r\n"), changed);
        assertFalse(changed.contains("ACTION:AUDIO"), changed);
        // no reminder, no alarm
        assertFalse(EventWriter.write(renamed.withReminder(Optional.empty()), Optional.of(original))
                .contains("VALARM"));
    }

    @Test
    void alarmTriggersOfEveryKind() throws Exception {
        String base = "DTSTART:20261208T160000Z\r\nDTEND:20261208T170000Z";
        assertEquals(Optional.of(60), EventReader.read(event(base, "BEGIN:VALARM", "ACTION:DISPLAY",
                "TRIGGER;RELATED=END:-PT2H", "END:VALARM")).reminderMinutes());
        assertEquals(Optional.of(90), EventReader.read(event(base, "BEGIN:VALARM", "ACTION:DISPLAY",
                "TRIGGER;VALUE=DATE-TIME:20261208T143000Z", "END:VALARM")).reminderMinutes());
        assertEquals(Optional.of(2880), EventReader.read(event(base, "BEGIN:VALARM", "ACTION:DISPLAY",
                "TRIGGER:-P2D", "END:VALARM")).reminderMinutes());
        assertEquals(Optional.empty(), EventReader.read(event(base)).reminderMinutes());
    }

    @Test
    void classTranspCategoriesAndAttachments() throws Exception {
        CalendarEvent read = EventReader.read(event("DTSTART:20261208T160000Z", "DURATION:PT45M",
                "CLASS:CONFIDENTIAL", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-BUSYSTATUS:OOF",
                "CATEGORIES:Work,Travel\\, abroad", "CATEGORIES:Blue",
                "ATTACH;FMTTYPE=application/pdf:https://files.example.com/agenda.pdf",
                "ORGANIZER:mailto:alice@example.com",
                "ATTENDEE;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:ALICE@example.com",
                "ATTENDEE;CUTYPE=ROOM;PARTSTAT=TENTATIVE:mailto:room1@example.com"));
        assertEquals(Sensitivity.CONFIDENTIAL, read.sensitivity());
        assertEquals(ShowAs.OOF, read.showAs());
        assertEquals(List.of("Work", "Travel, abroad", "Blue"), read.categories());
        assertEquals(List.of(URI.create("https://files.example.com/agenda.pdf")), read.attachmentUrls());
        assertEquals(45, java.time.Duration.between(read.start().instant(), read.end().instant()).toMinutes());
        assertEquals(1, read.attendees().size(), "the organizer is not an attendee");
        assertEquals(Participant.Role.RESOURCE, read.attendees().get(0).role());
        assertEquals(Participant.Status.TENTATIVE, read.attendees().get(0).status());
        String written = unfolded(EventWriter.write(read, Optional.empty()));
        assertTrue(written.contains("CATEGORIES:Work,Travel\\, abroad,Blue\r\n"), written);
        assertTrue(written.contains("CLASS:CONFIDENTIAL\r\n"), written);
        assertEquals(read, EventReader.read(written));
    }

    @Test
    void clientTimeZoneNamesResolve() throws Exception {
        assertEquals(ZoneId.of("Europe/Berlin"), TimeZones.resolve("/mozilla.org/20050126_1/Europe/Berlin").orElseThrow());
        assertEquals(ZoneId.of("Europe/Berlin"), TimeZones.resolve("W. Europe Standard Time").orElseThrow());
        assertEquals(ZoneOffset.UTC, TimeZones.resolve("Etc/UTC").orElseThrow());
        assertTrue(TimeZones.resolve("Nowhere Standard Time").isEmpty());
        InvalidContentException unknown = assertThrows(InvalidContentException.class,
                () -> EventReader.read(event("DTSTART;TZID=Atlantis:20261208T100000")));
        assertTrue(unknown.getMessage().contains("Atlantis"));
    }

    @Test
    void badCalendarsAreRefusedWithTheReason() {
        assertRefused("", "empty");
        assertRefused("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n", "Invalid iCalendar");
        assertRefused(calendar("BEGIN:VTODO", "UID:t", "END:VTODO"), "no VEVENT");
        assertRefused(event("SUMMARY:no start"), "DTSTART");
        assertRefused(event("DTSTART:20261208T160000Z", "DTEND:20261208T150000Z"), "before");
        assertRefused(event("DTSTART:20261208T160000Z", "RRULE:FREQ=HOURLY"), "HOURLY");
        assertRefused(calendar("BEGIN:VEVENT", "UID:a", "DTSTART:20261208T160000Z", "END:VEVENT",
                "BEGIN:VEVENT", "UID:b", "DTSTART:20261208T160000Z", "END:VEVENT"), "UID");
        assertRefused(calendar("BEGIN:VEVENT", "UID:a", "DTSTART:20261208T160000Z", "END:VEVENT",
                "BEGIN:VTODO", "UID:a", "END:VTODO"), "VTODO");
        assertRefused(event("DTSTART;VALUE=DATE:20261208", "DTEND:20261209T100000Z"), "both");
    }

    private static void assertRefused(String text, String reason) {
        InvalidContentException refused = assertThrows(InvalidContentException.class, () -> EventReader.read(text));
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctets() throws Exception {
        String title = "Ü".repeat(100);
        CalendarEvent read = EventReader.read(event("DTSTART:20261208T160000Z", "SUMMARY:" + title));
        String written = EventWriter.write(read, Optional.empty());
        for (String line : written.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
        }
        assertEquals(title, EventReader.read(written).summary());
    }

    @Test
    void cancellationsSayCancelled() throws Exception {
        CalendarEvent read = EventReader.read(event("DTSTART:20261208T160000Z", "STATUS:CONFIRMED"));
        String cancel = EventWriter.write(read, Optional.of(event("DTSTART:20261208T160000Z", "STATUS:CONFIRMED")),
                Optional.of("CANCEL"));
        assertTrue(cancel.contains("METHOD:CANCEL\r\n"), cancel);
        assertTrue(cancel.contains("STATUS:CANCELLED\r\n"), cancel);
        assertFalse(cancel.contains("CONFIRMED"), cancel);
    }
}
