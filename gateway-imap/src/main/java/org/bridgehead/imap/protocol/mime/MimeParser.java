package org.bridgehead.imap.protocol.mime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the MIME tree of a raw message by finding headers and multipart delimiters in the
 * bytes themselves, so every part is an exact byte range of the stored message. Malformed
 * structure degrades (missing close delimiter: the last part runs to the end; no delimiter:
 * no parts) instead of failing.
 */
final class MimeParser {

    /** Deeper nesting is treated as opaque content; real mail nests a handful of levels. */
    private static final int MAX_DEPTH = 40;
    private static final int NOT_DELIMITER = 0;
    private static final int DELIMITER = 1;
    private static final int CLOSE_DELIMITER = 2;

    private MimeParser() {
    }

    static MimePart parseMessage(ByteBuffer bytes) {
        return parsePart(bytes, 0, bytes.limit(), MediaType.TEXT_PLAIN, 0);
    }

    private static MimePart parsePart(ByteBuffer bytes, int start, int end, MediaType missingDefault, int depth) {
        HeaderBlock header = HeaderBlock.parse(bytes, start, end);
        MediaType type = MediaType.parse(header.value("Content-Type"), missingDefault);
        Optional<String> boundary = type.parameter("boundary").filter(b -> !b.isEmpty());
        if (type.isMultipart() && boundary.isEmpty()) {
            // A multipart without boundary cannot be split; RFC 2045 says treat it as plain text.
            type = MediaType.TEXT_PLAIN;
        }
        List<MimePart> children = List.of();
        Optional<MimePart> encapsulated = Optional.empty();
        if (depth < MAX_DEPTH && type.isMultipart()) {
            MediaType childDefault = type.subtype().equals("digest") ? MediaType.MESSAGE_RFC822 : MediaType.TEXT_PLAIN;
            children = parseChildren(bytes, header.bodyStart(), end, boundary.get(), childDefault, depth);
        } else if (depth < MAX_DEPTH && type.isMessage() && isIdentityEncoded(header)) {
            encapsulated = Optional.of(parsePart(bytes, header.bodyStart(), end, MediaType.TEXT_PLAIN, depth + 1));
        }
        return new MimePart(start, header.bodyStart(), end, header, type, children, encapsulated);
    }

    private static boolean isIdentityEncoded(HeaderBlock header) {
        String encoding = header.value("Content-Transfer-Encoding").orElse("7bit").toLowerCase(Locale.ROOT);
        return encoding.equals("7bit") || encoding.equals("8bit") || encoding.equals("binary");
    }

    private static List<MimePart> parseChildren(ByteBuffer bytes, int bodyStart, int end, String boundary,
                                                MediaType childDefault, int depth) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<MimePart> children = new ArrayList<>();
        int partStart = -1;
        int line = bodyStart;
        while (line < end) {
            int lineEnd = HeaderBlock.lineEnd(bytes, line, end);
            int kind = delimiterKind(bytes, line, lineEnd, delimiter);
            if (kind != NOT_DELIMITER) {
                if (partStart >= 0) {
                    children.add(parsePart(bytes, partStart, contentEndBefore(bytes, line, partStart),
                            childDefault, depth + 1));
                }
                if (kind == CLOSE_DELIMITER) {
                    return children;
                }
                partStart = lineEnd;
            }
            line = lineEnd;
        }
        if (partStart >= 0) {
            children.add(parsePart(bytes, partStart, end, childDefault, depth + 1));
        }
        return children;
    }

    /** A delimiter line is {@code --boundary} then optional blanks; {@code --boundary--} closes. */
    private static int delimiterKind(ByteBuffer bytes, int line, int lineEnd, byte[] delimiter) {
        if (lineEnd - line < delimiter.length) {
            return NOT_DELIMITER;
        }
        for (int i = 0; i < delimiter.length; i++) {
            if (bytes.get(line + i) != delimiter[i]) {
                return NOT_DELIMITER;
            }
        }
        int i = line + delimiter.length;
        int kind = DELIMITER;
        if (i + 1 < lineEnd && bytes.get(i) == '-' && bytes.get(i + 1) == '-') {
            kind = CLOSE_DELIMITER;
            i += 2;
        }
        for (; i < lineEnd; i++) {
            byte b = bytes.get(i);
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return NOT_DELIMITER;
            }
        }
        return kind;
    }

    /** The line break before a delimiter belongs to the delimiter (RFC 2046 5.1.1). */
    private static int contentEndBefore(ByteBuffer bytes, int delimiterLine, int partStart) {
        int contentEnd = delimiterLine;
        if (contentEnd > partStart && bytes.get(contentEnd - 1) == '\n') {
            contentEnd--;
            if (contentEnd > partStart && bytes.get(contentEnd - 1) == '\r') {
                contentEnd--;
            }
        }
        return contentEnd;
    }
}
