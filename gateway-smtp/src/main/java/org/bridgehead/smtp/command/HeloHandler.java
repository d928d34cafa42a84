package org.bridgehead.smtp.command;

import java.io.IOException;
import org.bridgehead.smtp.protocol.CommandLine;
import org.bridgehead.smtp.protocol.CommandRejectedException;
import org.bridgehead.smtp.protocol.SmtpReplies;
import org.bridgehead.smtp.protocol.SmtpReply;
import org.bridgehead.smtp.session.SmtpSession;

/** HELO (RFC 5321 4.1.1.1): the greeting of clients that do not speak ESMTP. */
public final class HeloHandler implements CommandHandler {

    private final String hostName;

    public HeloHandler(String hostName) {
        this.hostName = hostName;
    }

    @Override
    public void handle(CommandLine command, SmtpSession session) throws IOException, CommandRejectedException {
        if (!ClientName.isValid(command.argument())) {
            throw new CommandRejectedException(SmtpReplies.syntaxError("Syntax: HELO hostname"));
        }
        session.greet(command.argument());
        session.reply(SmtpReply.plain(250, hostName));
    }
}
