package org.bridgehead.smtp.envelope;

import java.io.IOException;

/** The header section of a message is larger than the bound for reading it. */
public final class HeaderSectionTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public HeaderSectionTooLargeException(int maxBytes) {
        super("header section larger than " + maxBytes + " bytes");
    }
}
