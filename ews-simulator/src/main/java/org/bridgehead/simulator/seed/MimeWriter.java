package org.bridgehead.simulator.seed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/**
 * Writes MIME text fast, with a StringBuilder: headers (non-ASCII text as RFC 2047 encoded words),
 * addresses, dates, multipart boundaries and base64 bodies. Lines end in CRLF.
 */
final class MimeWriter {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);
    /** Encoded words may be 75 characters long; this many UTF-8 bytes fit with the UTF-8 B prefix. */
    private static final int WORD_BYTES = 39;

    private final StringBuilder b = new StringBuilder(2048);

    MimeWriter header(String name, String value) {
        b.append(name).append(": ").append(value).append("\r\n");
        return this;
    }

    /** A header of free text, encoded when it is not plain ASCII. */
    MimeWriter textHeader(String name, String text) {
        return header(name, encodeWord(text));
    }

    MimeWriter address(String name, String displayName, String address) {
        return header(name, mailbox(displayName, address));
    }

    MimeWriter date(Instant instant, ZoneId zone) {
        return header("Date", DATE.format(instant.atZone(zone)));
    }

    MimeWriter blankLine() {
        b.append("\r\n");
        return this;
    }

    MimeWriter line(String text) {
        b.append(text).append("\r\n");
        return this;
    }

    MimeWriter boundary(String boundary) {
        return line("--" + boundary);
    }

    MimeWriter closeBoundary(String boundary) {
        return line("--" + boundary + "--");
    }

    /** Base64 in 76-character lines. */
    MimeWriter base64(byte[] data) {
        String encoded = Base64.getEncoder().encodeToString(data);
        for (int i = 0; i < encoded.length(); i += 76) {
            b.append(encoded, i, Math.min(encoded.length(), i + 76)).append("\r\n");
        }
        return this;
    }

    byte[] toBytes() {
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String mailbox(String displayName, String address) {
        if (displayName == null || displayName.isEmpty()) {
            return address;
        }
        return (isAscii(displayName) ? "\"" + displayName + "\"" : encodeWord(displayName)) + " <" + address + ">";
    }

    /** RFC 2047 B-encoding in words of whole characters, or the text itself when it is ASCII. */
    static String encodeWord(String text) {
        if (isAscii(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int bytes = 0;
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + size > WORD_BYTES) {
                    break;
                }
                bytes += size;
                end += Character.charCount(cp);
            }
            if (out.length() > 0) {
                out.append("\r\n ");
            }
            out.append("=?UTF-8?B?").append(Base64.getEncoder()
                    .encodeToString(text.substring(start, end).getBytes(StandardCharsets.UTF_8))).append("?=");
            start = end;
        }
        return out.toString();
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
