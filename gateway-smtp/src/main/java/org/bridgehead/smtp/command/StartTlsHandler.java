package org.bridgehead.smtp.command;

import java.io.IOException;
import org.bridgehead.smtp.protocol.CommandLine;
import org.bridgehead.smtp.protocol.CommandRejectedException;
import org.bridgehead.smtp.protocol.SmtpReplies;
import org.bridgehead.smtp.protocol.SmtpReply;
import org.bridgehead.smtp.session.SmtpSession;

/** STARTTLS (RFC 3207): 220, then the connection performs the TLS handshake and starts over. */
public final class StartTlsHandler implements CommandHandler {

    private static final SmtpReply READY = SmtpReply.of(220, "2.0.0", "Ready to start TLS");
    private static final SmtpReply NOT_AVAILABLE = SmtpReply.of(454, "4.7.0", "TLS not available");

    @Override
    public void handle(CommandLine command, SmtpSession session) throws IOException, CommandRejectedException {
        if (!command.argument().isEmpty()) {
            throw new CommandRejectedException(SmtpReplies.NO_PARAMETERS_ALLOWED);
        }
        if (session.tls().active()) {
            throw new CommandRejectedException(SmtpReplies.badSequence("TLS already active"));
        }
        if (!session.tls().canStart()) {
            throw new CommandRejectedException(NOT_AVAILABLE);
        }
        session.reply(READY);
        session.requestStartTls();
    }
}
