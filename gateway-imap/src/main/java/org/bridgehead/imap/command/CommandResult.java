package org.bridgehead.imap.command;

import org.bridgehead.imap.protocol.ResponseCode;
import org.bridgehead.imap.protocol.ResponseStatus;

/**
 * How a command completed: its tagged response, and whether the connection ends after it.
 *
 * @param status OK, NO or BAD
 * @param code   the response code, or null for none
 * @param text   human-readable text
 * @param logout true after LOGOUT: the connection closes once the response is written
 * @param startTls true after STARTTLS: the TLS handshake follows once the response is written
 */
public record CommandResult(ResponseStatus status, ResponseCode code, String text, boolean logout,
                            boolean startTls) {

    public static CommandResult logout(String text) {
        return new CommandResult(ResponseStatus.OK, null, text, true, false);
    }

    public static CommandResult startTls(String text) {
        return new CommandResult(ResponseStatus.OK, null, text, false, true);
    }

    public static CommandResult ok(String text) {
        return new CommandResult(ResponseStatus.OK, null, text, false, false);
    }

    public static CommandResult ok(ResponseCode code, String text) {
        return new CommandResult(ResponseStatus.OK, code, text, false, false);
    }

    public static CommandResult no(ResponseCode code, String text) {
        return new CommandResult(ResponseStatus.NO, code, text, false, false);
    }

    public static CommandResult no(String text) {
        return new CommandResult(ResponseStatus.NO, null, text, false, false);
    }

    public static CommandResult bad(String text) {
        return new CommandResult(ResponseStatus.BAD, null, text, false, false);
    }
}
