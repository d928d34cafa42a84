package org.bridgehead.smtp.command;

import java.io.IOException;
import java.util.List;
import org.bridgehead.smtp.protocol.CommandLine;
import org.bridgehead.smtp.protocol.CommandRejectedException;
import org.bridgehead.smtp.protocol.SmtpReplies;
import org.bridgehead.smtp.protocol.SmtpReply;
import org.bridgehead.smtp.session.SmtpSession;

/** EHLO (RFC 5321 4.1.1.1): greets the client and lists the extensions offered. */
public final class EhloHandler implements CommandHandler {

    private final String hostName;
    private final long maxMessageSize;

    public EhloHandler(String hostName, long maxMessageSize) {
        this.hostName = hostName;
        this.maxMessageSize = maxMessageSize;
    }

    @Override
    public void handle(CommandLine command, SmtpSession session) throws IOException, CommandRejectedException {
        if (!ClientName.isValid(command.argument())) {
            throw new CommandRejectedException(SmtpReplies.syntaxError("Syntax: EHLO hostname"));
        }
        session.greet(command.argument());
        session.reply(new SmtpReply(250, null, List.of(
                hostName + " Hello " + command.argument(),
                "PIPELINING",
                "8BITMIME",
                "SIZE " + maxMessageSize,
                "ENHANCEDSTATUSCODES",
                "SMTPUTF8",
                "CHUNKING",
                "AUTH PLAIN LOGIN")));
    }
}
