package org.bridgehead.imap.protocol.mime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

import org.bridgehead.imap.protocol.ImapValue;

/** A read-only range of message bytes, handed out without copying. */
public final class ByteSlice {

    private final byte[] bytes;
    private final int offset;
    private final int length;

    private ByteSlice(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    static ByteSlice of(byte[] bytes, int from, int to) {
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
        return Arrays.copyOfRange(bytes, offset, offset + length);
    }

    public InputStream openStream() {
        return new ByteArrayInputStream(bytes, offset, length);
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, offset, length);
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
