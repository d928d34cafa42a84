package org.bridgehead.imap.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgehead.imap.testing.ImapTestClient;
import org.bridgehead.imap.testing.ImapTestClient.Response;
import org.bridgehead.imap.testing.ImapTestServer;
import org.bridgehead.imap.testing.InMemoryMail;
import org.bridgehead.imap.testing.TestMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailboxCommandsTest {

    private ImapTestServer server;
    private InMemoryMail mail;
    private ImapTestClient client;

    @BeforeEach
    void start() throws Exception {
        server = ImapTestServer.start();
        mail = server.mailbox("alice");
        client = server.login("alice");
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    @Test
    void listShowsInboxSpecialUseAndChildren() throws Exception {
        client.command("CREATE INBOX/Projects");
        Response list = client.command("LIST \"\" *");
        assertTrue(list.ok());
        assertEquals(List.of("* LIST (\\HasChildren) \"/\" \"INBOX\""), list.lines(" \"INBOX\""));
        assertTrue(list.has("* LIST (\\HasNoChildren) \"/\" \"INBOX/Projects\""));
        assertTrue(list.has("* LIST (\\HasNoChildren \\Sent) \"/\" \"Sent Items\""), list.untagged().toString());
        assertTrue(list.has("(\\HasNoChildren \\Trash) \"/\" \"Deleted Items\""));
        assertTrue(list.has("(\\HasNoChildren \\Drafts) \"/\" \"Drafts\""));
        assertTrue(list.has("(\\HasNoChildren \\Junk) \"/\" \"Junk Email\""));
        assertTrue(list.has("(\\HasNoChildren \\Archive) \"/\" \"Archive\""));
    }

    @Test
    void listPatternsAndDelimiterQuery() throws Exception {
        client.command("CREATE INBOX/Projects/2024");
        Response delimiter = client.command("LIST \"\" \"\"");
        assertEquals(List.of("* LIST (\\Noselect) \"/\" \"\""), delimiter.untagged());
        Response top = client.command("LIST \"\" %");
        assertFalse(top.has("Projects"));
        Response children = client.command("LIST \"INBOX/\" %");
        assertEquals(List.of("* LIST (\\HasChildren) \"/\" \"INBOX/Projects\""), children.untagged());
        Response lowerInbox = client.command("LIST \"\" inbox");
        assertEquals(1, lowerInbox.untagged().size());
    }

    @Test
    void listExtendedSelectsSpecialUseAndReturnsStatus() throws Exception {
        mail.deliver("Inbox", TestMessages.plain("one", "1"));
        Response special = client.command("LIST (SPECIAL-USE) \"\" *");
        assertEquals(5, special.untagged().size(), special.untagged().toString());
        assertFalse(special.has("\"INBOX\""));
        Response status = client.command("LIST \"\" INBOX RETURN (SUBSCRIBED CHILDREN STATUS (MESSAGES UNSEEN))");
        assertTrue(status.has("* LIST (\\HasNoChildren \\Subscribed) \"/\" \"INBOX\""), status.untagged().toString());
        assertTrue(status.has("* STATUS \"INBOX\" (MESSAGES 1 UNSEEN 1)"), status.untagged().toString());
    }

    @Test
    void modifiedUtf7NamesRoundTrip() throws Exception {
        assertTrue(client.command("CREATE \"Caf&AOk-\"").ok());
        assertTrue(mail.exists("Café"));
        assertTrue(client.command("LIST \"\" *").has("\"/\" \"Caf&AOk-\""));
        assertTrue(client.command("SELECT \"Caf&AOk-\"").ok());
    }

    @Test
    void createMakesMissingParentsAndRefusesExisting() throws Exception {
        assertTrue(client.command("CREATE Work/Clients/Acme/").ok());
        assertTrue(mail.exists("Work"));
        assertTrue(mail.exists("Work/Clients/Acme"));
        Response again = client.command("CREATE Work");
        assertTrue(again.tagged().contains("NO [ALREADYEXISTS]"));
        assertTrue(client.command("CREATE inbox").tagged().contains("NO [ALREADYEXISTS]"));
    }

    @Test
    void deleteRemovesFoldersButNotSpecialOnes() throws Exception {
        client.command("CREATE Old");
        assertTrue(client.command("DELETE Old").ok());
        assertFalse(mail.exists("Old"));
        assertTrue(client.command("DELETE Old").tagged().contains("NO [NONEXISTENT]"));
        assertTrue(client.command("DELETE INBOX").tagged().contains("NO [CANNOT]"));
        assertTrue(client.command("DELETE \"Sent Items\"").tagged().contains("NO [CANNOT]"));
    }

    @Test
    void renameMovesFolderAndRefusesInboxAndExistingTargets() throws Exception {
        client.command("CREATE Drafts2");
        client.command("CREATE Target");
        assertTrue(client.command("RENAME Drafts2 Target/Inner").ok());
        assertTrue(mail.exists("Target/Inner"));
        assertFalse(mail.exists("Drafts2"));
        assertTrue(client.command("RENAME INBOX Elsewhere").tagged().contains("NO [CANNOT]"));
        assertTrue(client.command("RENAME Target Archive").tagged().contains("NO [ALREADYEXISTS]"));
        assertTrue(client.command("RENAME Missing Other").tagged().contains("NO [NONEXISTENT]"));
    }

    @Test
    void everyFolderIsSubscribedUntilUnsubscribed() throws Exception {
        Response lsub = client.command("LSUB \"\" *");
        // LSUB carries no child or special-use attributes (RFC 3501 6.3.9), as with Dovecot.
        assertTrue(lsub.has("* LSUB () \"/\" \"Archive\""), lsub.untagged().toString());
        assertTrue(client.command("UNSUBSCRIBE Archive").ok());
        assertFalse(client.command("LSUB \"\" *").has("Archive"));
        assertFalse(client.command("LIST (SUBSCRIBED) \"\" *").has("Archive"));
        try (ImapTestClient other = server.login("alice")) {
            assertFalse(other.command("LSUB \"\" *").has("Archive"));
        }
        assertTrue(client.command("SUBSCRIBE Archive").ok());
        assertTrue(client.command("LSUB \"\" *").has("Archive"));
        assertTrue(client.command("SUBSCRIBE Nowhere").tagged().contains("NO [NONEXISTENT]"));
    }

    @Test
    void lsubListsUnsubscribedParentsOfSubscribedChildrenAsNoselect() throws Exception {
        client.command("CREATE Top/Middle/Leaf");
        client.command("UNSUBSCRIBE Top");
        client.command("UNSUBSCRIBE Top/Middle");
        assertEquals(List.of("* LSUB (\\Noselect) \"/\" \"Top\""), client.command("LSUB \"\" To%").untagged());
        assertEquals(List.of("* LSUB (\\Noselect) \"/\" \"Top/Middle\""), client.command("LSUB \"\" Top/%").untagged());
        assertEquals(List.of("* LSUB () \"/\" \"Top/Middle/Leaf\""), client.command("LSUB \"\" Top/*").untagged());
    }

    @Test
    void statusReportsCountsAndUids() throws Exception {
        long uid = mail.deliver("Inbox", TestMessages.plain("one", "1"));
        mail.deliver("Inbox", TestMessages.plain("two", "2"), org.bridgehead.exchange.mail.SystemFlag.SEEN);
        Response status = client.command("STATUS INBOX (MESSAGES RECENT UIDNEXT UIDVALIDITY UNSEEN)");
        String line = status.lines("* STATUS").get(0);
        assertTrue(line.startsWith("* STATUS \"INBOX\" (MESSAGES 2 RECENT 0 UIDNEXT " + (uid + 2) + " UIDVALIDITY "),
                line);
        assertTrue(line.endsWith(" UNSEEN 1)"), line);
        assertTrue(client.command("STATUS Nowhere (MESSAGES)").tagged().contains("NO [NONEXISTENT]"));
        assertEquals("BAD", client.command("STATUS INBOX (BOGUS)").status());
    }

    @Test
    void namespaceIdAndEnable() throws Exception {
        assertEquals(List.of("* NAMESPACE ((\"\" \"/\")) NIL NIL"), client.command("NAMESPACE").untagged());
        assertEquals(List.of("* ID (\"name\" \"Bridgehead\")"),
                client.command("ID (\"name\" \"test\" \"version\" NIL)").untagged());
        assertTrue(client.command("ID NIL").ok());
        assertEquals(List.of("* ENABLED CONDSTORE"), client.command("ENABLE CONDSTORE X-UNKNOWN").untagged());
        Response again = client.command("ENABLE CONDSTORE");
        assertTrue(again.ok());
        assertEquals(List.of(), again.untagged(), "ENABLED names only what was enabled now");
    }

    @Test
    void examineOpensReadOnly() throws Exception {
        mail.deliver("Inbox", TestMessages.plain("one", "1"));
        Response examine = client.command("EXAMINE INBOX");
        assertTrue(examine.tagged().contains("OK [READ-ONLY]"));
        assertTrue(examine.has("[PERMANENTFLAGS ()]"));
        assertTrue(client.command("STORE 1 +FLAGS (\\Seen)").tagged().contains("NO [READ-ONLY]"));
        client.command("FETCH 1 BODY[]");
        assertFalse(mail.flagsOf("Inbox", 1).has(org.bridgehead.exchange.mail.SystemFlag.SEEN));
    }

    @Test
    void recursiveMatchListsParentsOfSubscribedFoldersWithChildInfo() throws Exception {
        client.command("CREATE Parent/Child");
        client.command("UNSUBSCRIBE Parent");
        Response list = client.command("LIST (SUBSCRIBED RECURSIVEMATCH) \"\" Parent*");
        assertEquals(List.of("* LIST () \"/\" \"Parent\" (CHILDINFO (\"SUBSCRIBED\"))",
                "* LIST (\\Subscribed) \"/\" \"Parent/Child\""), list.untagged());
        Response children = client.command("LIST (SUBSCRIBED) \"\" Parent* RETURN (CHILDREN)");
        assertEquals(List.of("* LIST (\\HasNoChildren \\Subscribed) \"/\" \"Parent/Child\""), children.untagged());
    }
}
