package org.bridgehead.imap.protocol;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Buffered client input with one byte of look-ahead, shared by the line lexer and literals. */
final class CommandInput extends InputStream {

    private static final int BUFFER_SIZE = 8192;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private int limit;

    CommandInput(InputStream in) {
        this.in = in;
    }

    /** The next byte without consuming it, or -1 at end of stream. */
    int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position] & 0xff;
    }

    @Override
    public int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == limit) {
            if (length >= buffer.length) {
                return in.read(target, offset, length);
            }
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(length, limit - position);
        System.arraycopy(buffer, position, target, offset, n);
        position += n;
        return n;
    }

    /** Consumes exactly {@code count} bytes, keeping nothing. */
    void discard(long count) throws IOException {
        long remaining = count;
        byte[] sink = new byte[BUFFER_SIZE];
        while (remaining > 0) {
            int n = read(sink, 0, (int) Math.min(sink.length, remaining));
            if (n < 0) {
                throw new EOFException("connection closed inside a literal");
            }
            remaining -= n;
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
