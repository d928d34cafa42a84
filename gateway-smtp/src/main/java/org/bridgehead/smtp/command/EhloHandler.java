package org.bridgehead.smtp.command;

import java.io.IOException;
import java.util.ArrayList;
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
        List<String> lines = new ArrayList<>(List.of(
                hostName + " Hello " + command.argument(),
                "PIPELINING",
                "8BITMIME",
                "SIZE " + maxMessageSize,
                "ENHANCEDSTATUSCODES",
                "SMTPUTF8",
                "CHUNKING"));
        if (session.tls().canStart()) {
            lines.add("STARTTLS");
        }
        if (session.tls().signInAllowed()) {
            // Not offered before TLS when TLS is required, so clients do not send a password in clear.
            lines.add("AUTH PLAIN LOGIN");
        }
        session.reply(new SmtpReply(250, null, lines));
    }
}
