package org.bridgehead.imap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.bridgehead.imap.testing.ImapTestClient;
import org.bridgehead.imap.testing.ImapTestClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What SORT and THREAD cost in EWS calls over the simulator: header blocks once, never a body. */
class SortThreadCostTest {

    @TempDir
    Path cache;

    @Test
    void sortAndThreadReadHeaderBlocksOnceAndNoBodies() throws Exception {
        try (SimulatedGateway gateway = new SimulatedGateway(cache);
                ImapTestClient client = new ImapTestClient(gateway.port())) {
            assertTrue(client.command("LOGIN " + SimulatedGateway.ALICE + " " + SimulatedGateway.PASSWORD).ok());
            assertTrue(client.command("SELECT INBOX").ok());
            long before = gateway.ewsCalls("GetItem");
            Response arrival = client.command("SORT (REVERSE ARRIVAL SIZE) UTF-8 ALL");
            assertTrue(arrival.ok(), arrival.tagged());
            assertEquals(before, gateway.ewsCalls("GetItem"), "ARRIVAL and SIZE come from the index alone");
            Response subject = client.command("SORT (SUBJECT FROM DATE) UTF-8 ALL");
            assertTrue(subject.ok() && subject.has("* SORT "), subject.untagged().toString());
            long afterHeaders = gateway.ewsCalls("GetItem");
            // The demo Inbox fits one header batch; the blocks are then kept in the folder index.
            assertEquals(before + 1, afterHeaders);
            assertTrue(client.command("THREAD REFERENCES UTF-8 ALL").has("* THREAD ("));
            assertTrue(client.command("THREAD ORDEREDSUBJECT UTF-8 ALL").has("* THREAD ("));
            assertTrue(client.command("UID SORT (DISPLAYTO CC) UTF-8 ALL").ok());
            assertEquals(afterHeaders, gateway.ewsCalls("GetItem"), "headers come from the index after that");
            System.out.println("SORT/THREAD EWS GetItem calls: " + (afterHeaders - before)
                    + " for the first header-key SORT, 0 for ARRIVAL/SIZE and for every later SORT or THREAD");
        }
    }
}
