package org.bridgehead.imap.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgehead.imap.testing.ImapTestClient;
import org.bridgehead.imap.testing.ImapTestServer;
import org.bridgehead.imap.testing.InMemoryMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SORT (RFC 5256 3, RFC 5957) and THREAD (RFC 5256 4), answered from header blocks, never bodies. */
class SortAndThreadTest {

    private ImapTestServer server;
    private InMemoryMail mail;
    private ImapTestClient client;

    @BeforeEach
    void start() throws Exception {
        server = ImapTestServer.start();
        mail = server.mailbox("alice");
        // 1: a thread's root; 2: its reply; 3: a reply to a message we do not have, sharing a parent with 4
        deliver("<a@x>", "", "Planning", "Tue, 5 Mar 2024 10:00:00 +0000", "Zed <zed@example.org>");
        deliver("<b@x>", "<a@x>", "Re: Planning", "Tue, 5 Mar 2024 11:00:00 +0000", "amy@example.org");
        deliver("<c@x>", "<gone@x>", "Budget", "Mon, 4 Mar 2024 09:00:00 +0000", "\"Bo\" <bob@example.org>");
        deliver("<d@x>", "<gone@x>", "Re: Budget", "Mon, 4 Mar 2024 08:00:00 +0000", "Cy <cy@example.org>");
        // 5: same base subject as 1, no references: gathered into 1's thread as a reply would be
        deliver("<e@x>", "", "[team] Fwd: planning (fwd)", "Wed, 6 Mar 2024 10:00:00 +0000", "ann@example.org");
        client = server.login("alice");
        client.command("SELECT INBOX");
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    private void deliver(String id, String references, String subject, String date, String from) {
        mail.deliver("Inbox", "Message-ID: " + id + "\r\n" + (references.isEmpty() ? "" : "References: "
                + references + "\r\n") + "Subject: " + subject + "\r\nDate: " + date + "\r\nFrom: " + from
                + "\r\nTo: alice@example.org\r\n\r\nbody\r\n");
    }

    @Test
    void sortsByEachCriterionWithTiesInMailboxOrder() throws Exception {
        assertEquals(List.of("* SORT 4 3 1 2 5"), client.command("SORT (DATE) UTF-8 ALL").untagged());
        assertEquals(List.of("* SORT 5 2 1 3 4"), client.command("SORT (REVERSE DATE) UTF-8 ALL").untagged());
        // Base subjects: BUDGET, BUDGET, PLANNING, PLANNING, PLANNING.
        assertEquals(List.of("* SORT 3 4 1 2 5"), client.command("SORT (SUBJECT) UTF-8 ALL").untagged());
        assertEquals(List.of("* SORT 4 3 1 2 5"), client.command("SORT (SUBJECT DATE) UTF-8 ALL").untagged());
        assertEquals(List.of("* SORT 2 5 3 4 1"), client.command("SORT (FROM) UTF-8 ALL").untagged());
        // Display names where there are: BO, CY, ZED; otherwise the address.
        assertEquals(List.of("* SORT 2 5 3 4 1"), client.command("SORT (DISPLAYFROM) UTF-8 ALL").untagged());
        assertEquals(List.of("* SORT 1 2 3 4 5"), client.command("SORT (TO ARRIVAL) UTF-8 ALL").untagged());
        assertEquals(List.of("* SORT 5 4"), client.command("UID SORT (REVERSE SUBJECT DATE) UTF-8 4:5").untagged());
        assertEquals(List.of("* SORT"), client.command("SORT (SIZE) UTF-8 NOT ALL").untagged());
        // ESORT (RFC 5267): MIN and MAX are the first and last in sort order, ALL keeps the order.
        List<String> esort = client.command("SORT RETURN (MIN MAX ALL COUNT) (REVERSE DATE) UTF-8 ALL").untagged();
        assertEquals(1, esort.size(), esort.toString());
        assertTrue(esort.get(0).matches("\\* ESEARCH \\(TAG \"a\\d+\"\\) MIN 5 MAX 4 ALL 5,2,1,3:4 COUNT 5"), esort.get(0));
        assertTrue(client.command("SORT RETURN (SAVE MIN) (REVERSE DATE) UTF-8 ALL").untagged().get(0).endsWith(" MIN 5"));
        assertEquals(List.of("* 5 FETCH (UID 5)"), client.command("FETCH $ UID").untagged());
        assertEquals(0, mail.contentsRead(), "no body was read");
    }

    @Test
    void threadsByReferencesAndByOrderedSubject() throws Exception {
        // 3 and 4 reply to a missing message: a dummy parent holds them; 5 joins 1 by subject.
        assertEquals(List.of("* THREAD ((4)(3))(1 (2)(5))"),
                client.command("THREAD REFERENCES UTF-8 ALL").untagged());
        assertEquals(List.of("* THREAD (4 3)(1 (2)(5))"),
                client.command("THREAD ORDEREDSUBJECT UTF-8 ALL").untagged());
        assertEquals(List.of("* THREAD (1 2)"), client.command("THREAD REFERENCES UTF-8 1:2").untagged());
        assertEquals(List.of("* THREAD"), client.command("UID THREAD REFERENCES UTF-8 NOT ALL").untagged());
        assertEquals(0, mail.contentsRead(), "no body was read");
    }

    @Test
    void malformedSortAndThreadAreBadAndTheConnectionStaysUsable() throws Exception {
        for (String bad : List.of("SORT () UTF-8 ALL", "SORT (BOGUS) UTF-8 ALL", "SORT (REVERSE) UTF-8 ALL",
                "SORT DATE UTF-8 ALL", "SORT (DATE) UTF-8", "SORT (DATE)", "THREAD BOGUS UTF-8 ALL",
                "THREAD REFERENCES UTF-8", "THREAD", "UID THREAD REFERENCES UTF-8 FOO")) {
            assertEquals("BAD", client.command(bad).status(), bad);
        }
        assertEquals("NO", client.command("SORT (DATE) NO-SUCH-CHARSET ALL").status());
        assertTrue(client.command("NOOP").ok());
        String capabilities = client.command("CAPABILITY").untagged().get(0);
        for (String capability : List.of(" SORT", " SORT=DISPLAY", " ESORT", " THREAD=ORDEREDSUBJECT",
                " THREAD=REFERENCES")) {
            assertTrue(capabilities.contains(capability), capability);
        }
    }
}
