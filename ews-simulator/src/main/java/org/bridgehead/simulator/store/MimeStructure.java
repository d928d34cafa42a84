package org.bridgehead.simulator.store;

import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.ParseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds a message's attachments by walking its multipart structure over the stored bytes, without
 * copying them: every leaf that is not a message body (a text/plain or text/html part without a
 * file name and not marked as attachment) is an attachment, in document order.
 */
final class MimeStructure {
    /** Deeper nesting than this is not searched; real mail nests a few levels. */
    private static final int MAX_DEPTH = 20;

    /** An attachment's place in the message: its headers and body bytes. */
    record Leaf(HeaderBlock headers, int bodyStart, int bodyEnd) {
    }

    private MimeStructure() {
    }

    /** The attachment leaves, in document order. */
    static List<Leaf> attachments(byte[] mime) {
        List<Leaf> result = new ArrayList<>();
        HeaderBlock top = HeaderBlock.parse(mime, 0, mime.length);
        collect(mime, top, top.bodyStart(), mime.length, result, 0, true);
        return result;
    }

    static List<AttachmentInfo> describe(byte[] mime) {
        List<AttachmentInfo> result = new ArrayList<>();
        for (Leaf leaf : attachments(mime)) {
            HeaderBlock h = leaf.headers();
            ContentType type = contentType(h);
            String disposition = dispositionType(h);
            result.add(new AttachmentInfo(result.size(), fileName(mime, leaf, type), type.getBaseType().toLowerCase(Locale.ROOT),
                    contentId(h), decodedSize(mime, leaf, h.get("Content-Transfer-Encoding")),
                    "inline".equals(disposition)));
        }
        return result;
    }

    private static void collect(byte[] mime, HeaderBlock headers, int from, int to, List<Leaf> into, int depth,
                                boolean top) {
        ContentType type = contentType(headers);
        if (type.getPrimaryType().equalsIgnoreCase("multipart")) {
            String boundary = type.getParameter("boundary");
            if (boundary == null || depth >= MAX_DEPTH) {
                return;
            }
            for (int[] part : parts(mime, from, to, boundary)) {
                HeaderBlock partHeaders = HeaderBlock.parse(mime, part[0], part[1]);
                collect(mime, partHeaders, partHeaders.bodyStart(), part[1], into, depth + 1, false);
            }
            return;
        }
        if (top) {
            return;
        }
        boolean attachment = "attachment".equals(dispositionType(headers));
        boolean named = fileNameParameter(headers, type) != null;
        boolean body = type.match("text/plain") || type.match("text/html");
        if (attachment || named || !body) {
            into.add(new Leaf(headers, from, to));
        }
    }

    /** The [start, end) ranges of a multipart body's parts; an end excludes the CRLF before the boundary. */
    private static List<int[]> parts(byte[] mime, int from, int to, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        List<int[]> result = new ArrayList<>();
        int partStart = -1;
        int line = from;
        while (line < to) {
            int next = line;
            while (next < to && mime[next] != '\n') {
                next++;
            }
            int lineEnd = next;
            next = Math.min(to, next + 1);
            if (startsWith(mime, line, lineEnd, delimiter)) {
                int end = line;
                if (end > from && mime[end - 1] == '\n') {
                    end--;
                    if (end > from && mime[end - 1] == '\r') {
                        end--;
                    }
                }
                if (partStart >= 0) {
                    result.add(new int[] {partStart, Math.max(partStart, end)});
                }
                boolean closing = lineEnd - line >= delimiter.length + 2 && mime[line + delimiter.length] == '-'
                        && mime[line + delimiter.length + 1] == '-';
                if (closing) {
                    return result;
                }
                partStart = next;
            }
            line = next;
        }
        if (partStart >= 0 && partStart < to) {
            result.add(new int[] {partStart, to}); // unterminated multipart: the last part runs to the end
        }
        return result;
    }

    private static boolean startsWith(byte[] b, int at, int lineEnd, byte[] prefix) {
        if (lineEnd - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static ContentType contentType(HeaderBlock h) {
        String value = h.get("Content-Type");
        try {
            return value == null ? new ContentType("text", "plain", null) : new ContentType(value);
        } catch (ParseException e) {
            return new ContentType("application", "octet-stream", null);
        }
    }

    private static String dispositionType(HeaderBlock h) {
        String value = h.get("Content-Disposition");
        if (value == null) {
            return null;
        }
        try {
            return new ContentDisposition(value).getDisposition().toLowerCase(Locale.ROOT);
        } catch (ParseException e) {
            return null;
        }
    }

    private static String fileNameParameter(HeaderBlock h, ContentType type) {
        String value = h.get("Content-Disposition");
        if (value != null) {
            try {
                String name = new ContentDisposition(value).getParameter("filename");
                if (name != null) {
                    return name;
                }
            } catch (ParseException e) {
                // fall back to the Content-Type name parameter
            }
        }
        return type.getParameter("name");
    }

    /** The file name; an attached message without one is named by its subject, as Exchange names it. */
    private static String fileName(byte[] mime, Leaf leaf, ContentType type) {
        String name = fileNameParameter(leaf.headers(), type);
        if (name != null) {
            return EncodedWords.decode(name);
        }
        if (type.match("message/rfc822")) {
            String subject = HeaderBlock.parse(mime, leaf.bodyStart(), leaf.bodyEnd()).get("Subject");
            return subject == null ? "Untitled message" : EncodedWords.decode(subject);
        }
        return "Untitled attachment";
    }

    private static String contentId(HeaderBlock h) {
        String id = h.get("Content-ID");
        if (id == null) {
            return null;
        }
        id = id.trim();
        return id.startsWith("<") && id.endsWith(">") ? id.substring(1, id.length() - 1) : id;
    }

    /** The decoded size, computed from the encoded bytes without decoding them. */
    private static long decodedSize(byte[] mime, Leaf leaf, String encoding) {
        String e = encoding == null ? "" : encoding.trim().toLowerCase(Locale.ROOT);
        if (e.equals("base64")) {
            long chars = 0;
            int padding = 0;
            for (int i = leaf.bodyStart(); i < leaf.bodyEnd(); i++) {
                byte c = mime[i];
                if (c == '=') {
                    padding++;
                } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                        || c == '/') {
                    chars++;
                }
            }
            return (chars + padding) / 4 * 3 - Math.min(padding, 2);
        }
        if (e.equals("quoted-printable")) {
            long size = 0;
            for (int i = leaf.bodyStart(); i < leaf.bodyEnd(); i++) {
                if (mime[i] == '=') {
                    boolean softBreak = i + 1 < leaf.bodyEnd() && (mime[i + 1] == '\r' || mime[i + 1] == '\n');
                    i += softBreak ? (mime[i + 1] == '\r' ? 2 : 1) : 2;
                    size += softBreak ? 0 : 1;
                } else {
                    size++;
                }
            }
            return size;
        }
        return leaf.bodyEnd() - leaf.bodyStart();
    }
}
