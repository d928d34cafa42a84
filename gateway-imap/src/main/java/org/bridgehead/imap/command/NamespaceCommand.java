package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.Set;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.ImapValue;
import org.bridgehead.imap.protocol.MailboxName;
import org.bridgehead.imap.server.SessionState;

/** NAMESPACE (RFC 2342): one personal namespace with an empty prefix; no shared or other users' folders. */
final class NamespaceCommand implements CommandHandler {

    @Override
    public Set<SessionState> validStates() {
        return AUTHENTICATED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, IOException {
        request.arguments().end();
        ImapValue personal = ImapValue.list(ImapValue.list(ImapValue.string(""),
                ImapValue.string(String.valueOf(MailboxName.DELIMITER))));
        synchronized (context.writer()) {
            context.writer().data(ImapValue.atom("NAMESPACE"), personal, ImapValue.NIL, ImapValue.NIL);
        }
        return CommandResult.ok("NAMESPACE completed");
    }
}
