package org.bridgehead.imap.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgehead.exchange.mail.SystemFlag;
import org.bridgehead.imap.testing.ImapTestClient;
import org.bridgehead.imap.testing.ImapTestServer;
import org.bridgehead.imap.testing.InMemoryMail;
import org.bridgehead.imap.testing.TestMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SEARCHRES (RFC 5182): SEARCH RETURN (SAVE) keeps its result as $ for the commands that follow. */
class SearchResultTest {

    private ImapTestServer server;
    private InMemoryMail mail;
    private ImapTestClient client;

    @BeforeEach
    void start() throws Exception {
        server = ImapTestServer.start();
        mail = server.mailbox("alice");
        for (int i = 1; i <= 5; i++) {
            mail.deliver("Inbox", TestMessages.plain("Message " + i, "Body " + i),
                    i % 2 == 0 ? new SystemFlag[] {SystemFlag.FLAGGED} : new SystemFlag[0]);
        }
        client = server.login("alice");
        client.command("SELECT INBOX");
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    @Test
    void savedResultIsUsedByFetchSearchStoreAndCopy() throws Exception {
        assertEquals(List.of(), client.command("FETCH $ (UID)").untagged(), "$ starts empty");
        assertEquals(List.of(), client.command("SEARCH RETURN (SAVE) FLAGGED").untagged(), "SAVE alone answers nothing");
        assertEquals(List.of("* 2 FETCH (UID 2)", "* 4 FETCH (UID 4)"), client.command("FETCH $ (UID)").untagged());
        assertEquals(List.of("* 4 FETCH (UID 4)", "* 2 FETCH (UID 2)").stream().sorted().toList(),
                client.command("UID FETCH $ (UID)").untagged().stream().sorted().toList());
        assertEquals(List.of("* SEARCH 4"), client.command("SEARCH $ 3:5").untagged());
        assertEquals(List.of("* SEARCH 2 4"), client.command("UID SEARCH UID $").untagged());
        assertTrue(client.command("STORE $ +FLAGS.SILENT (\\Seen)").ok());
        assertEquals(List.of("* SEARCH 2 4"), client.command("SEARCH SEEN").untagged());
        assertTrue(client.command("COPY $ Archive").ok());
        assertEquals(2, mail.uids("Archive").size());
    }

    @Test
    void minAndMaxAloneSaveOnlyThemButWithCountEverything() throws Exception {
        client.command("SEARCH RETURN (SAVE MIN) ALL");
        assertEquals(List.of("* 1 FETCH (UID 1)"), client.command("FETCH $ UID").untagged());
        assertTrue(client.command("SEARCH RETURN (SAVE MIN MAX) ALL").has("MIN 1 MAX 5"));
        assertEquals(List.of("* 1 FETCH (UID 1)", "* 5 FETCH (UID 5)"), client.command("FETCH $ UID").untagged());
        assertTrue(client.command("SEARCH RETURN (SAVE MIN COUNT) UNFLAGGED").has("COUNT 3"));
        assertEquals(3, client.command("FETCH $ UID").untagged().size());
    }

    @Test
    void expungedMessagesDropOutAndANewSelectionStartsEmpty() throws Exception {
        client.command("SEARCH RETURN (SAVE) FLAGGED");
        mail.expungeElsewhere("Inbox", 2);
        client.command("NOOP");
        assertEquals(List.of("* 3 FETCH (UID 4)"), client.command("FETCH $ (UID)").untagged());
        client.command("SELECT INBOX");
        assertEquals(List.of(), client.command("FETCH $ (UID)").untagged());
    }

    @Test
    void malformedUsesOfTheResultAreBad() throws Exception {
        client.command("SEARCH RETURN (SAVE) ALL");
        for (String bad : List.of("FETCH $,1 FLAGS", "FETCH $: FLAGS", "SEARCH RETURN (SAVE FOO) ALL",
                "SEARCH RETURN (SAVE) $$")) {
            assertEquals("BAD", client.command(bad).status(), bad);
        }
        assertEquals(5, client.command("FETCH $ UID").untagged().size(), "a BAD SEARCH leaves $ as it was");
        assertTrue(client.command("CAPABILITY").untagged().get(0).contains(" SEARCHRES"));
    }
}
