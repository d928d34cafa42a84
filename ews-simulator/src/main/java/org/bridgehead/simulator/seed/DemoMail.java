package org.bridgehead.simulator.seed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FlagStatus;
import org.bridgehead.simulator.store.FolderOperationException;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.NewItem;
import org.bridgehead.simulator.store.Person;

/**
 * The demo mailboxes' mail: hand-written messages that exercise what clients trip over (a reply
 * thread, a PDF and a text attachment, HTML, non-ASCII names and subjects, a flag, unread mail)
 * and generated filler, all with fixed dates so that every run is the same.
 */
final class DemoMail {
    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final long SEED = 42L;

    private final FolderTrees trees = new FolderTrees();

    void fill(Mailbox alice, Mailbox bob) throws FolderOperationException, ItemOperationException {
        Person a = DemoPeople.ALICE;
        Person chloe = person("chloe.dubois@example.com");
        Person ethan = person("ethan.miller@example.com");
        long inbox = alice.folder(DistinguishedFolder.INBOX).number();
        long sent = alice.folder(DistinguishedFolder.SENT_ITEMS).number();
        long bridgehead = trees.createPath(alice, inbox, "Projects/Bridgehead", "IPF.Note");
        long reunions = trees.createPath(alice, inbox, "Réunions", "IPF.Note");
        long receipts = trees.createPath(alice, inbox, "Receipts/2025", "IPF.Note");
        long newsletters = trees.createPath(alice, inbox, "Newsletters", "IPF.Note");

        String kickoff = "<kickoff.1@example.com>";
        String reply = "<kickoff.2@example.com>";
        String replyAll = "<kickoff.3@example.com>";
        store(alice, bridgehead, text(chloe, List.of(a, ethan), "Bridgehead kickoff", at(20), kickoff, List.of(),
                "Hi Alice, hi Ethan,\r\n\r\nShall we start the Bridgehead project on Monday?\r\n\r\nChloé\r\n"), true,
                FlagStatus.NOT_FLAGGED);
        store(alice, sent, text(a, List.of(chloe, ethan), "Re: Bridgehead kickoff", at(19), reply, List.of(kickoff),
                "Monday works for me. I will book a room.\r\n\r\nAlice\r\n"), true, FlagStatus.NOT_FLAGGED);
        store(alice, bridgehead, text(ethan, List.of(a, chloe), "Re: Bridgehead kickoff", at(18), replyAll,
                List.of(kickoff, reply), "Count me in. Ethan\r\n"), false, FlagStatus.NOT_FLAGGED);

        store(alice, reunions, text(person("francois.lefevre@example.com"), List.of(a), "Réunion de lundi", at(6),
                "<reunion@example.com>", List.of(), "Bonjour Alice,\r\n\r\nLa réunion de lundi est déplacée à 14h.\r\n"
                        + "\r\nFrançois\r\n"), false, FlagStatus.NOT_FLAGGED);
        store(alice, inbox, text(person("juergen.mueller@example.com"), List.of(a), "Grüße aus München", at(5),
                "<gruesse@example.com>", List.of(), "Hallo Alice,\r\n\r\nviele Grüße aus München!\r\n\r\nJürgen\r\n"),
                true, FlagStatus.FLAGGED);
        store(alice, inbox, html(person("kenji.watanabe@example.com"), a, "会議の議事録", at(4), "<gijiroku@example.com>",
                "<p>アリスさん、</p><p>会議の議事録を送ります。</p><p><b>渡辺</b></p>"), false, FlagStatus.NOT_FLAGGED);
        store(alice, inbox, attachment(person("priya.raman@example.com"), a, "Test plan notes", at(3),
                "<notes@example.com>", "The notes from today's test planning are attached.\r\n", "test-plan.txt",
                "text/plain", "1. Log in\r\n2. Open Inbox\r\n3. Send a message\r\n".getBytes(StandardCharsets.UTF_8)),
                false, FlagStatus.NOT_FLAGGED);
        store(alice, receipts, attachment(person("mateo.rossi@example.com"), a, "Invoice INV-2025-0042", at(90),
                "<invoice42@example.com>", "Please find invoice INV-2025-0042 attached.\r\n", "INV-2025-0042.pdf",
                "application/pdf", DemoFiles.pdf("Invoice INV-2025-0042")), true, FlagStatus.COMPLETE);

        List<Person> colleagues = DemoPeople.all().stream()
                .filter(p -> !p.address().equals(a.address()) && !p.address().equals(DemoPeople.BOB.address()))
                .toList();
        generate(alice, inbox, colleagues, 18, 1);
        generate(alice, bridgehead, colleagues, 8, 2);
        generate(alice, newsletters, colleagues, 8, 3);
        generate(alice, reunions, colleagues, 4, 4);
        generate(alice, receipts, colleagues, 2, 5);
        for (int i = 0; i < 4; i++) {
            Person to = colleagues.get(i * 5);
            store(alice, sent, text(a, List.of(to), "Follow-up " + (i + 1), at(15 - i), "<followup." + i + "@example.com>",
                    List.of(), "Hi " + to.givenName() + ",\r\n\r\njust following up.\r\n\r\nAlice\r\n"), true,
                    FlagStatus.NOT_FLAGGED);
        }

        long bobInbox = bob.folder(DistinguishedFolder.INBOX).number();
        long tickets = trees.createPath(bob, bobInbox, "Support/Tickets", "IPF.Note");
        store(bob, bobInbox, text(a, List.of(DemoPeople.BOB), "Server room access", at(2), "<access@example.com>",
                List.of(), "Bob, can you give Chloé access to the server room?\r\n\r\nAlice\r\n"), false,
                FlagStatus.FLAGGED);
        generate(bob, bobInbox, colleagues, 10, 6);
        generate(bob, tickets, colleagues, 4, 7);
    }

    private static void generate(Mailbox mailbox, long folder, List<Person> senders, int count, long salt)
            throws ItemOperationException {
        Person owner = mailbox.address().equals(DemoPeople.ALICE.address()) ? DemoPeople.ALICE : DemoPeople.BOB;
        new MailGenerator(SEED * 31 + salt, senders, NOW.minus(Duration.ofDays(1)), Duration.ofDays(120))
                .fill(mailbox, folder, owner, count, 0, 0);
    }

    private static void store(Mailbox mailbox, long folder, byte[] mime, boolean read, FlagStatus flag)
            throws ItemOperationException {
        Instant received = MimeDate.of(mime);
        // Sent Items holds the owner's own copies; everything else arrived over SMTP.
        boolean sent = folder == mailbox.folder(DistinguishedFolder.SENT_ITEMS).number();
        NewItem item = sent ? NewItem.of(mime) : NewItem.received(mime);
        mailbox.createItem(folder, item.withRead(read).withFlag(flag).withReceived(received));
    }

    private static Instant at(int daysAgo) {
        return NOW.minus(Duration.ofDays(daysAgo)).minus(Duration.ofMinutes(daysAgo * 37L % 600));
    }

    private static MimeWriter headers(Person from, List<Person> to, String subject, Instant date, String messageId,
                                      List<String> references) {
        MimeWriter w = new MimeWriter();
        w.address("From", from.displayName(), from.address());
        w.header("To", String.join(", ", to.stream().map(p -> MimeWriter.mailbox(p.displayName(), p.address())).toList()));
        w.textHeader("Subject", subject).date(date, PARIS).header("Message-ID", messageId);
        if (!references.isEmpty()) {
            w.header("In-Reply-To", references.get(references.size() - 1));
            w.header("References", String.join(" ", references));
        }
        return w.header("MIME-Version", "1.0");
    }

    private static byte[] text(Person from, List<Person> to, String subject, Instant date, String messageId,
                               List<String> references, String body) {
        return headers(from, to, subject, date, messageId, references)
                .header("Content-Type", "text/plain; charset=\"utf-8\"").header("Content-Transfer-Encoding", "8bit")
                .blankLine().line(body).toBytes();
    }

    private static byte[] html(Person from, Person to, String subject, Instant date, String messageId, String body) {
        return headers(from, List.of(to), subject, date, messageId, List.of())
                .header("Content-Type", "text/html; charset=\"utf-8\"").header("Content-Transfer-Encoding", "8bit")
                .blankLine().line("<html><body>" + body + "</body></html>").toBytes();
    }

    private static byte[] attachment(Person from, Person to, String subject, Instant date, String messageId,
                                     String body, String fileName, String contentType, byte[] content) {
        String boundary = "demo_" + Integer.toHexString(messageId.hashCode());
        return headers(from, List.of(to), subject, date, messageId, List.of())
                .header("Content-Type", "multipart/mixed; boundary=\"" + boundary + "\"").blankLine()
                .boundary(boundary)
                .header("Content-Type", "text/plain; charset=\"utf-8\"").blankLine().line(body)
                .boundary(boundary)
                .header("Content-Type", contentType + "; name=\"" + fileName + "\"")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Content-Transfer-Encoding", "base64").blankLine().base64(content)
                .closeBoundary(boundary).toBytes();
    }

    private static Person person(String address) {
        return DemoPeople.all().stream().filter(p -> p.address().equals(address)).findFirst().orElseThrow();
    }
}
