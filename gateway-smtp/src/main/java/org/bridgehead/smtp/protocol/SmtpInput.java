package org.bridgehead.smtp.protocol;

import java.io.EOFException;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Buffered input from one client: bounded command lines and the raw bytes of DATA and BDAT.
 * Before it blocks on the socket it flushes the pending replies: that is what makes
 * pipelining work, since a client's pipelined group is fully answered exactly when
 * the input buffered so far has been consumed.
 */
public final class SmtpInput {

    private static final int BUFFER_SIZE = 16 * 1024;

    private final InputStream in;
    private final int maxLineLength;
    private final Flushable beforeBlocking;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private final byte[] line;
    private int position;
    private int limit;

    /**
     * @param in the socket's input
     * @param maxLineLength the longest line accepted, without its CRLF
     * @param beforeBlocking flushed before every read that could wait for the client
     */
    public SmtpInput(InputStream in, int maxLineLength, Flushable beforeBlocking) {
        if (maxLineLength < 1) {
            throw new IllegalArgumentException("maxLineLength must be positive");
        }
        this.in = in;
        this.maxLineLength = maxLineLength;
        this.beforeBlocking = beforeBlocking;
        this.line = new byte[maxLineLength + 1]; // + 1 for a CR before the LF
    }

    /**
     * Reads one line without its line ending (CRLF, or a bare LF from a lenient client).
     *
     * @return the line decoded byte for byte (ISO-8859-1), or {@code null} at the end of input
     * @throws LineTooLongException after consuming a line over the bound; the input stays usable
     */
    public String readLine() throws IOException {
        int length = 0;
        boolean overflow = false;
        while (true) {
            int b = read();
            if (b < 0) {
                return null;
            }
            if (b == '\n') {
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                if (overflow || length > maxLineLength) {
                    throw new LineTooLongException(maxLineLength);
                }
                return new String(line, 0, length, StandardCharsets.ISO_8859_1);
            }
            if (length < line.length) {
                line[length++] = (byte) b;
            } else {
                overflow = true;
            }
        }
    }

    /**
     * Copies exactly {@code count} bytes to {@code out}, as BDAT sends them (RFC 3030 2).
     *
     * @throws EOFException when the client closes the connection first
     */
    public void copy(long count, OutputStream out) throws IOException {
        long remaining = count;
        while (remaining > 0) {
            if (position == limit && !fill()) {
                throw new EOFException("connection closed inside a BDAT chunk");
            }
            int n = (int) Math.min(remaining, limit - position);
            out.write(buffer, position, n);
            position += n;
            remaining -= n;
        }
    }

    /** Reads one byte, or returns -1 at the end of input. */
    public int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    private boolean fill() throws IOException {
        if (in.available() == 0) {
            beforeBlocking.flush();
        }
        int count = in.read(buffer, 0, buffer.length);
        if (count <= 0) {
            return false;
        }
        position = 0;
        limit = count;
        return true;
    }
}
