package org.bridgehead.simulator.smtp;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads SMTP lines (ending in LF, the CR before it dropped) with a bound on their length. */
final class SmtpLines {
    private final InputStream in;
    private final int maxLineBytes;

    SmtpLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** One line without its CRLF, as raw bytes; null at end of stream before any byte. */
    byte[] readBytes() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (line.size() == 0) {
                    return null;
                }
                throw new EOFException("connection closed inside a line");
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return java.util.Arrays.copyOf(bytes, length);
            }
            if (line.size() == maxLineBytes) {
                throw new LineTooLongException(maxLineBytes);
            }
            line.write(b);
        }
    }

    /** One line as text (commands and replies are ASCII); null at end of stream. */
    String read() throws IOException {
        byte[] bytes = readBytes();
        return bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** A line longer than the bound. */
    static final class LineTooLongException extends IOException {
        LineTooLongException(int limit) {
            super("line longer than " + limit + " bytes");
        }
    }
}
