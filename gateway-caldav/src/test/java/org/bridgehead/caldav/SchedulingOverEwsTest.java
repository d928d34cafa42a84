package org.bridgehead.caldav;

import static org.bridgehead.caldav.EwsDavFixture.ALICE;
import static org.bridgehead.caldav.EwsDavFixture.BOB;
import static org.bridgehead.caldav.EwsDavFixture.CALENDAR;
import static org.bridgehead.caldav.EwsDavFixture.calendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RFC 6638 over the EWS backend with the server as scheduling agent, between two users of the
 * simulator: invitations, an alarm-only change that sends nothing, an attendee's answer, the
 * organizer's cancellation, and free/busy of several people in one Exchange call.
 */
class SchedulingOverEwsTest {

    private static final String BOB_CALENDAR = "/users/" + BOB + "/calendar/";
    private static final String BOB_INBOX = "/users/" + BOB + "/inbox/";

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
    void freeBusyOfSeveralPeopleIsOneAvailabilityCall() throws Exception {
        String busy = calendar("BEGIN:VEVENT", "UID:bob-busy", "DTSTAMP:20261201T000000Z", "DTSTART:20261215T100000Z",
                "DTEND:20261215T110000Z", "SUMMARY:Dentist", "END:VEVENT");
        assertEquals(201, dav.send(BOB, "PUT", BOB_CALENDAR + "busy.ics", busy, "Content-Type", "text/calendar")
                .status());
        String request = calendar("METHOD:REQUEST", "BEGIN:VFREEBUSY", "UID:fb-1", "DTSTAMP:20261201T000000Z",
                "DTSTART:20261215T000000Z", "DTEND:20261216T000000Z", "ORGANIZER:mailto:" + ALICE,
                "ATTENDEE:mailto:" + BOB, "ATTENDEE:mailto:" + ALICE, "ATTENDEE:mailto:nobody@nowhere.example",
                "END:VFREEBUSY");
        long before = dav.simulator.stats().requests("GetUserAvailabilityRequest");
        DavFixture.Reply answer = dav.alice("POST", "/users/" + ALICE + "/outbox/", request, "Content-Type",
                "text/calendar");
        assertEquals(200, answer.status(), answer.body());
        assertEquals(1, dav.simulator.stats().requests("GetUserAvailabilityRequest") - before);
        assertTrue(answer.body().contains("FREEBUSY") && answer.body().contains("20261215T100000Z/20261215T110000Z"),
                answer.body());
        assertTrue(answer.body().contains("3.7"), answer.body());
    }

    private static String meeting(String summary, String alarm) {
        return calendar("BEGIN:VEVENT", "UID:meet-1", "DTSTAMP:20261201T000000Z", "DTSTART:20261216T140000Z",
                "DTEND:20261216T150000Z", "SUMMARY:" + summary, "ORGANIZER;CN=Alice Archer:mailto:" + ALICE,
                "ATTENDEE;CN=Bob Baker;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + BOB,
                "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT" + alarm + "M", "END:VALARM",
                "END:VEVENT");
    }

    /** The messages in bob's scheduling inbox. */
    private java.util.List<String> inboxHrefs() throws Exception {
        DavFixture.Reply inbox = dav.send(BOB, "PROPFIND", BOB_INBOX, """
                <d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>""", "Depth", "1");
        assertEquals(207, inbox.status(), inbox.body());
        java.util.List<String> hrefs = new java.util.ArrayList<>(inbox.hrefs());
        hrefs.remove(BOB_INBOX);
        return hrefs;
    }

    @Test
    void aliceInvitesBobWhoAcceptsThenAliceCancels() throws Exception {
        java.util.List<String> waiting = inboxHrefs();
        DavFixture.Reply put = dav.alice("PUT", CALENDAR + "meet.ics", meeting("Planning", "15"), "Content-Type",
                "text/calendar");
        assertEquals(201, put.status(), put.body());
        java.util.List<String> arrived = inboxHrefs();
        arrived.removeAll(waiting);
        assertEquals(1, arrived.size(), arrived.toString());
        String requestHref = arrived.get(0);
        String request = dav.send(BOB, "GET", requestHref, null).body();
        assertTrue(request.contains("METHOD:REQUEST") && request.contains("SUMMARY:Planning"), request);

        DavFixture.Reply bobs = dav.send(BOB, "REPORT", BOB_CALENDAR, """
                <c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                  <d:prop><d:getetag/><c:calendar-data/></d:prop>
                  <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
                    <c:time-range start="20261216T000000Z" end="20261217T000000Z"/>
                  </c:comp-filter></c:comp-filter></c:filter></c:calendar-query>""", "Depth", "1");
        assertEquals(207, bobs.status(), bobs.body());
        String bobsHref = bobs.hrefs().get(0);
        String bobsCopy = dav.send(BOB, "GET", bobsHref, null).body();
        assertTrue(bobsCopy.contains("PARTSTAT=NEEDS-ACTION"), bobsCopy);

        // an alarm-only change by the organizer sends nothing
        DavFixture.Reply alarm = dav.alice("PUT", CALENDAR + "meet.ics", meeting("Planning", "30"), "Content-Type",
                "text/calendar");
        assertEquals(204, alarm.status(), alarm.body());
        assertEquals(waiting.size() + 1, inboxHrefs().size(), "an alarm-only change sends no update");

        // bob accepts by changing his PARTSTAT
        String accepted = bobsCopy.replace("PARTSTAT=NEEDS-ACTION", "PARTSTAT=ACCEPTED");
        DavFixture.Reply accept = dav.send(BOB, "PUT", bobsHref, accepted, "Content-Type", "text/calendar");
        assertTrue(accept.status() == 204 || accept.status() == 201, accept.body());
        String alicesCopy = dav.alice("GET", CALENDAR + "meet.ics", null).body();
        assertTrue(alicesCopy.contains("PARTSTAT=ACCEPTED"), alicesCopy);

        // the organizer's delete cancels the meeting in bob's calendar
        assertEquals(204, dav.alice("DELETE", CALENDAR + "meet.ics", null).status());
        String cancelled = dav.send(BOB, "GET", bobsHref, null).body();
        assertTrue(cancelled.contains("SUMMARY:Canceled: Planning"), cancelled);
    }
}
