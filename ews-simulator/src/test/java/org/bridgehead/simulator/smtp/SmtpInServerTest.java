package org.bridgehead.simulator.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.MailLimits;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inbound SMTP listener over a real socket. */
class SmtpInServerTest {
    private SimulatorStore store;
    private Mailbox alice;
    private Mailbox bob;
    private SmtpInServer server;

    @BeforeEach
    void start() {
        store = new SimulatorStore();
        alice = store.addUser("alice@example.com", "Alice Archer", "demo");
        bob = store.addUser("bob@example.com", "Bob Baker", "demo");
        server = SmtpInServer.start("127.0.0.1", 0, store);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<ItemState> inbox(Mailbox mailbox) throws Exception {
        return mailbox.items(mailbox.folder(DistinguishedFolder.INBOX).number());
    }

    @Test
    void messageForTwoUsersLandsUnstuffedInBothInboxesWithReceivedHeader() throws Exception {
        try (SmtpClient smtp = new SmtpClient(server.address())) {
            assertTrue(smtp.reply().startsWith("220 "));
            assertTrue(smtp.send("EHLO mail.example.org").startsWith("250 "));
            assertTrue(smtp.send("MAIL FROM:<carol@example.org> SIZE=200").startsWith("250 "));
            assertTrue(smtp.send("RCPT TO:<alice@example.com>").startsWith("250 "));
            assertTrue(smtp.send("RCPT TO:<BOB@example.com>").startsWith("250 "));
            assertTrue(smtp.send("DATA").startsWith("354 "));
            assertTrue(smtp.send("From: carol@example.org\r\nSubject: dots\r\n\r\n..leading dot\r\nend\r\n.")
                    .startsWith("250 "));
            assertTrue(smtp.send("QUIT").startsWith("221 "));
        }
        String received = new String(inbox(alice).get(0).mime(), StandardCharsets.US_ASCII);
        assertTrue(received.startsWith("Received: from mail.example.org ([127.0.0.1])"), received);
        assertTrue(received.endsWith("Subject: dots\r\n\r\n.leading dot\r\nend\r\n"), received);
        assertEquals(1, inbox(bob).size());
        assertFalse(inbox(alice).get(0).read(), "new mail arrives unread");
    }

    @Test
    void unknownLocalRecipientGets550AndOthersStillReceive() throws Exception {
        try (SmtpClient smtp = new SmtpClient(server.address())) {
            smtp.reply();
            smtp.send("HELO mail.example.org");
            smtp.send("MAIL FROM:<carol@example.org>");
            assertTrue(smtp.send("RCPT TO:<nobody@example.com>").startsWith("550 5.1.1 "));
            assertTrue(smtp.send("RCPT TO:<alice@example.com>").startsWith("250 "));
            smtp.send("DATA");
            assertTrue(smtp.send("Subject: hi\r\n\r\nhello\r\n.").startsWith("250 "));
        }
        assertEquals(1, inbox(alice).size());
    }

    @Test
    void commandsOutOfOrderAreRefusedAndRsetForgetsTheTransaction() throws Exception {
        try (SmtpClient smtp = new SmtpClient(server.address())) {
            smtp.reply();
            assertTrue(smtp.send("MAIL FROM:<carol@example.org>").startsWith("503 "), "EHLO comes first");
            smtp.send("EHLO mail.example.org");
            assertTrue(smtp.send("RCPT TO:<alice@example.com>").startsWith("503 "));
            assertTrue(smtp.send("DATA").startsWith("503 "));
            smtp.send("MAIL FROM:<carol@example.org>");
            smtp.send("RCPT TO:<alice@example.com>");
            assertTrue(smtp.send("RSET").startsWith("250 "));
            assertTrue(smtp.send("DATA").startsWith("503 "), "RSET dropped the recipients");
            assertTrue(smtp.send("NOOP").startsWith("250 "));
            assertTrue(smtp.send("VRFY alice").startsWith("500 "));
        }
        assertTrue(inbox(alice).isEmpty());
    }

    @Test
    void messageOverTheSizeLimitIsRefusedWith552() throws Exception {
        store.setLimits(new MailLimits(100, MailLimits.DEFAULT.mailboxQuotaBytes()));
        try (SmtpClient smtp = new SmtpClient(server.address())) {
            smtp.reply();
            smtp.send("EHLO mail.example.org");
            assertTrue(smtp.send("MAIL FROM:<carol@example.org> SIZE=5000").startsWith("552 "));
            smtp.send("MAIL FROM:<carol@example.org>");
            smtp.send("RCPT TO:<alice@example.com>");
            smtp.send("DATA");
            assertTrue(smtp.send("Subject: big\r\n\r\n" + "x".repeat(300) + "\r\n.").startsWith("552 "));
            assertTrue(smtp.send("NOOP").startsWith("250 "), "the session goes on after a refused message");
        }
        assertTrue(inbox(alice).isEmpty());
    }
}
