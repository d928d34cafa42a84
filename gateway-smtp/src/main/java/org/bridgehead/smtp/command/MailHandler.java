package org.bridgehead.smtp.command;

import java.io.IOException;
import org.bridgehead.smtp.protocol.CommandLine;
import org.bridgehead.smtp.protocol.CommandRejectedException;
import org.bridgehead.smtp.protocol.MailFromArguments;
import org.bridgehead.smtp.protocol.SmtpReplies;
import org.bridgehead.smtp.protocol.SmtpReply;
import org.bridgehead.smtp.session.MailTransaction;
import org.bridgehead.smtp.session.SmtpSession;

/** MAIL FROM (RFC 5321 4.1.1.2): starts a mail transaction; a SIZE over the limit fails at once (RFC 1870). */
public final class MailHandler implements CommandHandler {

    private final long maxMessageSize;

    public MailHandler(long maxMessageSize) {
        this.maxMessageSize = maxMessageSize;
    }

    @Override
    public void handle(CommandLine command, SmtpSession session) throws IOException, CommandRejectedException {
        if (!session.isGreeted()) {
            throw new CommandRejectedException(SmtpReplies.badSequence("Send EHLO first"));
        }
        if (session.submitter().isEmpty()) {
            throw new CommandRejectedException(SmtpReplies.AUTHENTICATION_REQUIRED);
        }
        if (session.transaction().isPresent()) {
            throw new CommandRejectedException(SmtpReplies.badSequence("Sender already given"));
        }
        MailFromArguments arguments = MailFromArguments.parse(command.argument());
        if (arguments.declaredSize().isPresent() && arguments.declaredSize().getAsLong() > maxMessageSize) {
            throw new CommandRejectedException(SmtpReplies.MESSAGE_TOO_LARGE);
        }
        session.beginTransaction(new MailTransaction(arguments.sender(), arguments.bodyType(), arguments.smtpUtf8()));
        session.reply(SmtpReply.of(250, "2.1.0", "Sender <" + arguments.sender() + "> OK"));
    }
}
