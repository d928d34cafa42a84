package org.bridgehead.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ItemMethodsTest {

    private static final String CAL = "/users/alice@example.com/calendar/";
    private final DavFixture dav;

    ItemMethodsTest() throws Exception {
        dav = new DavFixture();
    }

    @AfterEach
    void stop() {
        dav.close();
    }

    @Test
    void putGetDeleteWithStrongEtagsAndPreconditions() throws Exception {
        String body = DavFixture.event("e1", "Review", "20261208T100000Z", "20261208T110000Z");
        DavFixture.Reply created = dav.alice("PUT", CAL + "e1.ics", body, "If-None-Match", "*",
                "Content-Type", "text/calendar; charset=utf-8");
        assertEquals(201, created.status());
        String etag = created.header("ETag");
        assertTrue(etag.startsWith("\"") && etag.endsWith("\""), etag);

        assertEquals(412, dav.alice("PUT", CAL + "e1.ics", body, "If-None-Match", "*").status());

        DavFixture.Reply got = dav.alice("GET", CAL + "e1.ics", null);
        assertEquals(200, got.status());
        assertEquals(etag, got.header("ETag"));
        assertTrue(got.header("Content-Type").startsWith("text/calendar"));
        assertTrue(got.body().contains("SUMMARY:Review"));
        assertEquals(304, dav.alice("GET", CAL + "e1.ics", null, "If-None-Match", etag).status());

        String changed = body.replace("Review", "Design review");
        DavFixture.Reply replaced = dav.alice("PUT", CAL + "e1.ics", changed, "If-Match", etag);
        assertEquals(204, replaced.status());
        String newEtag = replaced.header("ETag");
        assertNotEquals(etag, newEtag);
        assertEquals(412, dav.alice("PUT", CAL + "e1.ics", body, "If-Match", etag).status());
        assertEquals(412, dav.alice("DELETE", CAL + "e1.ics", null, "If-Match", etag).status());
        assertTrue(dav.alice("GET", CAL + "e1.ics", null).body().contains("Design review"));

        assertEquals(204, dav.alice("DELETE", CAL + "e1.ics", null, "If-Match", newEtag).status());
        assertEquals(404, dav.alice("GET", CAL + "e1.ics", null).status());
    }

    @Test
    void aPutWithoutConditionCreatesThenReplaces() throws Exception {
        String body = DavFixture.event("e2", "Lunch", "20261208T120000Z", "20261208T130000Z");
        assertEquals(201, dav.alice("PUT", CAL + "e2.ics", body).status());
        assertEquals(204, dav.alice("PUT", CAL + "e2.ics", body.replace("Lunch", "Brunch")).status());
        assertEquals(412, dav.alice("PUT", CAL + "missing.ics", body.replace("e2", "e3"), "If-Match", "*").status());
    }

    @Test
    void brokenICalendarIs400WithTheReasonAndNothingIsStored() throws Exception {
        DavFixture.Reply broken = dav.alice("PUT", CAL + "bad.ics",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261208T120000Z\r\nEND:VCALENDAR\r\n");
        assertEquals(400, broken.status());
        assertTrue(broken.body().contains("valid-calendar-data") && broken.body().contains("END:VCALENDAR closes BEGIN:VEVENT"),
                broken.body());
        DavFixture.Reply noUid = dav.alice("PUT", CAL + "bad.ics",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:20261208T120000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        assertEquals(400, noUid.status());
        assertTrue(noUid.body().contains("without UID"));
        DavFixture.Reply todoInCalendar = dav.alice("PUT", CAL + "bad.ics",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nUID:t\r\nEND:VTODO\r\nEND:VCALENDAR\r\n");
        assertEquals(403, todoInCalendar.status());
        assertTrue(todoInCalendar.body().contains("supported-calendar-component"));
        assertEquals(0, dav.alice.calls("put"));
        assertEquals(404, dav.alice("GET", CAL + "bad.ics", null).status());
    }

    @Test
    void hrefsKeepTheNamesClientsChose() throws Exception {
        String name = "Team meeting @ 10 (ü).ics";
        String encoded = "Team%20meeting%20@%2010%20(%C3%BC).ics";
        assertEquals(201, dav.alice("PUT", CAL + encoded,
                DavFixture.event("n1", "Named", "20261209T100000Z", "20261209T110000Z")).status());
        DavFixture.Reply listing = dav.alice("PROPFIND", CAL, """
                <d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>""", "Depth", "1");
        assertTrue(listing.hrefs().contains(CAL + encoded), listing.hrefs().toString());
        assertEquals(200, dav.alice("GET", CAL + encoded, null).status());
        assertTrue(dav.alice("GET", CAL + encoded, null).body().contains("SUMMARY:Named"), name);
    }

    @Test
    void tasksAndContactsTakeTheirOwnFormats() throws Exception {
        String todo = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nUID:t1\r\nSUMMARY:File report\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";
        assertEquals(201, dav.alice("PUT", "/users/alice@example.com/tasks/t1.ics", todo).status());
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:c1\r\nFN:Erin Example\r\nEMAIL:erin@example.org\r\nEND:VCARD\r\n";
        assertEquals(201, dav.alice("PUT", "/users/alice@example.com/contacts/c1.vcf", card,
                "Content-Type", "text/vcard").status());
        assertEquals(415, dav.alice("PUT", "/users/alice@example.com/contacts/c2.vcf", card,
                "Content-Type", "text/calendar").status());
        DavFixture.Reply got = dav.alice("GET", "/users/alice@example.com/contacts/c1.vcf", null);
        assertTrue(got.header("Content-Type").startsWith("text/vcard"));
        assertEquals(405, dav.alice("PUT", "/users/alice@example.com/gal/x.vcf", card).status());
    }

    @Test
    void mkcalendarAndMkcolMakeCollectionsThatProppatchRenames() throws Exception {
        DavFixture.Reply made = dav.alice("MKCALENDAR", "/users/alice@example.com/work/", """
                <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav" xmlns:a="http://apple.com/ns/ical/">
                  <d:set><d:prop><d:displayname>Work</d:displayname><a:calendar-color>#FF0000FF</a:calendar-color>
                  </d:prop></d:set></c:mkcalendar>""");
        assertEquals(201, made.status());
        DavFixture.Reply props = dav.alice("PROPFIND", "/users/alice@example.com/work/", """
                <d:propfind xmlns:d="DAV:" xmlns:a="http://apple.com/ns/ical/"><d:prop><d:displayname/>
                <a:calendar-color/></d:prop></d:propfind>""", "Depth", "0");
        assertEquals("Work", props.texts("DAV:", "displayname").get(0));
        assertEquals("#FF0000FF", props.texts("http://apple.com/ns/ical/", "calendar-color").get(0));

        DavFixture.Reply patched = dav.alice("PROPPATCH", "/users/alice@example.com/work/", """
                <d:propertyupdate xmlns:d="DAV:" xmlns:a="http://apple.com/ns/ical/"><d:set><d:prop>
                <d:displayname>Work stuff</d:displayname><a:calendar-order>3</a:calendar-order></d:prop></d:set>
                </d:propertyupdate>""");
        assertEquals(207, patched.status());
        assertTrue(patched.body().contains("200 OK"));
        DavFixture.Reply refused = dav.alice("PROPPATCH", "/users/alice@example.com/work/", """
                <d:propertyupdate xmlns:d="DAV:" xmlns:x="urn:example:x"><d:set><d:prop>
                <d:displayname>Never</d:displayname><x:odd>1</x:odd></d:prop></d:set></d:propertyupdate>""");
        assertTrue(refused.body().contains("403 Forbidden") && refused.body().contains("424 Failed Dependency"));
        DavFixture.Reply after = dav.alice("PROPFIND", "/users/alice@example.com/work/", """
                <d:propfind xmlns:d="DAV:" xmlns:a="http://apple.com/ns/ical/"><d:prop><d:displayname/>
                <a:calendar-order/></d:prop></d:propfind>""", "Depth", "0");
        assertEquals("Work stuff", after.texts("DAV:", "displayname").get(0));
        assertEquals("3", after.texts("http://apple.com/ns/ical/", "calendar-order").get(0));

        DavFixture.Reply book = dav.alice("MKCOL", "/users/alice@example.com/friends/", """
                <d:mkcol xmlns:d="DAV:" xmlns:cr="urn:ietf:params:xml:ns:carddav"><d:set><d:prop>
                <d:resourcetype><d:collection/><cr:addressbook/></d:resourcetype></d:prop></d:set></d:mkcol>""");
        assertEquals(201, book.status());
        assertEquals(405, dav.alice("MKCOL", "/users/alice@example.com/friends/", null).status());
        DavFixture.Reply home = dav.alice("PROPFIND", "/users/alice@example.com/", null, "Depth", "1");
        assertTrue(home.hrefs().contains("/users/alice@example.com/contacts/friends/"), home.hrefs().toString());
        assertEquals(403, dav.alice("DELETE", "/users/alice@example.com/calendar/", null).status());
        assertEquals(204, dav.alice("DELETE", "/users/alice@example.com/friends/", null).status());
    }
}
