package org.bridgehead.imap.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.bridgehead.net.fuzz.FuzzBytes;

/** Hostile IMAP input, one piece at a time, from a seeded random source (so a run can be replayed). */
final class ImapInputs {

    /** What a piece of input is, to report what the fuzzer tried. */
    enum Kind { VALID, MUTATED, TRUNCATED, LYING_LITERAL, NON_SYNC_LITERAL, GARBAGE, LONG_LINE, DEEP_NESTING }

    /** Commands a client may send, valid in some state; the raw material of mutation. */
    private static final List<String> COMMANDS = List.of(
            "CAPABILITY", "NOOP", "LOGIN alice secret", "SELECT INBOX", "EXAMINE INBOX", "LIST \"\" *",
            "LIST (SUBSCRIBED RECURSIVEMATCH) \"\" % RETURN (STATUS (MESSAGES))", "LSUB \"\" %",
            "STATUS INBOX (MESSAGES UIDNEXT HIGHESTMODSEQ SIZE)", "FETCH 1:* (FLAGS UID ENVELOPE)",
            "FETCH 1 BODY.PEEK[1.HEADER.FIELDS (FROM)]<0.10>", "UID FETCH 1:* (FLAGS) (CHANGEDSINCE 1)",
            "SEARCH OR FROM a NOT (SUBJECT \"\" SEEN) 1:*", "SEARCH CHARSET UTF-8 TEXT x",
            "SEARCH RETURN (MIN MAX COUNT) ALL", "UID SEARCH MODSEQ 1", "STORE 1 +FLAGS (\\Seen $Kw)",
            "STORE 1 (UNCHANGEDSINCE 1) FLAGS ()", "COPY 1:2 Archive", "MOVE 1 Archive", "EXPUNGE",
            "UID EXPUNGE 1:*", "CREATE fuzz/a", "DELETE fuzz/a", "RENAME fuzz/a fuzz/b", "SUBSCRIBE INBOX",
            "ENABLE CONDSTORE", "ID (\"name\" \"fuzz\")", "NAMESPACE", "CHECK", "CLOSE", "UNSELECT",
            "APPEND INBOX (\\Seen) \"01-Jan-2024 00:00:00 +0000\" {12}\r\nSubject: x\r\n", "IDLE",
            "ENABLE QRESYNC", "SELECT INBOX (QRESYNC (1 1 1:* (1 1)))",
            "UID FETCH 1:* FLAGS (CHANGEDSINCE 1 VANISHED)",
            "SEARCH RETURN (SAVE MIN) ALL", "FETCH $ UID", "SORT (REVERSE SUBJECT DISPLAYFROM) UTF-8 ALL",
            "UID SORT (DATE CC) UTF-8 OR $ SEEN", "THREAD REFERENCES UTF-8 ALL", "UID THREAD ORDEREDSUBJECT UTF-8 1:*");

    private static final List<String> SPECIALS = List.of("(", ")", "{", "}", "[", "]", "\"", "\\", "%", "*", "+",
            "-", ":", ",", " ", "\r", "\n", "\r\n", "\0", "&", "$", "~", "{5}\r\n", "{9+}");

    private final Random random;
    private final FuzzBytes noise;
    private int tags;

    ImapInputs(Random random) {
        this.random = random;
        this.noise = new FuzzBytes(random);
    }

    /** The next piece of input, a whole line (or more) as the wire carries it. */
    byte[] next(Kind kind) {
        String tag = "f" + (++tags) + " ";
        return switch (kind) {
            case VALID -> bytes(tag + pick() + "\r\n");
            case MUTATED -> FuzzBytes.concat(noise.mutate(bytes(tag + pick()), SPECIALS), bytes("\r\n"));
            case TRUNCATED -> FuzzBytes.concat(noise.truncate(bytes(tag + pick())), bytes("\r\n"));
            // Announces more than follows: the server waits for the rest, and the connection ends first.
            case LYING_LITERAL -> bytes(tag + "APPEND INBOX {" + (1000 + random.nextInt(100_000)) + "}\r\nshort\r\n");
            // LITERAL+ with a size the client does not keep to, in either direction.
            case NON_SYNC_LITERAL -> bytes(tag + "LOGIN {" + random.nextInt(40) + "+}\r\n"
                    + "x".repeat(random.nextInt(40)) + " pw\r\n");
            case GARBAGE -> FuzzBytes.concat(noise.garbage(1 + random.nextInt(4096)), bytes("\r\n"));
            case LONG_LINE -> bytes(tag + "SEARCH TEXT " + "a".repeat(20_000 + random.nextInt(200_000)) + "\r\n");
            case DEEP_NESTING -> bytes(tag + "SEARCH " + "(".repeat(50 + random.nextInt(5000)) + "ALL\r\n");
        };
    }

    /** A random kind, valid input about one time in four. */
    Kind kind() {
        Kind[] kinds = Kind.values();
        return random.nextInt(4) == 0 ? Kind.VALID : kinds[1 + random.nextInt(kinds.length - 1)];
    }

    private String pick() {
        return noise.pick(COMMANDS);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
