package org.bridgehead.exchange.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A message's header block: its top-level header fields up to and including the blank line that
 * ends them (the whole message when it has no blank line), as IMAP's BODY[HEADER] gives it.
 */
public final class HeaderBlocks {

    /** Longer header blocks are cut at a line end; real mail stays far below this. */
    public static final int MAX_BYTES = 256 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};

    private HeaderBlocks() {
    }

    /** The header block at the start of a message's content. */
    public static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream(2048);
        boolean lineStart = true;
        boolean blankSoFar = false; // the current line is a lone CR so far
        for (int b; header.size() < MAX_BYTES && (b = in.read()) >= 0; ) {
            header.write(b);
            if (b == '\n' && (lineStart || blankSoFar)) {
                return header.toByteArray();
            }
            blankSoFar = lineStart && b == '\r';
            lineStart = b == '\n';
        }
        return cutAtLineEnd(header.toByteArray());
    }

    /**
     * A header block from the text Exchange keeps for received mail (PR_TRANSPORT_MESSAGE_HEADERS):
     * lines end in CRLF whatever XML made of them, and the block ends with exactly one blank line.
     */
    public static byte[] fromTransportHeaders(String text) {
        StringBuilder normal = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (c == '\n') {
                if (normal.length() == 0 || endsWithLineEnd(normal)) {
                    break; // the first blank line ends the header
                }
                normal.append("\r\n");
                continue;
            }
            normal.append(c);
        }
        if (normal.length() > 0 && !endsWithLineEnd(normal)) {
            normal.append("\r\n");
        }
        normal.append("\r\n");
        return cutAtLineEnd(normal.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean endsWithLineEnd(CharSequence text) {
        int n = text.length();
        return n >= 2 && text.charAt(n - 2) == '\r' && text.charAt(n - 1) == '\n';
    }

    private static byte[] cutAtLineEnd(byte[] header) {
        if (header.length < MAX_BYTES) {
            return header;
        }
        int end = header.length;
        while (end > 0 && header[end - 1] != '\n') {
            end--;
        }
        ByteArrayOutputStream cut = new ByteArrayOutputStream(end + 2);
        cut.write(header, 0, end);
        cut.write(CRLF, 0, CRLF.length);
        return cut.toByteArray();
    }
}
