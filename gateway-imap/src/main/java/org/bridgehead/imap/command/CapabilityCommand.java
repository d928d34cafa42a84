package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.Set;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.UntaggedResponse;
import org.bridgehead.imap.server.SessionState;

/** CAPABILITY (RFC 3501 6.1.1). */
final class CapabilityCommand implements CommandHandler {

    @Override
    public Set<SessionState> validStates() {
        return ANY;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, IOException {
        request.arguments().end();
        context.write(new UntaggedResponse.Capability(Capabilities.of(context.session())));
        return CommandResult.ok("CAPABILITY completed");
    }
}
