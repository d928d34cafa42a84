package org.bridgehead.imap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.bridgehead.imap.testing.ImapTestClient;
import org.bridgehead.imap.testing.ImapTestClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What RFC822.SIZE costs with and without bridgehead.imap.exact.sizes. */
class MessageSizeTest {

    @TempDir
    Path cache;

    private static Response sizesOfInbox(SimulatedGateway gateway) throws Exception {
        try (ImapTestClient client = new ImapTestClient(gateway.port())) {
            assertTrue(client.command("LOGIN " + SimulatedGateway.ALICE + " " + SimulatedGateway.PASSWORD).ok());
            assertTrue(client.command("SELECT INBOX").ok());
            Response sizes = client.command("UID FETCH 1:* (UID RFC822.SIZE)");
            assertTrue(sizes.ok(), sizes.tagged());
            return sizes;
        }
    }

    @Test
    void estimatedSizesNeedNoDownload() throws Exception {
        try (SimulatedGateway gateway = new SimulatedGateway(cache)) {
            Response sizes = sizesOfInbox(gateway);

            assertTrue(sizes.lines("FETCH").size() >= 20, sizes.untagged().toString());
            assertEquals(0, gateway.ewsCalls("GetItem"));
        }
    }

    @Test
    void exactSizesDownloadTheMessagesInBatches() throws Exception {
        try (SimulatedGateway gateway = new SimulatedGateway(cache, true)) {
            Response sizes = sizesOfInbox(gateway);

            assertTrue(sizes.lines("FETCH").size() >= 20, sizes.untagged().toString());
            assertEquals(1, gateway.ewsCalls("GetItem")); // the demo Inbox fits one batch of 100
        }
    }
}
