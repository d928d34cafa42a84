package org.bridgehead.simulator.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Byte-level edits of a message's header block that leave every other byte as it was. */
public final class MimeHeaders {
    private MimeHeaders() {
    }

    /** The message without any header of this name (and its continuation lines); the same array if none. */
    public static byte[] withoutHeader(byte[] mime, String name) {
        byte[] prefix = (name + ":").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = null;
        int copiedUpTo = 0;
        int line = 0;
        boolean skipping = false;
        while (line < mime.length) {
            int next = lineEnd(mime, line);
            boolean empty = next - line <= 2 && (mime[line] == '\r' || mime[line] == '\n');
            if (empty) {
                break; // end of the header block
            }
            boolean continuation = mime[line] == ' ' || mime[line] == '\t';
            if (!continuation) {
                skipping = startsWithIgnoreCase(mime, line, prefix);
            }
            if (skipping) {
                if (out == null) {
                    out = new ByteArrayOutputStream(mime.length);
                }
                out.write(mime, copiedUpTo, line - copiedUpTo);
                copiedUpTo = next;
            }
            line = next;
        }
        if (out == null) {
            return mime;
        }
        out.write(mime, copiedUpTo, mime.length - copiedUpTo);
        return out.toByteArray();
    }

    /** The message with header lines (each ending in CRLF) put in front of its first header. */
    public static byte[] withHeadersPrepended(byte[] mime, String headerLines) {
        if (headerLines.isEmpty()) {
            return mime;
        }
        byte[] head = headerLines.getBytes(StandardCharsets.UTF_8);
        byte[] result = new byte[head.length + mime.length];
        System.arraycopy(head, 0, result, 0, head.length);
        System.arraycopy(mime, 0, result, head.length, mime.length);
        return result;
    }

    private static int lineEnd(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n') {
                return i + 1;
            }
        }
        return b.length;
    }

    private static boolean startsWithIgnoreCase(byte[] b, int at, byte[] prefix) {
        if (at + prefix.length > b.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (Character.toLowerCase(b[at + i]) != Character.toLowerCase(prefix[i])) {
                return false;
            }
        }
        return true;
    }
}
