package org.bridgehead.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.bridgehead.exchange.pim.BusyPeriod;
import org.bridgehead.exchange.pim.ItemRef;
import org.bridgehead.exchange.pim.PimItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchedulingDirectoryTest {

    private static final String CARDDAV = "urn:ietf:params:xml:ns:carddav";
    private static final String CALDAV = "urn:ietf:params:xml:ns:caldav";
    private final DavFixture dav;

    SchedulingDirectoryTest() throws Exception {
        dav = new DavFixture();
        dav.alice.setBusy(DavFixture.BOB, List.of(new BusyPeriod(Instant.parse("2026-12-07T10:00:00Z"),
                Instant.parse("2026-12-07T11:00:00Z"), BusyPeriod.Type.BUSY)));
        dav.alice.setBusy(DavFixture.ALICE, List.of(new BusyPeriod(Instant.parse("2026-12-07T08:00:00Z"),
                Instant.parse("2026-12-07T09:00:00Z"), BusyPeriod.Type.TENTATIVE)));
    }

    @AfterEach
    void stop() {
        dav.close();
    }

    @Test
    void outboxPostAnswersFreeBusyForEveryAttendeeInOneBackendCall() throws Exception {
        DavFixture.Reply reply = dav.alice("POST", "/users/alice@example.com/outbox/", """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                METHOD:REQUEST\r
                BEGIN:VFREEBUSY\r
                UID:fb1\r
                DTSTAMP:20261201T000000Z\r
                DTSTART:20261207T000000Z\r
                DTEND:20261208T000000Z\r
                ORGANIZER:mailto:alice@example.com\r
                ATTENDEE:mailto:bob@example.com\r
                ATTENDEE:mailto:nobody@example.com\r
                END:VFREEBUSY\r
                END:VCALENDAR\r
                """, "Content-Type", "text/calendar");
        assertEquals(200, reply.status());
        assertEquals(1, dav.alice.calls("freeBusy"));
        List<String> statuses = reply.texts(CALDAV, "request-status");
        assertEquals(List.of("2.0;Success", "3.7;Invalid calendar user"), statuses);
        String data = reply.texts(CALDAV, "calendar-data").get(0);
        assertTrue(data.contains("METHOD:REPLY") && data.contains("FREEBUSY;FBTYPE=BUSY:20261207T100000Z/20261207T110000Z"),
                data);
    }

    @Test
    void freeBusyQueryReportsTheUsersBusyTime() throws Exception {
        DavFixture.Reply reply = dav.alice("REPORT", "/users/alice@example.com/calendar/", """
                <c:free-busy-query xmlns:c="urn:ietf:params:xml:ns:caldav">
                  <c:time-range start="20261207T000000Z" end="20261208T000000Z"/></c:free-busy-query>""");
        assertEquals(200, reply.status());
        assertTrue(reply.header("Content-Type").startsWith("text/calendar"));
        assertTrue(reply.body().contains("FREEBUSY;FBTYPE=BUSY-TENTATIVE:20261207T080000Z/20261207T090000Z"), reply.body());
    }

    @Test
    void theSchedulingInboxListsAndDeletesMeetingRequests() throws Exception {
        dav.alice.addToInbox(new PimItem(new ItemRef("req1.ics", "m1", "k1"),
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:m\r\nDTSTART:20261209T100000Z\r\n"
                        + "END:VEVENT\r\nEND:VCALENDAR\r\n"));
        DavFixture.Reply listing = dav.alice("PROPFIND", "/users/alice@example.com/inbox/", """
                <d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>""", "Depth", "1");
        assertTrue(listing.hrefs().contains("/users/alice@example.com/inbox/req1.ics"));
        assertTrue(dav.alice("GET", "/users/alice@example.com/inbox/req1.ics", null).body().contains("METHOD:REQUEST"));
        assertEquals(204, dav.alice("DELETE", "/users/alice@example.com/inbox/req1.ics", null).status());
        assertEquals(404, dav.alice("GET", "/users/alice@example.com/inbox/req1.ics", null).status());
    }

    @Test
    void addressbookQueryFiltersPersonalContacts() throws Exception {
        String book = "/users/alice@example.com/contacts/";
        dav.alice("PUT", book + "erin.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:e\r\nFN:Erin Example\r\n"
                + "EMAIL;TYPE=WORK:erin@example.org\r\nEND:VCARD\r\n");
        dav.alice("PUT", book + "frank.vcf", "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:f\r\nFN:Frank Other\r\nEND:VCARD\r\n");
        DavFixture.Reply reply = dav.alice("REPORT", book, """
                <cr:addressbook-query xmlns:d="DAV:" xmlns:cr="urn:ietf:params:xml:ns:carddav">
                  <d:prop><d:getetag/><cr:address-data/></d:prop>
                  <cr:filter test="anyof"><cr:prop-filter name="EMAIL">
                    <cr:text-match match-type="ends-with">@example.org</cr:text-match></cr:prop-filter></cr:filter>
                </cr:addressbook-query>""", "Depth", "1");
        assertEquals(List.of(book + "erin.vcf"), reply.hrefs());
        assertTrue(reply.texts(CARDDAV, "address-data").get(0).contains("FN:Erin Example"));
        DavFixture.Reply multiget = dav.alice("REPORT", book, """
                <cr:addressbook-multiget xmlns:d="DAV:" xmlns:cr="urn:ietf:params:xml:ns:carddav">
                  <d:prop><cr:address-data/></d:prop><d:href>%sfrank.vcf</d:href></cr:addressbook-multiget>"""
                .formatted(book));
        assertTrue(multiget.texts(CARDDAV, "address-data").get(0).contains("FN:Frank Other"));
    }

    @Test
    void theDirectoryAddressBookIsSearchedReadOnly() throws Exception {
        String gal = "/users/alice@example.com/gal/";
        DavFixture.Reply found = dav.alice("REPORT", gal, """
                <cr:addressbook-query xmlns:d="DAV:" xmlns:cr="urn:ietf:params:xml:ns:carddav">
                  <d:prop><d:getetag/><cr:address-data/></d:prop>
                  <cr:filter><cr:prop-filter name="FN"><cr:text-match match-type="starts-with">car</cr:text-match>
                  </cr:prop-filter></cr:filter></cr:addressbook-query>""", "Depth", "1");
        assertEquals(List.of(gal + "carol@example.com.vcf"), found.hrefs());
        String vcard = found.texts(CARDDAV, "address-data").get(0);
        assertTrue(vcard.contains("FN:Carol Danvers") && vcard.contains("TITLE:Pilot"), vcard);
        DavFixture.Reply got = dav.alice("GET", gal + "carol@example.com.vcf", null);
        assertEquals(200, got.status());
        assertEquals(403, dav.alice("DELETE", gal + "carol@example.com.vcf", null).status());
        DavFixture.Reply listing = dav.alice("PROPFIND", gal, null, "Depth", "1");
        assertEquals(List.of(gal), listing.hrefs());
    }
}
