package org.bridgehead.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReportsTest {

    private static final String CAL = "/users/alice@example.com/calendar/";
    private static final String CALDAV = "urn:ietf:params:xml:ns:caldav";
    private final DavFixture dav;

    ReportsTest() throws Exception {
        dav = new DavFixture();
        put("standup.ics", DavFixture.event("s1", "Standup", "20261207T090000Z", "20261207T091500Z"));
        put("offsite.ics", DavFixture.event("o1", "Offsite in Winnipeg", "20261215T150000Z", "20261215T230000Z",
                "LOCATION:Winnipeg"));
        // Weekly on Mondays at 10:00 Berlin time, the 2nd occurrence moved, the 3rd deleted.
        put("weekly.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                + "BEGIN:VEVENT\r\nUID:w1\r\nDTSTAMP:20261201T000000Z\r\nDTSTART;TZID=Europe/Berlin:20261102T100000\r\n"
                + "DTEND;TZID=Europe/Berlin:20261102T110000\r\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=6\r\n"
                + "EXDATE;TZID=Europe/Berlin:20261116T100000\r\nSUMMARY:Weekly\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:w1\r\nDTSTAMP:20261201T000000Z\r\nRECURRENCE-ID;TZID=Europe/Berlin:20261109T100000\r\n"
                + "DTSTART;TZID=Europe/Berlin:20261110T140000\r\nDTEND;TZID=Europe/Berlin:20261110T150000\r\n"
                + "SUMMARY:Weekly (moved)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    }

    private void put(String name, String body) throws Exception {
        assertEquals(201, dav.alice("PUT", CAL + name, body).status());
    }

    @AfterEach
    void stop() {
        dav.close();
    }

    private DavFixture.Reply query(String filter, String calendarData) throws Exception {
        return dav.alice("REPORT", CAL, """
                <c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                  <d:prop><d:getetag/>%s</d:prop>
                  <c:filter><c:comp-filter name="VCALENDAR">%s</c:comp-filter></c:filter>
                </c:calendar-query>""".formatted(calendarData, filter), "Depth", "1");
    }

    @Test
    void calendarQueryByTimeRangeUsesTheBackendsExpansionForSeries() throws Exception {
        DavFixture.Reply december = query("""
                <c:comp-filter name="VEVENT"><c:time-range start="20261201T000000Z" end="20261208T000000Z"/></c:comp-filter>""", "");
        assertEquals(207, december.status());
        assertEquals(List.of(CAL + "standup.ics", CAL + "weekly.ics"), december.hrefs().stream().sorted().toList());
        DavFixture.Reply january = query("""
                <c:comp-filter name="VEVENT"><c:time-range start="20270101T000000Z" end="20270201T000000Z"/></c:comp-filter>""", "");
        assertTrue(january.hrefs().isEmpty(), january.hrefs().toString());
        assertTrue(dav.alice.calls("findInRange") >= 2);
    }

    @Test
    void calendarQueryWithPropFilterAndTextMatch() throws Exception {
        DavFixture.Reply winnipeg = query("""
                <c:comp-filter name="VEVENT"><c:prop-filter name="LOCATION">
                  <c:text-match collation="i;ascii-casemap">winnipeg</c:text-match></c:prop-filter></c:comp-filter>""",
                "<c:calendar-data/>");
        assertEquals(List.of(CAL + "offsite.ics"), winnipeg.hrefs());
        assertTrue(winnipeg.texts(CALDAV, "calendar-data").get(0).contains("SUMMARY:Offsite in Winnipeg"));
        DavFixture.Reply notWinnipeg = query("""
                <c:comp-filter name="VEVENT"><c:prop-filter name="SUMMARY">
                  <c:text-match negate-condition="yes">winnipeg</c:text-match></c:prop-filter></c:comp-filter>""", "");
        assertFalse(notWinnipeg.hrefs().contains(CAL + "offsite.ics"));
        assertEquals(2, notWinnipeg.hrefs().size());
        DavFixture.Reply withoutRrule = query("""
                <c:comp-filter name="VEVENT"><c:prop-filter name="RRULE"><c:is-not-defined/></c:prop-filter>
                </c:comp-filter>""", "");
        // The weekly object holds an override without RRULE, so it matches as well (any VEVENT may).
        assertEquals(3, withoutRrule.hrefs().size());
    }

    @Test
    void expandWritesOccurrencesInUtcWithOverridesAndWithoutDeletedOnes() throws Exception {
        DavFixture.Reply expanded = dav.alice("REPORT", CAL, """
                <c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                  <d:prop><c:calendar-data><c:expand start="20261101T000000Z" end="20261201T000000Z"/></c:calendar-data></d:prop>
                  <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
                    <c:time-range start="20261101T000000Z" end="20261201T000000Z"/></c:comp-filter></c:comp-filter></c:filter>
                </c:calendar-query>""", "Depth", "1");
        String data = expanded.texts(CALDAV, "calendar-data").get(0);
        assertFalse(data.contains("RRULE") || data.contains("VTIMEZONE") || data.contains("TZID"), data);
        // Nov 2 and 23, 30 at 09:00 UTC (10:00 Berlin), the 9th moved to the 10th at 13:00 UTC, the 16th deleted.
        assertTrue(data.contains("DTSTART:20261102T090000Z") && data.contains("DTSTART:20261123T090000Z")
                && data.contains("DTSTART:20261130T090000Z"), data);
        assertTrue(data.contains("DTSTART:20261110T130000Z") && data.contains("RECURRENCE-ID:20261109T090000Z"), data);
        assertFalse(data.contains("20261116T090000Z"), data);
        assertFalse(data.contains("DTSTART:20261109T090000Z"), data);
    }

    @Test
    void limitRecurrenceSetKeepsTheMasterAndOverridesInRangeOnly() throws Exception {
        DavFixture.Reply limited = dav.alice("REPORT", CAL, """
                <c:calendar-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                  <d:prop><c:calendar-data><c:limit-recurrence-set start="20261120T000000Z" end="20261201T000000Z"/>
                  </c:calendar-data></d:prop><d:href>%sweekly.ics</d:href></c:calendar-multiget>""".formatted(CAL));
        String data = limited.texts(CALDAV, "calendar-data").get(0);
        assertTrue(data.contains("RRULE:FREQ=WEEKLY"), data);
        assertFalse(data.contains("RECURRENCE-ID"), data);
    }

    @Test
    void multigetAnswersEachHrefAndMissingOnesWith404() throws Exception {
        DavFixture.Reply reply = dav.alice("REPORT", CAL, """
                <c:calendar-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                  <d:prop><d:getetag/><c:calendar-data/></d:prop>
                  <d:href>%1$sstandup.ics</d:href><d:href>%1$sgone.ics</d:href></c:calendar-multiget>""".formatted(CAL));
        assertEquals(207, reply.status());
        assertEquals(List.of(CAL + "standup.ics", CAL + "gone.ics"), reply.hrefs());
        assertTrue(reply.body().contains("HTTP/1.1 404 Not Found"));
        assertTrue(reply.texts(CALDAV, "calendar-data").get(0).contains("UID:s1"));
    }

    @Test
    void syncCollectionReportsChangesAndRemovalsSinceAToken() throws Exception {
        DavFixture.Reply first = sync("");
        assertEquals(3, first.hrefs().size());
        String token = first.texts("DAV:", "sync-token").get(0);

        DavFixture.Reply unchanged = sync(token);
        assertTrue(unchanged.hrefs().isEmpty());
        assertEquals(token, unchanged.texts("DAV:", "sync-token").get(0));

        put("new.ics", DavFixture.event("n1", "New", "20261210T090000Z", "20261210T100000Z"));
        assertEquals(204, dav.alice("DELETE", CAL + "standup.ics", null).status());
        DavFixture.Reply changes = sync(token);
        assertEquals(List.of(CAL + "new.ics", CAL + "standup.ics"), changes.hrefs().stream().sorted().toList());
        assertTrue(changes.body().contains("HTTP/1.1 404 Not Found"));
        assertTrue(changes.texts(CALDAV, "calendar-data").get(0).contains("UID:n1"));

        DavFixture.Reply stale = sync("http://bridgehead.invalid/sync/bm9wZQ");
        assertEquals(403, stale.status());
        assertTrue(stale.body().contains("valid-sync-token"));
    }

    private DavFixture.Reply sync(String token) throws Exception {
        return dav.alice("REPORT", CAL, """
                <d:sync-collection xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                  <d:sync-token>%s</d:sync-token><d:sync-level>1</d:sync-level>
                  <d:prop><d:getetag/><c:calendar-data/></d:prop></d:sync-collection>""".formatted(token));
    }

    @Test
    void propfindSyncTokenStartsASync() throws Exception {
        DavFixture.Reply props = dav.alice("PROPFIND", CAL, """
                <d:propfind xmlns:d="DAV:"><d:prop><d:sync-token/></d:prop></d:propfind>""", "Depth", "0");
        String token = props.texts("DAV:", "sync-token").get(0);
        assertTrue(sync(token).hrefs().isEmpty());
    }

    @Test
    void listingAnUnchangedCollectionAgainAsksTheBackendOnlyForChanges() throws Exception {
        String etags = """
                <d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>""";
        List<String> first = dav.alice("PROPFIND", CAL, etags, "Depth", "1").hrefs();
        int syncs = dav.alice.calls("sync");
        int gets = dav.alice.calls("get");
        assertEquals(first, dav.alice("PROPFIND", CAL, etags, "Depth", "1").hrefs());
        assertEquals(syncs + 1, dav.alice.calls("sync"));
        assertEquals(gets, dav.alice.calls("get"));

        assertEquals(204, dav.alice("DELETE", CAL + "standup.ics", null).status());
        put("later.ics", DavFixture.event("l1", "Later", "20261211T090000Z", "20261211T100000Z"));
        List<String> after = dav.alice("PROPFIND", CAL, etags, "Depth", "1").hrefs();
        assertTrue(after.contains(CAL + "later.ics") && !after.contains(CAL + "standup.ics"), after.toString());
        assertEquals(4, after.size());
    }

    @Test
    void anUnknownReportIsRefusedWithSupportedReport() throws Exception {
        DavFixture.Reply reply = dav.alice("REPORT", CAL, """
                <d:expand-property xmlns:d="DAV:"/>""");
        assertEquals(403, reply.status());
        assertTrue(reply.body().contains("supported-report"));
    }
}
