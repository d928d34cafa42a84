package org.bridgehead.smtp.protocol;

import java.util.Objects;

/** A command could not be carried out; the client is told {@link #reply()} and may go on. */
public final class CommandRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient SmtpReply reply;

    public CommandRejectedException(SmtpReply reply) {
        super(Objects.requireNonNull(reply, "reply").firstLine(), null, false, false);
        this.reply = reply;
    }

    public SmtpReply reply() {
        return reply;
    }
}
