package org.bridgehead.imap.protocol.mime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;

import org.bridgehead.imap.protocol.ImapValue;

/**
 * A read-only range of message bytes, handed out without copying (the bytes may be a mapping of
 * a spooled file, so a slice of a large message is written out in bounded pieces).
 */
public final class ByteSlice {

    private static final int COPY_BUFFER = 64 * 1024;

    private final ByteBuffer bytes;
    private final int offset;
    private final int length;

    private ByteSlice(ByteBuffer bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    static ByteSlice of(ByteBuffer bytes, int from, int to) {
        return new ByteSlice(bytes, from, to - from);
    }

    public int length() {
        return length;
    }

    /** The {@code <offset.length>} sub-range; empty when the origin lies beyond the end (RFC 3501 6.4.5). */
    public ByteSlice partial(long partialOffset, long partialLength) {
        int start = (int) Math.min(partialOffset, length);
        int size = (int) Math.min(partialLength, length - start);
        return new ByteSlice(bytes, offset + start, size);
    }

    public byte[] toByteArray() {
        byte[] copy = new byte[length];
        bytes.get(offset, copy);
        return copy;
    }

    public InputStream openStream() {
        ByteBuffer range = bytes.slice(offset, length);
        return new InputStream() {
            @Override
            public int read() {
                return range.hasRemaining() ? range.get() & 0xff : -1;
            }

            @Override
            public int read(byte[] into, int at, int count) {
                if (count == 0) {
                    return 0;
                }
                if (!range.hasRemaining()) {
                    return -1;
                }
                int n = Math.min(count, range.remaining());
                range.get(into, at, n);
                return n;
            }
        };
    }

    public void writeTo(OutputStream out) throws IOException {
        byte[] buffer = new byte[Math.min(COPY_BUFFER, length)];
        for (int done = 0; done < length; ) {
            int n = Math.min(buffer.length, length - done);
            bytes.get(offset + done, buffer, 0, n);
            out.write(buffer, 0, n);
            done += n;
        }
    }

    /** The slice as a literal response value. */
    public ImapValue toLiteral() {
        return new ImapValue.Literal(length, this::writeTo);
    }

    @Override
    public String toString() {
        return "ByteSlice[" + length + " bytes]";
    }
}
