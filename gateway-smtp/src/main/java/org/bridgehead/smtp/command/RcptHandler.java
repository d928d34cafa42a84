package org.bridgehead.smtp.command;

import java.io.IOException;
import org.bridgehead.smtp.protocol.CommandLine;
import org.bridgehead.smtp.protocol.CommandRejectedException;
import org.bridgehead.smtp.protocol.RcptToArguments;
import org.bridgehead.smtp.protocol.SmtpReplies;
import org.bridgehead.smtp.protocol.SmtpReply;
import org.bridgehead.smtp.session.MailTransaction;
import org.bridgehead.smtp.session.SmtpSession;

/**
 * RCPT TO (RFC 5321 4.1.1.3): adds a recipient. Whether it exists is known only when the
 * backend sends, so an unknown recipient is reported after DATA.
 */
public final class RcptHandler implements CommandHandler {

    private static final SmtpReply TOO_MANY = SmtpReply.of(452, "4.5.3", "Too many recipients");

    private final int maxRecipients;

    public RcptHandler(int maxRecipients) {
        this.maxRecipients = maxRecipients;
    }

    @Override
    public void handle(CommandLine command, SmtpSession session) throws IOException, CommandRejectedException {
        MailTransaction transaction = session.transaction()
                .orElseThrow(() -> new CommandRejectedException(SmtpReplies.badSequence("Need MAIL before RCPT")));
        RcptToArguments arguments = RcptToArguments.parse(command.argument(), transaction.smtpUtf8());
        if (transaction.recipientCount() >= maxRecipients) {
            // RFC 5321 4.5.3.1.10: a temporary failure, so the client sends the rest in another message.
            throw new CommandRejectedException(TOO_MANY);
        }
        transaction.addRecipient(arguments.recipient());
        session.reply(SmtpReply.of(250, "2.1.5", "Recipient <" + arguments.recipient() + "> OK"));
    }
}
