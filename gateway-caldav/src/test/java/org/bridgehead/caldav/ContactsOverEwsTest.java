package org.bridgehead.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CardDAV over the EWS backend: vCards stored as Exchange contacts and lists, found again by query. */
class ContactsOverEwsTest {

    private static final String CONTACTS = "/users/" + EwsDavFixture.ALICE + "/contacts/";
    private static final String CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:card-1\r\nFN:Carla Diaz\r\n"
            + "N:Diaz;Carla;;;\r\nEMAIL;TYPE=INTERNET,WORK:carla@partner.example\r\nTEL;TYPE=CELL:+49 170 1234567\r\n"
            + "ORG:Partner GmbH;Sales\r\nTITLE:Buyer\r\nBDAY:1985-04-12\r\nNOTE:Met at the fair\r\n"
            + "X-CUSTOM-FIELD:kept\r\nEND:VCARD\r\n";

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
    void aVcardRoundTripsThroughAnExchangeContact() throws Exception {
        DavFixture.Reply put = dav.alice("PUT", CONTACTS + "card-1.vcf", CARD, "Content-Type", "text/vcard",
                "If-None-Match", "*");
        assertEquals(201, put.status(), put.body());
        String body = dav.alice("GET", CONTACTS + "card-1.vcf", null).body();
        assertTrue(body.contains("FN:Carla Diaz"), body);
        assertTrue(body.contains("carla@partner.example"), body);
        assertTrue(body.contains("+49 170 1234567"), body);
        assertTrue(body.contains("Partner GmbH"), body);
        assertTrue(body.contains("UID:card-1"), body);
        assertTrue(body.contains("X-CUSTOM-FIELD:kept"), body);

        DavFixture.Reply found = dav.alice("REPORT", CONTACTS, """
                <cr:addressbook-query xmlns:d="DAV:" xmlns:cr="urn:ietf:params:xml:ns:carddav">
                  <d:prop><d:getetag/><cr:address-data/></d:prop>
                  <cr:filter><cr:prop-filter name="EMAIL"><cr:text-match>carla@</cr:text-match>
                  </cr:prop-filter></cr:filter></cr:addressbook-query>""", "Depth", "1");
        assertEquals(207, found.status(), found.body());
        assertTrue(found.hrefs().contains(CONTACTS + "card-1.vcf"), found.body());

        DavFixture.Reply changed = dav.alice("PUT", CONTACTS + "card-1.vcf", CARD.replace("TITLE:Buyer",
                "TITLE:Head of buying"), "Content-Type", "text/vcard", "If-Match", put.header("ETag"));
        assertEquals(204, changed.status(), changed.body());
        assertTrue(dav.alice("GET", CONTACTS + "card-1.vcf", null).body().contains("Head of buying"));
        assertEquals(412, dav.alice("PUT", CONTACTS + "card-1.vcf", CARD, "Content-Type", "text/vcard",
                "If-Match", put.header("ETag")).status());
        assertEquals(204, dav.alice("DELETE", CONTACTS + "card-1.vcf", null).status());
        assertEquals(404, dav.alice("GET", CONTACTS + "card-1.vcf", null).status());
    }

    @Test
    void aDistributionListKeepsItsMembers() throws Exception {
        String list = "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:list-1\r\nKIND:group\r\nFN:Project team\r\n"
                + "MEMBER:mailto:carla@partner.example\r\nMEMBER:mailto:dan@partner.example\r\nEND:VCARD\r\n";
        DavFixture.Reply put = dav.alice("PUT", CONTACTS + "list-1.vcf", list, "Content-Type", "text/vcard");
        assertEquals(201, put.status(), put.body());
        String body = dav.alice("GET", CONTACTS + "list-1.vcf", null).body();
        assertTrue(body.contains("KIND:group"), body);
        assertTrue(body.contains("mailto:carla@partner.example") && body.contains("mailto:dan@partner.example"), body);
    }
}
