package org.bridgehead.smtp.protocol;

import java.io.BufferedOutputStream;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes replies to the client. Replies are buffered and go out when {@link SmtpInput} is about
 * to wait for more input, so the answers to a pipelined group leave together (RFC 2920).
 */
public final class ReplyWriter implements Flushable {

    private final OutputStream out;

    public ReplyWriter(OutputStream socketOutput) {
        this.out = new BufferedOutputStream(socketOutput);
    }

    public void send(SmtpReply reply) throws IOException {
        reply.writeTo(out);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
