package org.bridgehead.caldav;

import static org.bridgehead.caldav.EwsDavFixture.CALENDAR;
import static org.bridgehead.caldav.EwsDavFixture.TASKS;
import static org.bridgehead.caldav.EwsDavFixture.calendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events and tasks through the DAV server, the EWS backend and the simulator: what a client PUTs
 * comes back from Exchange with its time zone, recurrence exceptions, deleted occurrences and
 * unknown properties, and reports find it by time range.
 */
class CalendarOverEwsTest {

    private static final String WINNIPEG = calendar("BEGIN:VEVENT", "UID:winnipeg-1", "DTSTAMP:20261201T000000Z",
            "DTSTART;TZID=America/Winnipeg:20261208T100000", "DTEND;TZID=America/Winnipeg:20261208T110000",
            "SUMMARY:Board meeting", "LOCATION:Room 4", "X-CLIENT-COLOR:teal", "END:VEVENT");

    private static final String SERIES = calendar("BEGIN:VEVENT", "UID:weekly-1", "DTSTAMP:20261201T000000Z",
            "DTSTART;TZID=Europe/Berlin:20261207T090000", "DTEND;TZID=Europe/Berlin:20261207T093000",
            "RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=MO", "EXDATE;TZID=Europe/Berlin:20261221T090000", "SUMMARY:Stand-up",
            "END:VEVENT",
            "BEGIN:VEVENT", "UID:weekly-1", "DTSTAMP:20261201T000000Z",
            "RECURRENCE-ID;TZID=Europe/Berlin:20261214T090000", "DTSTART;TZID=Europe/Berlin:20261214T110000",
            "DTEND;TZID=Europe/Berlin:20261214T113000", "SUMMARY:Stand-up (moved)", "END:VEVENT");

    @TempDir
    Path work;
    private EwsDavFixture dav;

    @BeforeEach
    void start() throws Exception {
        dav = new EwsDavFixture(work.resolve("cache"));
    }

    @AfterEach
    void stop() {
        dav.close();
    }

    @Test
    void aWinnipegEventComesBackInWinnipegWithTheClientsOwnProperties() throws Exception {
        DavFixture.Reply put = dav.alice("PUT", CALENDAR + "winnipeg.ics", WINNIPEG, "Content-Type", "text/calendar",
                "If-None-Match", "*");
        assertEquals(201, put.status(), put.body());
        String etag = put.header("ETag");
        assertNotNull(etag);
        DavFixture.Reply get = dav.alice("GET", CALENDAR + "winnipeg.ics", null);
        assertEquals(200, get.status(), get.body());
        assertEquals(etag, get.header("ETag"));
        assertTrue(get.body().contains("DTSTART;TZID=America/Winnipeg:20261208T100000"), get.body());
        assertTrue(get.body().contains("UID:winnipeg-1"), get.body());
        assertTrue(get.body().contains("SUMMARY:Board meeting"), get.body());
        assertTrue(get.body().contains("X-CLIENT-COLOR:teal"), get.body());
        assertTrue(get.body().contains("BEGIN:VTIMEZONE") && get.body().contains("TZID:America/Winnipeg"), get.body());
        DavFixture.Reply list = dav.alice("PROPFIND", CALENDAR, """
                <d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>""", "Depth", "1");
        assertEquals(207, list.status(), list.body());
        assertTrue(list.hrefs().contains(CALENDAR + "winnipeg.ics"), list.body());
    }

    @Test
    void aSeriesKeepsItsExceptionAndDeletedOccurrence() throws Exception {
        assertEquals(201, dav.alice("PUT", CALENDAR + "standup.ics", SERIES, "Content-Type", "text/calendar").status());
        String body = dav.alice("GET", CALENDAR + "standup.ics", null).body();
        assertTrue(body.contains("RRULE:FREQ=WEEKLY;") && body.contains("BYDAY=MO") && body.contains("COUNT=6"), body);
        assertTrue(body.contains("EXDATE;TZID=Europe/Berlin:20261221T090000"), body);
        assertTrue(body.contains("RECURRENCE-ID;TZID=Europe/Berlin:20261214T090000"), body);
        assertTrue(body.contains("SUMMARY:Stand-up (moved)"), body);
        assertTrue(body.contains("DTSTART;TZID=Europe/Berlin:20261214T110000"), body);

        DavFixture.Reply query = dav.alice("REPORT", CALENDAR, """
                <c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                  <d:prop><d:getetag/><c:calendar-data><c:expand start="20261214T000000Z" end="20261215T000000Z"/>
                  </c:calendar-data></d:prop>
                  <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
                    <c:time-range start="20261214T000000Z" end="20261215T000000Z"/>
                  </c:comp-filter></c:comp-filter></c:filter></c:calendar-query>""", "Depth", "1");
        assertEquals(207, query.status(), query.body());
        assertEquals(java.util.List.of(CALENDAR + "standup.ics"), query.hrefs());
        assertTrue(query.body().contains("Stand-up (moved)"), query.body());

        DavFixture.Reply deletedWeek = dav.alice("REPORT", CALENDAR, """
                <c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                  <d:prop><d:getetag/></d:prop>
                  <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
                    <c:time-range start="20261221T000000Z" end="20261222T000000Z"/>
                  </c:comp-filter></c:comp-filter></c:filter></c:calendar-query>""", "Depth", "1");
        assertFalse(deletedWeek.hrefs().contains(CALENDAR + "standup.ics"), deletedWeek.body());
    }

    @Test
    void anAllDayEventKeepsItsDay() throws Exception {
        String holiday = calendar("BEGIN:VEVENT", "UID:holiday-1", "DTSTAMP:20261201T000000Z",
                "DTSTART;VALUE=DATE:20261224", "DTEND;VALUE=DATE:20261225", "SUMMARY:Holiday", "TRANSP:TRANSPARENT",
                "END:VEVENT");
        assertEquals(201, dav.alice("PUT", CALENDAR + "holiday.ics", holiday, "Content-Type", "text/calendar").status());
        String body = dav.alice("GET", CALENDAR + "holiday.ics", null).body();
        assertTrue(body.contains("DTSTART;VALUE=DATE:20261224"), body);
        assertTrue(body.contains("DTEND;VALUE=DATE:20261225"), body);
        assertTrue(body.contains("TRANSP:TRANSPARENT"), body);
    }

    @Test
    void aStaleEtagIs412AndChangesNothing() throws Exception {
        String first = dav.alice("PUT", CALENDAR + "w.ics", WINNIPEG, "Content-Type", "text/calendar").header("ETag");
        DavFixture.Reply second = dav.alice("PUT", CALENDAR + "w.ics", WINNIPEG.replace("Board meeting", "Board"),
                "Content-Type", "text/calendar", "If-Match", first);
        assertEquals(204, second.status(), second.body());
        DavFixture.Reply stale = dav.alice("PUT", CALENDAR + "w.ics", WINNIPEG.replace("Board meeting", "Stale"),
                "Content-Type", "text/calendar", "If-Match", first);
        assertEquals(412, stale.status(), stale.body());
        assertEquals(412, dav.alice("PUT", CALENDAR + "w.ics", WINNIPEG, "Content-Type", "text/calendar",
                "If-None-Match", "*").status());
        assertEquals(412, dav.alice("DELETE", CALENDAR + "w.ics", null, "If-Match", first).status());
        String body = dav.alice("GET", CALENDAR + "w.ics", null).body();
        assertTrue(body.contains("SUMMARY:Board\r\n"), body);
        assertEquals(204, dav.alice("DELETE", CALENDAR + "w.ics", null, "If-Match", second.header("ETag")).status());
        assertEquals(404, dav.alice("GET", CALENDAR + "w.ics", null).status());
    }

    @Test
    void aBadBodyIs400AndNothingIsStored() throws Exception {
        DavFixture.Reply bad = dav.alice("PUT", CALENDAR + "bad.ics", calendar("BEGIN:VEVENT", "UID:bad-1",
                "DTSTART:20261208T100000Z", "DTEND:20261208T090000Z", "SUMMARY:Backwards", "END:VEVENT"),
                "Content-Type", "text/calendar");
        assertEquals(400, bad.status(), bad.body());
        assertFalse(bad.body().contains("Exception"), bad.body());
        assertEquals(404, dav.alice("GET", CALENDAR + "bad.ics", null).status());
    }

    @Test
    void aTaskRoundTrips() throws Exception {
        String todo = calendar("BEGIN:VTODO", "UID:todo-1", "DTSTAMP:20261201T000000Z", "SUMMARY:File the report",
                "DUE;VALUE=DATE:20261210", "PRIORITY:1", "STATUS:NEEDS-ACTION", "X-TODO-LIST:work", "END:VTODO");
        DavFixture.Reply put = dav.alice("PUT", TASKS + "todo-1.ics", todo, "Content-Type", "text/calendar");
        assertEquals(201, put.status(), put.body());
        String body = dav.alice("GET", TASKS + "todo-1.ics", null).body();
        assertTrue(body.contains("SUMMARY:File the report"), body);
        assertTrue(body.contains("DUE;VALUE=DATE:20261210"), body);
        assertTrue(body.contains("X-TODO-LIST:work"), body);
        DavFixture.Reply done = dav.alice("PUT", TASKS + "todo-1.ics", todo.replace("STATUS:NEEDS-ACTION",
                "STATUS:COMPLETED\r\nCOMPLETED:20261209T120000Z"), "Content-Type", "text/calendar",
                "If-Match", put.header("ETag"));
        assertEquals(204, done.status(), done.body());
        assertTrue(dav.alice("GET", TASKS + "todo-1.ics", null).body().contains("STATUS:COMPLETED"));
    }
}
