package org.bridgehead.imap.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bridgehead.exchange.mail.SystemFlag;
import org.bridgehead.imap.testing.ImapTestClient;
import org.bridgehead.imap.testing.ImapTestServer;
import org.bridgehead.imap.testing.InMemoryMail;
import org.bridgehead.imap.testing.TestMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The header fetches clients start with are answered from header blocks, never from bodies. */
class HeaderFetchTest {

    private static final String FIRST = TestMessages.plain("First", "Hello there");

    private ImapTestServer server;
    private InMemoryMail mail;
    private ImapTestClient client;

    @BeforeEach
    void start() throws Exception {
        server = ImapTestServer.start();
        mail = server.mailbox("alice");
        mail.deliver("Inbox", FIRST);
        mail.deliver("Inbox", TestMessages.WITH_ATTACHMENT, SystemFlag.SEEN);
        client = server.login("alice");
        client.command("SELECT INBOX");
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    @Test
    void thunderbirdsHeaderFetchReadsNoBodies() throws Exception {
        var fetch = client.command("UID FETCH 1:* (UID RFC822.SIZE FLAGS BODY.PEEK[HEADER.FIELDS (From To Cc Bcc "
                + "Subject Date Message-ID Priority X-Priority References Newsgroups In-Reply-To Content-Type "
                + "Reply-To)])");

        assertEquals("OK", fetch.status());
        assertEquals(2, fetch.untagged().size());
        String first = fetch.untagged().get(0);
        assertTrue(first.startsWith("* 1 FETCH (UID 1 RFC822.SIZE " + FIRST.length() + " FLAGS () BODY[HEADER.FIELDS"),
                first);
        assertTrue(first.contains("Subject: First\r\n"), first);
        assertTrue(first.endsWith("Content-Type: text/plain; charset=us-ascii\r\n\r\n)"), first);
        assertEquals(0, mail.contentsRead());
    }

    @Test
    void envelopeAndWholeHeaderComeFromTheHeaderBlockAsTheyWouldFromTheContent() throws Exception {
        String fromHeaders = client.command("FETCH 2 (ENVELOPE RFC822.HEADER BODY.PEEK[HEADER])").untagged().get(0);
        assertEquals(0, mail.contentsRead());

        String fromContent = client.command("FETCH 2 (ENVELOPE RFC822.HEADER BODY.PEEK[HEADER] BODY.PEEK[TEXT])")
                .untagged().get(0);

        assertTrue(mail.contentsRead() > 0);
        assertTrue(fromContent.startsWith(fromHeaders.substring(0, fromHeaders.length() - 1)), fromContent);
        assertTrue(fromHeaders.contains("\"Report attached\""), fromHeaders);
    }

    @Test
    void aNonPeekHeaderFetchSetsSeen() throws Exception {
        String fetch = client.command("FETCH 1 BODY[HEADER.FIELDS (SUBJECT)]").untagged().get(0);

        assertEquals("* 1 FETCH (BODY[HEADER.FIELDS (SUBJECT)] {18}\r\nSubject: First\r\n\r\n FLAGS (\\Seen))", fetch);
        assertTrue(mail.flagsOf("Inbox", 1).has(SystemFlag.SEEN));
        assertEquals(0, mail.contentsRead());
    }
}
