package org.bridgehead.smtp.protocol;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One SMTP reply: a three-digit code, an optional enhanced status code (RFC 3463, repeated on
 * every line as RFC 2034 asks) and one or more lines of text.
 *
 * @param code the reply code, 200 to 599
 * @param status the enhanced status code such as {@code 2.1.0}, or {@code null} for replies
 *     that carry none (greeting, EHLO, HELO, AUTH challenges)
 * @param lines the text lines, none containing CR or LF
 */
public record SmtpReply(int code, String status, List<String> lines) {

    private static final Pattern STATUS = Pattern.compile("[245]\\.\\d{1,3}\\.\\d{1,3}");

    public SmtpReply {
        if (code < 200 || code > 599) {
            throw new IllegalArgumentException("reply code out of range: " + code);
        }
        if (status != null && (!STATUS.matcher(status).matches() || status.charAt(0) != Character.forDigit(code / 100, 10))) {
            throw new IllegalArgumentException("enhanced status " + status + " does not fit code " + code);
        }
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a reply has at least one line");
        }
        for (String line : lines) {
            if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("reply text must not break lines");
            }
        }
    }

    /** A one-line reply with an enhanced status code. */
    public static SmtpReply of(int code, String status, String text) {
        return new SmtpReply(code, status, List.of(text));
    }

    /** A one-line reply without an enhanced status code. */
    public static SmtpReply plain(int code, String text) {
        return new SmtpReply(code, null, List.of(text));
    }

    /** True for 4xx and 5xx replies. */
    public boolean isFailure() {
        return code >= 400;
    }

    /** The reply as sent, first line only, for the log. */
    public String firstLine() {
        return code + " " + prefix() + lines.get(0);
    }

    /** Writes the reply in wire form; the caller flushes. */
    public void writeTo(OutputStream out) throws IOException {
        StringBuilder wire = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            wire.append(code).append(last ? ' ' : '-').append(prefix()).append(lines.get(i)).append("\r\n");
        }
        // What a reply echoes is ASCII, or an address of an SMTPUTF8 transaction, decoded from UTF-8.
        out.write(wire.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String prefix() {
        return status == null ? "" : status + " ";
    }
}
