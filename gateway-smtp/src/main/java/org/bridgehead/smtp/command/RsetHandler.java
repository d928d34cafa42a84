package org.bridgehead.smtp.command;

import java.io.IOException;
import org.bridgehead.smtp.protocol.CommandLine;
import org.bridgehead.smtp.protocol.CommandRejectedException;
import org.bridgehead.smtp.protocol.SmtpReplies;
import org.bridgehead.smtp.session.SmtpSession;

/** RSET (RFC 5321 4.1.1.5): drops the mail transaction, keeps greeting and authentication. */
public final class RsetHandler implements CommandHandler {

    @Override
    public void handle(CommandLine command, SmtpSession session) throws IOException, CommandRejectedException {
        if (command.hasArgument()) {
            throw new CommandRejectedException(SmtpReplies.NO_PARAMETERS_ALLOWED);
        }
        session.resetTransaction();
        session.reply(SmtpReplies.OK);
    }
}
