package org.bridgehead.smtp.command;

import java.io.IOException;
import org.bridgehead.smtp.protocol.CommandLine;
import org.bridgehead.smtp.protocol.CommandRejectedException;
import org.bridgehead.smtp.protocol.SmtpReplies;
import org.bridgehead.smtp.protocol.SmtpReply;
import org.bridgehead.smtp.session.SmtpSession;

/** VRFY (RFC 5321 3.5.3): never confirms an address, which would help harvesting; 252 says "try it". */
public final class VrfyHandler implements CommandHandler {

    @Override
    public void handle(CommandLine command, SmtpSession session) throws IOException, CommandRejectedException {
        if (!command.hasArgument()) {
            throw new CommandRejectedException(SmtpReplies.syntaxError("Syntax: VRFY address"));
        }
        session.reply(SmtpReply.of(252, "2.5.0", "Cannot verify the user, but will accept the message and attempt delivery"));
    }
}
