package org.bridgehead.exchange.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * Message bytes of known length that can be read more than once, whether held in memory or
 * spooled to a file, so that large messages flow through without several copies in memory.
 */
public interface Content {

    /** The exact length in bytes. */
    long length();

    /** A fresh stream over the bytes; the caller closes it. */
    InputStream openStream() throws IOException;

    /**
     * The bytes for random access (a MIME parser), read-only and at most 2 GB. Content spooled to a
     * file maps the file, so a large message is not copied onto the heap; this default reads it.
     */
    default ByteBuffer buffer() throws IOException {
        if (length() > Integer.MAX_VALUE - 8) {
            throw new IOException("content of " + length() + " bytes is too large to look into");
        }
        try (InputStream in = openStream()) {
            return ByteBuffer.wrap(in.readNBytes((int) length())).asReadOnlyBuffer();
        }
    }

    static Content of(byte[] bytes) {
        byte[] copy = bytes.clone();
        return new Content() {
            @Override
            public long length() {
                return copy.length;
            }

            @Override
            public InputStream openStream() {
                return new ByteArrayInputStream(copy);
            }

            @Override
            public ByteBuffer buffer() {
                return ByteBuffer.wrap(copy).asReadOnlyBuffer();
            }
        };
    }
}
