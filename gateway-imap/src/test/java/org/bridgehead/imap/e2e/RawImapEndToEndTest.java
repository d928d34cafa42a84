package org.bridgehead.imap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.bridgehead.imap.testing.ImapTestClient;
import org.bridgehead.imap.testing.ImapTestClient.Response;
import org.bridgehead.imap.testing.TestMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands jakarta.mail does not exercise, sent raw through the gateway to the EWS simulator. */
class RawImapEndToEndTest {

    @TempDir
    Path cache;

    private SimulatedGateway gateway;
    private ImapTestClient client;

    @BeforeEach
    void start() throws Exception {
        gateway = new SimulatedGateway(cache);
        client = new ImapTestClient(gateway.port());
        String plain = Base64.getEncoder().encodeToString(("\0" + SimulatedGateway.ALICE + "\0"
                + SimulatedGateway.PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertTrue(client.command("AUTHENTICATE PLAIN " + plain).ok());
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        gateway.close();
    }

    @Test
    void sessionCommands() throws Exception {
        assertTrue(client.command("CAPABILITY").has("IDLE"));
        assertEquals(List.of("* NAMESPACE ((\"\" \"/\")) NIL NIL"), client.command("NAMESPACE").untagged());
        assertTrue(client.command("ID (\"name\" \"raw\")").has("Bridgehead"));
        assertTrue(client.command("ENABLE UTF8=ACCEPT").ok());
        assertTrue(client.command("NOOP").ok());
        assertTrue(client.command("LOGOUT").has("* BYE"));
    }

    @Test
    void listVariantsAndStatus() throws Exception {
        Response special = client.command("LIST (SPECIAL-USE) \"\" * RETURN (STATUS (MESSAGES))");
        assertTrue(special.has("\\Sent) \"/\" \"Sent Items\""), special.untagged().toString());
        // five sent messages and the requests of alice's three meetings with bob
        assertTrue(special.has("* STATUS \"Sent Items\" (MESSAGES 8)"), special.untagged().toString());
        Response children = client.command("LIST \"\" \"INBOX/%\"");
        assertTrue(children.has("(\\HasChildren) \"/\" \"INBOX/Projects\""), children.untagged().toString());
        assertTrue(children.has("\"INBOX/R&AOk-unions\""), children.untagged().toString());
        Response status = client.command("STATUS \"INBOX/Projects/Bridgehead\" (MESSAGES UNSEEN UIDVALIDITY UIDNEXT)");
        assertTrue(status.lines("* STATUS").get(0).contains("MESSAGES 10"), status.untagged().toString());
        assertTrue(client.command("UNSUBSCRIBE \"INBOX/Newsletters\"").ok());
        assertFalse(client.command("LSUB \"\" *").has("Newsletters"));
        assertTrue(client.command("SUBSCRIBE \"INBOX/Newsletters\"").ok());
        assertTrue(client.command("LSUB \"\" *").has("Newsletters"));
    }

    @Test
    void folderLifecycle() throws Exception {
        assertTrue(client.command("CREATE Scratch/Inner").ok());
        assertTrue(client.command("LIST \"\" Scratch/*").has("\"Scratch/Inner\""));
        assertTrue(client.command("RENAME Scratch/Inner Scratch/Renamed").ok());
        assertTrue(client.command("LIST \"\" Scratch/*").has("\"Scratch/Renamed\""));
        assertTrue(client.command("DELETE Scratch").ok());
        assertTrue(client.command("LIST \"\" Scratch*").untagged().isEmpty());
        assertTrue(client.command("SELECT Scratch").tagged().contains("NO [NONEXISTENT]"));
    }

    @Test
    void messageCommands() throws Exception {
        assertTrue(client.command("CREATE Lab").ok());
        byte[] message = TestMessages.WITH_ATTACHMENT.getBytes(StandardCharsets.US_ASCII);
        Response append = client.commandWithLiteral("APPEND Lab (\\Flagged) ", message, "");
        assertTrue(append.tagged().contains("[APPENDUID "), append.tagged());
        client.commandWithLiteral("APPEND Lab ", TestMessages.plain("Second", "two").getBytes(StandardCharsets.US_ASCII), "");
        Response examine = client.command("EXAMINE Lab");
        assertTrue(examine.has("* 2 EXISTS") && examine.tagged().contains("READ-ONLY"));
        assertTrue(client.command("UNSELECT").ok());
        assertTrue(client.command("SELECT Lab").tagged().contains("READ-WRITE"));
        Response fetch = client.command("FETCH 1 (FLAGS RFC822.SIZE BODYSTRUCTURE BODY.PEEK[])");
        String line = fetch.untagged().get(0);
        assertTrue(line.contains("RFC822.SIZE " + message.length), line);
        assertTrue(line.contains("\"MIXED\""), line);
        assertTrue(line.contains("BODY[] {" + message.length + "}\r\n" + TestMessages.WITH_ATTACHMENT), line);
        assertEquals(List.of("* SEARCH 1"), client.command("SEARCH FLAGGED").untagged());
        assertEquals(List.of("* SEARCH 2"), client.command("SEARCH SUBJECT second").untagged());
        Response uidSearch = client.command("UID SEARCH BODY report");
        assertEquals(1, uidSearch.lines("* SEARCH ").size());
        Response store = client.command("STORE 2 +FLAGS (\\Seen \\Deleted)");
        assertTrue(store.has("\\Deleted"), store.untagged().toString());
        assertTrue(client.command("UID EXPUNGE 1:*").has("* 2 EXPUNGE"));
        assertTrue(client.command("COPY 1 Archive").tagged().contains("[COPYUID "));
        assertTrue(client.command("UID MOVE 1:* Drafts").has("* 1 EXPUNGE"));
        assertTrue(client.command("CHECK").ok());
        assertTrue(client.command("CLOSE").ok());
        assertTrue(client.command("STATUS Lab (MESSAGES)").has("(MESSAGES 0)"));
    }

    @Test
    void idlePushesADeliveredMessage() throws Exception {
        client.command("SELECT INBOX");
        String tag = client.nextTag();
        client.send(tag + " IDLE");
        assertEquals("+ idling", client.readResponseLine());
        gateway.store().mailbox(SimulatedGateway.ALICE).orElseThrow()
                .deliver(TestMessages.plain("Pushed", "now").getBytes(StandardCharsets.US_ASCII));
        assertEquals("* 24 EXISTS", client.readResponseLine()); // 21 messages, bob's 2 meeting answers, the new one
        client.send("DONE");
        assertTrue(client.readUntilTagged(tag).ok());
    }
}
