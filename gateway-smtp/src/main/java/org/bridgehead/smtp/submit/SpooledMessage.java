package org.bridgehead.smtp.submit;

import java.io.IOException;
import java.io.InputStream;

/** A received message held in memory or in a private temporary file; readable several times. */
public interface SpooledMessage {

    /** Size in bytes, after dot-unstuffing. */
    long size();

    /** A new stream over the whole message, from its first header byte; the caller closes it. */
    InputStream open() throws IOException;
}
