package org.bridgehead.caldav;

import static org.bridgehead.caldav.EwsDavFixture.CALENDAR;
import static org.bridgehead.caldav.EwsDavFixture.calendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeping a calendar in step over the EWS backend: sync-collection tokens from SyncFolderItems,
 * calendar-multiget, the ctag, what a resync costs in EWS calls, collections made and renamed,
 * and an Exchange outage answered 503.
 */
class CalendarSyncOverEwsTest {

    private static final String DAV = "DAV:";
    private static final String SYNC = """
            <d:sync-collection xmlns:d="DAV:"><d:sync-token>%s</d:sync-token><d:sync-level>1</d:sync-level>
            <d:prop><d:getetag/></d:prop></d:sync-collection>""";

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

    private static String event(String uid, String summary) {
        return calendar("BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20261201T000000Z", "DTSTART:20261209T140000Z",
                "DTEND:20261209T150000Z", "SUMMARY:" + summary, "END:VEVENT");
    }

    private DavFixture.Reply sync(String token) throws Exception {
        DavFixture.Reply reply = dav.alice("REPORT", CALENDAR, SYNC.formatted(token), "Depth", "1");
        assertEquals(207, reply.status(), reply.body());
        return reply;
    }

    /**
     * Has the backend read its folder list just now. It reuses that list for a few seconds (DAV
     * clients ask for the collections on every request); the calls counted after this are then the
     * ones of the sync itself, however slowly the machine runs the test.
     */
    private void folderListJustRead() throws Exception {
        Thread.sleep(5_100);
        assertEquals(207, dav.alice("PROPFIND", CALENDAR, null, "Depth", "0").status());
    }

    private static String token(DavFixture.Reply reply) {
        List<String> tokens = reply.texts(DAV, "sync-token");
        return tokens.get(tokens.size() - 1);
    }

    @Test
    void syncTokensReportChangesAndRemovalsAndAResyncCostsOneCall() throws Exception {
        assertEquals(201, dav.alice("PUT", CALENDAR + "a.ics", event("a", "First"), "Content-Type",
                "text/calendar").status());
        assertEquals(201, dav.alice("PUT", CALENDAR + "b.ics", event("b", "Second"), "Content-Type",
                "text/calendar").status());
        DavFixture.Reply initial = sync("");
        assertTrue(initial.hrefs().containsAll(List.of(CALENDAR + "a.ics", CALENDAR + "b.ics")), initial.body());
        String token = token(initial);

        folderListJustRead();
        long before = dav.ewsCalls();
        DavFixture.Reply unchanged = sync(token);
        assertEquals(1, dav.ewsCalls() - before, "an unchanged resync is one SyncFolderItems");
        assertTrue(unchanged.hrefs().isEmpty(), unchanged.body());
        token = token(unchanged);

        assertEquals(204, dav.alice("PUT", CALENDAR + "a.ics", event("a", "First, changed"), "Content-Type",
                "text/calendar").status());
        folderListJustRead();
        before = dav.ewsCalls();
        DavFixture.Reply changed = sync(token);
        assertEquals(List.of(CALENDAR + "a.ics"), changed.hrefs(), changed.body());
        DavFixture.Reply fetched = dav.alice("REPORT", CALENDAR, """
                <c:calendar-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                  <d:prop><d:getetag/><c:calendar-data/></d:prop><d:href>%sa.ics</d:href>
                </c:calendar-multiget>""".formatted(CALENDAR), "Depth", "1");
        assertEquals(207, fetched.status(), fetched.body());
        assertTrue(fetched.body().contains("SUMMARY:First\\, changed"), fetched.body());
        assertTrue(dav.ewsCalls() - before <= 2, "one change costs a sync and a fetch: " + (dav.ewsCalls() - before));
        token = token(changed);

        assertEquals(204, dav.alice("DELETE", CALENDAR + "b.ics", null).status());
        DavFixture.Reply removed = sync(token);
        assertEquals(List.of(CALENDAR + "b.ics"), removed.hrefs(), removed.body());
        assertTrue(removed.body().contains("404"), removed.body());

        DavFixture.Reply invalid = dav.alice("REPORT", CALENDAR, SYNC.formatted("http://bridgehead.invalid/sync/Z2FyYmFnZQ"),
                "Depth", "1");
        assertEquals(403, invalid.status(), invalid.body());
    }

    @Test
    void theCtagChangesWithTheContentAndAnUnchangedListingCostsOneCall() throws Exception {
        String propfind = """
                <d:propfind xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/"><d:prop><cs:getctag/>
                <d:getetag/></d:prop></d:propfind>""";
        DavFixture.Reply first = dav.alice("PROPFIND", CALENDAR, propfind, "Depth", "0");
        assertEquals(207, first.status(), first.body());
        String ctag = first.texts("http://calendarserver.org/ns/", "getctag").get(0);
        assertEquals(201, dav.alice("PUT", CALENDAR + "c.ics", event("c", "Third"), "Content-Type",
                "text/calendar").status());
        DavFixture.Reply second = dav.alice("PROPFIND", CALENDAR, propfind, "Depth", "0");
        assertNotEquals(ctag, second.texts("http://calendarserver.org/ns/", "getctag").get(0), second.body());

        assertEquals(207, dav.alice("PROPFIND", CALENDAR, propfind, "Depth", "1").status());
        folderListJustRead();
        long before = dav.ewsCalls();
        DavFixture.Reply again = dav.alice("PROPFIND", CALENDAR, propfind, "Depth", "1");
        assertTrue(again.hrefs().contains(CALENDAR + "c.ics"), again.body());
        assertEquals(1, dav.ewsCalls() - before, "an unchanged listing is one SyncFolderItems");
    }

    @Test
    void mkcalendarMakesAFolderThatProppatchRenamesAndDeleteRemoves() throws Exception {
        DavFixture.Reply made = dav.alice("MKCALENDAR", CALENDAR + "project/", """
                <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop>
                <d:displayname>Project X</d:displayname></d:prop></d:set></c:mkcalendar>""");
        assertEquals(201, made.status(), made.body());
        assertEquals(201, dav.alice("PUT", CALENDAR + "project/p.ics", event("p", "Kick-off"), "Content-Type",
                "text/calendar").status());
        DavFixture.Reply patched = dav.alice("PROPPATCH", CALENDAR + "project/", """
                <d:propertyupdate xmlns:d="DAV:" xmlns:a="http://apple.com/ns/ical/"><d:set><d:prop>
                <d:displayname>Project Y</d:displayname><a:calendar-color>#FF0000FF</a:calendar-color>
                </d:prop></d:set></d:propertyupdate>""");
        assertEquals(207, patched.status(), patched.body());
        DavFixture.Reply listed = dav.alice("PROPFIND", "/users/" + EwsDavFixture.ALICE + "/", """
                <d:propfind xmlns:d="DAV:" xmlns:a="http://apple.com/ns/ical/"><d:prop><d:displayname/>
                <a:calendar-color/></d:prop></d:propfind>""", "Depth", "1");
        assertEquals(207, listed.status(), listed.body());
        assertTrue(listed.hrefs().contains(CALENDAR + "project/"), listed.body());
        DavFixture.Reply project = dav.alice("PROPFIND", CALENDAR + "project/", """
                <d:propfind xmlns:d="DAV:" xmlns:a="http://apple.com/ns/ical/"><d:prop><d:displayname/>
                <a:calendar-color/></d:prop></d:propfind>""", "Depth", "0");
        assertTrue(project.body().contains("Project Y"), project.body());
        assertTrue(project.body().contains("#FF0000FF"), project.body());
        assertTrue(dav.alice("GET", CALENDAR + "project/p.ics", null).body().contains("SUMMARY:Kick-off"));
        assertEquals(204, dav.alice("DELETE", CALENDAR + "project/", null).status());
        assertEquals(404, dav.alice("PROPFIND", CALENDAR + "project/", null, "Depth", "0").status());
    }

    @Test
    void anExchangeOutageIs503WithRetryAfterAndNoStackTrace() throws Exception {
        assertEquals(201, dav.alice("PUT", CALENDAR + "d.ics", event("d", "Fourth"), "Content-Type",
                "text/calendar").status());
        dav.simulator.close();
        for (DavFixture.Reply down : List.of(dav.alice("GET", CALENDAR + "d.ics", null),
                dav.alice("PUT", CALENDAR + "e.ics", event("e", "Fifth"), "Content-Type", "text/calendar"),
                dav.alice("PROPFIND", CALENDAR, null, "Depth", "1"))) {
            assertEquals(503, down.status(), down.body());
            assertNotNull(down.header("Retry-After"));
            assertFalse(down.body().contains("Exception"), down.body());
        }
    }
}
