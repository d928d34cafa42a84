package org.bridgehead.smtp.protocol;

import java.io.IOException;

/** A line exceeded the configured bound; the whole line has been read and dropped. */
public final class LineTooLongException extends IOException {

    private static final long serialVersionUID = 1L;

    public LineTooLongException(int maxLength) {
        super("line longer than " + maxLength + " bytes");
    }
}
