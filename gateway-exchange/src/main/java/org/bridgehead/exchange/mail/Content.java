package org.bridgehead.exchange.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Message bytes of known length that can be read more than once, whether held in memory or
 * spooled to a file, so that large messages flow through without several copies in memory.
 */
public interface Content {

    /** The exact length in bytes. */
    long length();

    /** A fresh stream over the bytes; the caller closes it. */
    InputStream openStream() throws IOException;

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
        };
    }
}
