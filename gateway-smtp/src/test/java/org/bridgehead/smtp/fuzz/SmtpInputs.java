package org.bridgehead.smtp.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.bridgehead.net.fuzz.FuzzBytes;

/**
 * Hostile SMTP client input, drawn from one {@link Random} so a seed replays it exactly: command
 * lines valid and mutated, truncated lines, binary garbage, very long lines, DATA that never ends,
 * BDAT chunks whose size lies, SIZE and addresses out of every range.
 */
final class SmtpInputs {

    /** The kinds of input, for the report. */
    enum Kind { COMMAND, MUTATED, LONG_LINE, GARBAGE, DATA, BDAT_LYING, BDAT_TRUE, AUTH_DIALOG }

    private static final List<String> VERBS = List.of("EHLO", "HELO", "AUTH", "MAIL", "RCPT", "DATA", "BDAT",
            "RSET", "NOOP", "VRFY", "HELP", "QUIT", "STARTTLS", "EXPN", "TURN", "ehlo", "mail", "Rcpt", "BDAT");
    private static final List<String> ADDRESSES = List.of("<bob@example.com>", "<>", "<a@b>", "<\"q uo>ted\"@x.y>",
            "<@route,@r2:c@d.e>", "<jürgen@bücher.example>", "<用户@例子.广告>", "bob@example.com", "<", "<<>>",
            "<a@[127.0.0.1]>", "<" + "x".repeat(300) + "@y.z>", "<a@-b-.c>", "<\u0000@\u00ff>");
    private static final List<String> PARAMETERS = List.of("", " SIZE=10", " SIZE=99999999999999999999", " SIZE=-1",
            " SIZE=", " BODY=8BITMIME", " BODY=BINARYMIME", " BODY=7bit", " SMTPUTF8", " SMTPUTF8=1", " AUTH=<>",
            " NOTIFY=NEVER", " =", " SIZE=1 SIZE=2", " X-" + "p".repeat(40));

    private static final List<String> SPECIALS = List.of("\r", "\n", "\r\n", "\u0000", ".", "<", ">", ":", "=", " ");

    private final Random random;
    private final FuzzBytes noise;

    SmtpInputs(Random random) {
        this.random = random;
        this.noise = new FuzzBytes(random);
    }

    Kind nextKind() {
        Kind[] kinds = Kind.values();
        return kinds[random.nextInt(kinds.length)];
    }

    /** The bytes of one input of the kind; may end without a line end (a truncated command). */
    byte[] next(Kind kind) {
        return switch (kind) {
            case COMMAND -> line(command());
            case MUTATED -> maybeTruncated(noise.mutate(line(command()), SPECIALS));
            case LONG_LINE -> line("NOOP " + printable(2_000 + random.nextInt(random.nextBoolean() ? 5_000 : 600_000)));
            case GARBAGE -> bytes(1 + random.nextInt(random.nextInt(10) == 0 ? 60_000 : 600));
            case DATA -> data();
            case BDAT_LYING -> bdat(true);
            case BDAT_TRUE -> bdat(false);
            case AUTH_DIALOG -> auth();
        };
    }

    private String command() {
        String verb = random.nextInt(8) == 0 ? printable(1 + random.nextInt(12)) : pick(VERBS);
        String argument = switch (verb.toUpperCase(java.util.Locale.ROOT)) {
            case "MAIL" -> "FROM:" + pick(ADDRESSES) + pick(PARAMETERS);
            case "RCPT" -> "TO:" + pick(ADDRESSES) + pick(PARAMETERS);
            case "EHLO", "HELO" -> random.nextBoolean() ? "client.test" : printable(random.nextInt(80));
            case "BDAT" -> pick(List.of("", "x", "-1", "1 LAST", "0 LAST", "99999999999999999999", "5 FIRST"));
            case "AUTH" -> pick(List.of("", "PLAIN", "LOGIN", "CRAM-MD5", "PLAIN =", "PLAIN !!!", "PLAIN "
                    + Base64.getEncoder().encodeToString(bytes(random.nextInt(40)))));
            default -> random.nextBoolean() ? "" : printable(random.nextInt(40));
        };
        return argument.isEmpty() ? verb : verb + " " + argument;
    }

    private byte[] data() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(line("DATA"));
        out.writeBytes(bytes(random.nextInt(random.nextInt(10) == 0 ? 400_000 : 3_000)));
        if (random.nextBoolean()) {
            out.writeBytes("\r\n.\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    /** A chunk whose declared size is off by a little, by a lot, or exact. */
    private byte[] bdat(boolean lying) {
        int actual = random.nextInt(random.nextInt(10) == 0 ? 300_000 : 2_000);
        long declared = !lying ? actual : switch (random.nextInt(3)) {
            case 0 -> Math.max(0, actual - 1 - random.nextInt(50));
            case 1 -> actual + 1 + random.nextInt(50);
            default -> 1_000_000_000L + random.nextInt(1000);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(line("BDAT " + declared + (random.nextBoolean() ? " LAST" : "")));
        out.writeBytes(bytes(actual));
        return out.toByteArray();
    }

    private byte[] auth() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(line(pick(List.of("AUTH LOGIN", "AUTH PLAIN"))));
        for (int i = random.nextInt(4); i > 0; i--) {
            out.writeBytes(line(random.nextBoolean() ? "*" : random.nextBoolean()
                    ? Base64.getEncoder().encodeToString(bytes(random.nextInt(100))) : printable(random.nextInt(100))));
        }
        return out.toByteArray();
    }

    private byte[] maybeTruncated(byte[] input) {
        return random.nextInt(4) == 0 && input.length > 1 ? noise.truncate(input) : input;
    }

    private String printable(int length) {
        return noise.printable(length);
    }

    private byte[] bytes(int length) {
        return noise.garbage(length);
    }

    private <T> T pick(List<T> choices) {
        return noise.pick(choices);
    }

    private static byte[] line(String text) {
        return (text + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
