package org.bridgehead.imap.protocol;

import java.io.IOException;
import java.util.List;

/**
 * One command as read from the wire. Closing it deletes the spool files of its literals, so
 * the server closes every command once it has been handled (try-with-resources).
 *
 * @param tag       the client's tag, echoed in the completion response
 * @param name      the command name, upper-cased ({@code UID} commands keep their sub-command as first argument)
 * @param arguments the arguments in order
 */
public record ImapCommand(String tag, String name, List<ImapToken> arguments) implements AutoCloseable {

    public ImapCommand {
        arguments = List.copyOf(arguments);
    }

    /** A cursor over the arguments for the command's parser. */
    public TokenCursor cursor() {
        return new TokenCursor(arguments);
    }

    /** Tag and name only: arguments can be passwords (LOGIN) or message data (APPEND). */
    @Override
    public String toString() {
        return "ImapCommand[" + tag + " " + name + ", " + arguments.size() + " arguments]";
    }

    @Override
    public void close() throws IOException {
        closeLiterals(arguments);
    }

    private static void closeLiterals(List<ImapToken> tokens) throws IOException {
        for (ImapToken token : tokens) {
            if (token instanceof ImapToken.Literal literal) {
                literal.data().close();
            } else if (token instanceof ImapToken.ParenList list) {
                closeLiterals(list.items());
            }
        }
    }
}
