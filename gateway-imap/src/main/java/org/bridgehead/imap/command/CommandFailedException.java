package org.bridgehead.imap.command;

import org.bridgehead.imap.protocol.ResponseCode;

/** Ends a command early with a NO (or BAD) response decided deep inside its handler. */
public final class CommandFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient CommandResult result;

    public CommandFailedException(CommandResult result) {
        super(result.text(), null, false, false);
        this.result = result;
    }

    public static CommandFailedException no(ResponseCode code, String text) {
        return new CommandFailedException(CommandResult.no(code, text));
    }

    public CommandResult result() {
        return result;
    }
}
