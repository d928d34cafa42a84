package org.bridgehead.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The inbound SMTP listener could not bind its address (the EWS port is not the problem). */
public final class SmtpInBindException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    public SmtpInBindException(String message, IOException cause) {
        super(message, cause);
    }
}
