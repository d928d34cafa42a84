package org.bridgehead.simulator.seed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bridgehead.simulator.store.FlagStatus;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.NewItem;
import org.bridgehead.simulator.store.Person;

/**
 * Makes realistic mail, fast and deterministically (the same seed gives the same messages):
 * senders from a directory, subjects in several languages (RFC 2047 encoded), dates spread over
 * months, plain, HTML and multipart/alternative bodies, small attachments, reply threads with
 * In-Reply-To and References, and read, unread and flagged states.
 */
public final class MailGenerator {
    private static final List<String> SUBJECTS = List.of(
            "Quarterly report Q%d", "Invoice #%d", "Build %d failed", "Lunch on Friday?", "Status update week %d",
            "Server maintenance window %d", "Your ticket %d has been updated", "Draft agenda for the offsite",
            "Réunion de lundi", "Grüße aus München", "会議の議事録 %d", "Прогноз продаж на квартал", "Café & croissants",
            "Travel expenses %d", "Release notes v2.%d", "Welcome aboard!", "Contract renewal", "Security review %d",
            "Ålesund trip plans", "Budget 2026 – first numbers");
    private static final List<String> WORDS = List.of("please", "review", "the", "attached", "numbers", "before",
            "our", "meeting", "thanks", "for", "your", "help", "with", "release", "schedule", "customer", "feedback",
            "looks", "good", "we", "should", "discuss", "next", "steps", "tomorrow", "budget", "deadline", "server",
            "migration", "plan", "détails", "größe", "naïve", "draft", "version", "update", "team", "project");
    private static final List<String> GREETINGS = List.of("Hi %s,", "Hello %s,", "Bonjour %s,", "Hallo %s,", "Dear %s,");
    private static final int THREAD_MEMORY = 50;
    private static final int MAX_REFERENCES = 10;
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** A conversation a later message may reply to. */
    private record Conversation(String topic, List<String> references) {
    }

    private final Random random;
    private final List<Person> people;
    private final Instant end;
    private final Duration span;
    private final List<Conversation> conversations = new ArrayList<>();
    private int sequence;

    /**
     * @param seed   the random seed
     * @param people the senders to pick from (at least one)
     * @param end    the time of the newest message
     * @param span   how far back the oldest message goes
     */
    public MailGenerator(long seed, List<Person> people, Instant end, Duration span) {
        if (people.isEmpty()) {
            throw new IllegalArgumentException("a generator needs senders");
        }
        this.random = new Random(seed);
        this.people = List.copyOf(people);
        this.end = end;
        this.span = span;
    }

    /**
     * Stores {@code count} messages addressed to the mailbox's owner in a folder, oldest first.
     *
     * @param large      how many of them carry a large attachment, spread evenly
     * @param largeBytes the size of each large attachment
     */
    public void fill(Mailbox mailbox, long folderNumber, Person recipient, int count, int large, int largeBytes)
            throws ItemOperationException {
        int largeEvery = large <= 0 ? 0 : Math.max(1, count / large);
        for (int i = 0; i < count; i++) {
            boolean isLarge = largeEvery > 0 && i % largeEvery == largeEvery - 1 && i / largeEvery < large;
            GeneratedMessage m = next(recipient, received(i, count), isLarge ? largeBytes : 0);
            mailbox.createItem(folderNumber, NewItem.received(m.mime()).withRead(m.read()).withFlag(m.flag())
                    .withReceived(m.received()));
        }
    }

    /** When the i-th of {@code count} messages arrives: evenly spread over the span, ascending. */
    private Instant received(int i, int count) {
        long step = span.toSeconds() / Math.max(1, count);
        long jitter = step > 1 ? random.nextLong(step) : 0;
        return end.minus(span).plusSeconds(step * i + jitter);
    }

    /**
     * One message.
     *
     * @param largeBytes size of a large attachment to add, 0 for none
     */
    public GeneratedMessage next(Person recipient, Instant received, int largeBytes) {
        sequence++;
        Person sender = people.get(random.nextInt(people.size()));
        if (sender.address().equalsIgnoreCase(recipient.address()) && people.size() > 1) {
            sender = people.get((people.indexOf(sender) + 1) % people.size());
        }
        String messageId = "<" + Long.toHexString(random.nextLong() & Long.MAX_VALUE) + "." + sequence + "@"
                + domain(sender.address()) + ">";
        Conversation replyTo = !conversations.isEmpty() && random.nextInt(5) == 0
                ? conversations.get(random.nextInt(conversations.size())) : null;
        String topic = replyTo != null ? replyTo.topic() : subject();
        MimeWriter w = new MimeWriter();
        w.address("From", sender.displayName(), sender.address());
        w.address("To", recipient.displayName(), recipient.address());
        if (random.nextInt(4) == 0) {
            Person cc = people.get(random.nextInt(people.size()));
            w.address("Cc", cc.displayName(), cc.address());
        }
        w.textHeader("Subject", replyTo != null ? "Re: " + topic : topic);
        w.date(received.minusSeconds(30 + random.nextInt(600)), ZONE);
        w.header("Message-ID", messageId);
        List<String> references = new ArrayList<>();
        if (replyTo != null) {
            references.addAll(replyTo.references());
            w.header("In-Reply-To", references.get(references.size() - 1));
            w.header("References", String.join("\r\n ", references));
        }
        references.add(messageId);
        remember(new Conversation(topic,
                references.subList(Math.max(0, references.size() - MAX_REFERENCES), references.size())));
        if (random.nextInt(20) == 0) {
            w.header("Importance", random.nextBoolean() ? "High" : "Low");
        }
        w.header("MIME-Version", "1.0");
        String text = body(recipient, sender);
        if (largeBytes > 0) {
            byte[] data = new byte[largeBytes];
            random.nextBytes(data);
            mixed(w, text, "archive-" + sequence + ".bin", "application/octet-stream", data);
        } else {
            int kind = random.nextInt(20);
            if (kind < 11) {
                plain(w, text);
            } else if (kind < 15) {
                alternative(w, text);
            } else if (kind < 17) {
                html(w, text);
            } else {
                attachment(w, text);
            }
        }
        boolean read = random.nextInt(10) < 8;
        int f = random.nextInt(100);
        FlagStatus flag = f < 5 ? FlagStatus.FLAGGED : f < 8 ? FlagStatus.COMPLETE : FlagStatus.NOT_FLAGGED;
        return new GeneratedMessage(w.toBytes(), received, read, flag);
    }

    private void remember(Conversation conversation) {
        if (conversations.size() == THREAD_MEMORY) {
            conversations.remove(random.nextInt(THREAD_MEMORY));
        }
        conversations.add(conversation);
    }

    private String subject() {
        String template = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
        return template.contains("%d") ? String.format(template, 1 + random.nextInt(999)) : template;
    }

    private String body(Person recipient, Person sender) {
        StringBuilder b = new StringBuilder();
        String first = recipient.givenName() != null ? recipient.givenName() : recipient.displayName();
        b.append(String.format(GREETINGS.get(random.nextInt(GREETINGS.size())), first)).append("\r\n\r\n");
        int sentences = 2 + random.nextInt(6);
        for (int s = 0; s < sentences; s++) {
            int words = 5 + random.nextInt(10);
            StringBuilder sentence = new StringBuilder();
            for (int i = 0; i < words; i++) {
                sentence.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
            }
            sentence.setCharAt(0, Character.toUpperCase(sentence.charAt(0)));
            b.append(sentence).append(". ");
        }
        b.append("\r\n\r\n").append(sender.displayName()).append("\r\n");
        return b.toString();
    }

    private static void plain(MimeWriter w, String text) {
        w.header("Content-Type", "text/plain; charset=\"utf-8\"").header("Content-Transfer-Encoding", "8bit")
                .blankLine().line(text);
    }

    private static void html(MimeWriter w, String text) {
        w.header("Content-Type", "text/html; charset=\"utf-8\"").header("Content-Transfer-Encoding", "8bit")
                .blankLine().line(toHtml(text));
    }

    private void alternative(MimeWriter w, String text) {
        String boundary = "alt_" + sequence;
        w.header("Content-Type", "multipart/alternative; boundary=\"" + boundary + "\"").blankLine();
        w.boundary(boundary);
        plain(w, text);
        w.boundary(boundary);
        html(w, text);
        w.closeBoundary(boundary);
    }

    private void attachment(MimeWriter w, String text) {
        switch (random.nextInt(3)) {
            case 0 -> mixed(w, text, "notes-" + sequence + ".txt", "text/plain",
                    ("Notes " + sequence + "\r\n" + text).getBytes(StandardCharsets.UTF_8));
            case 1 -> mixed(w, text, "figures-" + sequence + ".csv", "text/csv",
                    ("month,amount\r\njan," + random.nextInt(10_000) + "\r\nfeb," + random.nextInt(10_000) + "\r\n")
                            .getBytes(StandardCharsets.UTF_8));
            default -> mixed(w, text, "report-" + sequence + ".pdf", "application/pdf", DemoFiles.pdf("Report " + sequence));
        }
    }

    private void mixed(MimeWriter w, String text, String fileName, String contentType, byte[] data) {
        String boundary = "mix_" + sequence;
        w.header("Content-Type", "multipart/mixed; boundary=\"" + boundary + "\"").blankLine();
        w.boundary(boundary);
        plain(w, text);
        w.boundary(boundary);
        w.header("Content-Type", contentType + "; name=\"" + fileName + "\"")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Content-Transfer-Encoding", "base64").blankLine().base64(data);
        w.closeBoundary(boundary);
    }

    private static String toHtml(String text) {
        return "<html><head><meta charset=\"utf-8\"></head><body><p>"
                + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r\n\r\n", "</p><p>")
                + "</p></body></html>";
    }

    private static String domain(String address) {
        return address.substring(address.indexOf('@') + 1);
    }
}
