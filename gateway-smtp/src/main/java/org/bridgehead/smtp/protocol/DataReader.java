package org.bridgehead.smtp.protocol;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Reads the text after DATA up to the terminating {@code CRLF.CRLF}, removing the dot that
 * the client added to lines starting with a dot (RFC 5321 4.5.2). Every other byte is kept
 * as sent. Only CRLF counts as a line end: a bare LF before a dot never ends the data, which
 * closes the door to SMTP smuggling.
 */
public final class DataReader {

    private enum State { LINE_START, MIDDLE, AFTER_CR, DOT_AT_LINE_START, DOT_CR }

    private DataReader() {
    }

    /**
     * Copies the message to {@code out} and consumes the terminating line.
     *
     * @throws EOFException when the client closes the connection before the end of data
     */
    public static void copyMessage(SmtpInput in, OutputStream out) throws IOException {
        State state = State.LINE_START;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed inside DATA");
            }
            switch (state) {
                case LINE_START -> state = b == '.' ? State.DOT_AT_LINE_START : content(out, b);
                case DOT_AT_LINE_START -> state = b == '\r' ? State.DOT_CR : content(out, b);
                case DOT_CR -> {
                    if (b == '\n') {
                        return;
                    }
                    // ".\r" followed by something else: the dot was stuffing, the CR is content.
                    out.write('\r');
                    state = content(out, b);
                }
                case AFTER_CR -> {
                    out.write(b);
                    state = b == '\n' ? State.LINE_START : b == '\r' ? State.AFTER_CR : State.MIDDLE;
                }
                case MIDDLE -> state = content(out, b);
            }
        }
    }

    private static State content(OutputStream out, int b) throws IOException {
        out.write(b);
        return b == '\r' ? State.AFTER_CR : State.MIDDLE;
    }
}
