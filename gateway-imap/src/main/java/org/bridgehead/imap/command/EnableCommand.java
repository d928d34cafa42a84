package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.ImapValue;
import org.bridgehead.imap.protocol.TokenCursor;
import org.bridgehead.imap.server.SessionState;

/**
 * ENABLE (RFC 5161) of CONDSTORE and QRESYNC (RFC 7162 3.1, 3.2.3); other names are accepted and
 * ignored, as RFC 5161 3.1 asks.
 */
final class EnableCommand implements CommandHandler {

    @Override
    public Set<SessionState> validStates() {
        return AUTHENTICATED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, IOException {
        TokenCursor arguments = request.arguments();
        boolean condstore = false;
        boolean qresync = false;
        do {
            String name = arguments.atom();
            condstore |= name.equalsIgnoreCase("CONDSTORE");
            qresync |= name.equalsIgnoreCase("QRESYNC");
        } while (arguments.hasNext());
        // ENABLED names only what was enabled now; with nothing to name it is left out, as Dovecot does.
        List<ImapValue> enabled = new ArrayList<>();
        enabled.add(ImapValue.atom("ENABLED"));
        if (condstore && !context.session().condstore()) {
            context.session().enableCondstore();
            enabled.add(ImapValue.atom("CONDSTORE"));
        }
        if (qresync && !context.session().qresync()) {
            context.session().enableQresync();
            enabled.add(ImapValue.atom("QRESYNC"));
        }
        if (enabled.size() > 1) {
            synchronized (context.writer()) {
                context.writer().data(enabled.toArray(ImapValue[]::new));
            }
        }
        return CommandResult.ok("ENABLE completed");
    }
}
