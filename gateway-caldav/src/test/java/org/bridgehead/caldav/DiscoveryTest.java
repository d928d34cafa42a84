package org.bridgehead.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiscoveryTest {

    private static final String CALDAV = "urn:ietf:params:xml:ns:caldav";
    private static final String CARDDAV = "urn:ietf:params:xml:ns:carddav";

    private final DavFixture dav;

    DiscoveryTest() throws Exception {
        dav = new DavFixture();
    }

    @AfterEach
    void stop() {
        dav.close();
    }

    @Test
    void optionsAnnouncesCalendarAddressbookAndSchedulingWithoutCredentials() throws Exception {
        DavFixture.Reply reply = dav.send("OPTIONS", "/users/alice@example.com/calendar/", null, null, null);
        assertEquals(200, reply.status());
        String classes = reply.header("DAV");
        assertTrue(classes.contains("1") && classes.contains("calendar-access") && classes.contains("addressbook")
                && classes.contains("calendar-auto-schedule"), classes);
        assertTrue(reply.header("Allow").contains("REPORT"));
    }

    @Test
    void wellKnownRedirectsToTheContextRoot() throws Exception {
        for (String path : new String[] {"/.well-known/caldav", "/.well-known/carddav"}) {
            DavFixture.Reply reply = dav.send("PROPFIND", path, null, null, null);
            assertEquals(301, reply.status());
            assertEquals("/", reply.header("Location"));
        }
    }

    @Test
    void requestsWithoutOrWithWrongCredentialsAreChallenged() throws Exception {
        DavFixture.Reply none = dav.send("PROPFIND", "/", null, null, null);
        assertEquals(401, none.status());
        assertTrue(none.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals(401, dav.send("PROPFIND", "/", "alice", "wrong", null).status());
    }

    @Test
    void discoveryLeadsFromTheRootToThePrincipalAndItsHomes() throws Exception {
        DavFixture.Reply root = dav.alice("PROPFIND", "/", """
                <d:propfind xmlns:d="DAV:"><d:prop><d:current-user-principal/></d:prop></d:propfind>""", "Depth", "0");
        assertEquals(207, root.status());
        assertEquals("/principals/users/alice@example.com/", root.texts("DAV:", "href").get(1));

        DavFixture.Reply principal = dav.alice("PROPFIND", "/principals/users/alice@example.com/", """
                <d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"
                    xmlns:cr="urn:ietf:params:xml:ns:carddav" xmlns:x="urn:example:unknown">
                  <d:prop><c:calendar-home-set/><cr:addressbook-home-set/><c:calendar-user-address-set/>
                    <c:schedule-inbox-URL/><c:schedule-outbox-URL/><x:nothing/></d:prop>
                </d:propfind>""", "Depth", "0");
        assertEquals(207, principal.status());
        String href = "/principals/users/alice@example.com/";
        assertEquals("/users/alice@example.com/", principal.texts(CALDAV, "calendar-home-set").get(0));
        assertEquals("/users/alice@example.com/", principal.texts(CARDDAV, "addressbook-home-set").get(0));
        assertTrue(principal.texts(CALDAV, "calendar-user-address-set").get(0).contains("mailto:alice@example.com"));
        assertEquals("/users/alice@example.com/inbox/", principal.texts(CALDAV, "schedule-inbox-URL").get(0));
        assertEquals("/users/alice@example.com/outbox/", principal.texts(CALDAV, "schedule-outbox-URL").get(0));
        assertEquals("HTTP/1.1 404 Not Found", principal.propStatus(href, "urn:example:unknown", "nothing"));
        assertEquals("HTTP/1.1 200 OK", principal.propStatus(href, CALDAV, "calendar-home-set"));
    }

    @Test
    void theHomeListsDavMailsCollectionsTheSchedulingBoxesAndTheDirectory() throws Exception {
        DavFixture.Reply home = dav.alice("PROPFIND", "/users/alice@example.com/", """
                <d:propfind xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/">
                  <d:prop><d:resourcetype/><d:displayname/><cs:getctag/></d:prop></d:propfind>""", "Depth", "1");
        assertEquals(207, home.status());
        assertTrue(home.hrefs().containsAll(java.util.List.of("/users/alice@example.com/",
                "/users/alice@example.com/calendar/", "/users/alice@example.com/tasks/",
                "/users/alice@example.com/contacts/", "/users/alice@example.com/inbox/",
                "/users/alice@example.com/outbox/", "/users/alice@example.com/gal/")), home.hrefs().toString());
        assertEquals("HTTP/1.1 404 Not Found",
                home.propStatus("/users/alice@example.com/", "http://calendarserver.org/ns/", "getctag"));
        assertEquals("HTTP/1.1 200 OK",
                home.propStatus("/users/alice@example.com/calendar/", "http://calendarserver.org/ns/", "getctag"));
    }

    @Test
    void anotherUsersCalendarIsForbidden() throws Exception {
        assertEquals(403, dav.alice("PROPFIND", "/users/bob@example.com/calendar/", null, "Depth", "0").status());
        assertEquals(403, dav.alice("GET", "/users/bob@example.com/calendar/x.ics", null).status());
        assertEquals(403, dav.alice("PROPFIND", "/principals/users/bob@example.com/", null).status());
    }

    @Test
    void depthInfinityIsRefusedWithThePrecondition() throws Exception {
        DavFixture.Reply reply = dav.alice("PROPFIND", "/users/alice@example.com/", null, "Depth", "infinity");
        assertEquals(403, reply.status());
        assertTrue(reply.body().contains("propfind-finite-depth"));
    }

    @Test
    void anExchangeOutageIs503WithRetryAfterAndNoStackTrace() throws Exception {
        dav.alice("PROPFIND", "/users/alice@example.com/calendar/", null, "Depth", "0");
        dav.alice.setDown(true);
        DavFixture.Reply reply = dav.alice("PROPFIND", "/users/alice@example.com/calendar/", null, "Depth", "1");
        assertEquals(503, reply.status());
        assertNotNull(reply.header("Retry-After"));
        assertFalse(reply.body().contains("Exception"), reply.body());
        assertFalse(reply.body().contains("\tat "), reply.body());
    }

    @Test
    void allpropLeavesCalendarDataOutAndPropnameNamesProperties() throws Exception {
        dav.alice("PUT", "/users/alice@example.com/calendar/a.ics",
                DavFixture.event("a", "Standup", "20261207T090000Z", "20261207T091500Z"), "Content-Type", "text/calendar");
        DavFixture.Reply all = dav.alice("PROPFIND", "/users/alice@example.com/calendar/", """
                <d:propfind xmlns:d="DAV:"><d:allprop/></d:propfind>""", "Depth", "1");
        assertTrue(all.hrefs().contains("/users/alice@example.com/calendar/a.ics"));
        assertFalse(all.body().contains("BEGIN:VEVENT"));
        DavFixture.Reply names = dav.alice("PROPFIND", "/users/alice@example.com/calendar/", """
                <d:propfind xmlns:d="DAV:"><d:propname/></d:propfind>""", "Depth", "0");
        assertTrue(names.body().contains("supported-calendar-component-set"));
    }
}
