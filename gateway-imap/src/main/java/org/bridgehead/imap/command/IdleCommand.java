package org.bridgehead.imap.command;

import java.io.EOFException;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.imap.mailbox.MailboxRecreatedException;
import org.bridgehead.imap.mailbox.SelectedMailbox;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.server.SessionState;

/**
 * IDLE (RFC 2177): after catching up, the selected mailbox's change notices are pushed to the
 * client (see {@link IdlePusher}) until it sends DONE. The connection's read timeout (the
 * autologout) bounds how long a client may idle without re-issuing IDLE.
 */
final class IdleCommand implements CommandHandler {

    @Override
    public Set<SessionState> validStates() {
        return AUTHENTICATED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, BackendException, MailboxRecreatedException, IOException {
        request.arguments().end();
        context.synchronizeSelected(true);
        synchronized (context.writer()) {
            context.writer().continuation("idling");
        }
        Optional<SelectedMailbox> mailbox = context.session().selected();
        IdlePusher pusher = mailbox.map(m -> new IdlePusher(context, m)).orElse(null);
        String line;
        if (pusher != null) {
            pusher.start();
        }
        try {
            line = context.reader().readLine().orElseThrow(() -> new EOFException("closed during IDLE"));
        } finally {
            if (pusher != null) {
                pusher.stop();
            }
        }
        if (!line.strip().equalsIgnoreCase("DONE")) {
            return CommandResult.bad("Expected DONE to end IDLE");
        }
        return CommandResult.ok("IDLE terminated");
    }
}
