package org.bridgehead.smtp.command;

import java.io.IOException;
import org.bridgehead.smtp.protocol.CommandLine;
import org.bridgehead.smtp.protocol.CommandRejectedException;
import org.bridgehead.smtp.protocol.SmtpReplies;
import org.bridgehead.smtp.protocol.SmtpReply;
import org.bridgehead.smtp.session.SmtpSession;

/** QUIT (RFC 5321 4.1.1.10): says goodbye; the connection closes after the reply. */
public final class QuitHandler implements CommandHandler {

    private final String hostName;

    public QuitHandler(String hostName) {
        this.hostName = hostName;
    }

    @Override
    public void handle(CommandLine command, SmtpSession session) throws IOException, CommandRejectedException {
        if (command.hasArgument()) {
            throw new CommandRejectedException(SmtpReplies.NO_PARAMETERS_ALLOWED);
        }
        session.reply(SmtpReply.of(221, "2.0.0", hostName + " closing connection"));
        session.requestQuit();
    }
}
