package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.Set;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.ImapToken;
import org.bridgehead.imap.protocol.ImapValue;
import org.bridgehead.imap.protocol.TokenCursor;
import org.bridgehead.imap.server.SessionState;

/** ID (RFC 2971): the client's list (or NIL) is accepted, and the server names itself. */
final class IdCommand implements CommandHandler {

    /** RFC 2971 3.3: at most 30 field-value pairs. */
    private static final int MAX_FIELDS = 30;

    @Override
    public Set<SessionState> validStates() {
        return ANY;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, IOException {
        TokenCursor arguments = request.arguments();
        if (arguments.nextIsList()) {
            TokenCursor fields = arguments.list();
            int count = 0;
            while (fields.hasNext()) {
                fields.string();
                fields.nstring();
                if (++count > MAX_FIELDS) {
                    throw new ImapSyntaxException("Too many ID fields");
                }
            }
        } else if (!(arguments.next() instanceof ImapToken.Nil)) {
            throw new ImapSyntaxException("ID expects a list or NIL");
        }
        arguments.end();
        synchronized (context.writer()) {
            context.writer().data(ImapValue.atom("ID"),
                    ImapValue.list(ImapValue.string("name"), ImapValue.string("Bridgehead")));
        }
        return CommandResult.ok("ID completed");
    }
}
