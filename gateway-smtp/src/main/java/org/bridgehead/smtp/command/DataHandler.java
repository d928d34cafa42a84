package org.bridgehead.smtp.command;

import java.io.IOException;
import org.bridgehead.smtp.envelope.DuplicateSendGuard;
import org.bridgehead.smtp.protocol.CommandLine;
import org.bridgehead.smtp.protocol.CommandRejectedException;
import org.bridgehead.smtp.protocol.DataReader;
import org.bridgehead.smtp.protocol.SmtpReplies;
import org.bridgehead.smtp.protocol.SmtpReply;
import org.bridgehead.smtp.session.MailTransaction;
import org.bridgehead.smtp.session.SmtpSession;
import org.bridgehead.smtp.spool.MessageSpool;
import org.bridgehead.smtp.spool.SpoolSettings;
import org.bridgehead.smtp.submit.SubmitterSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** DATA (RFC 5321 4.1.1.4): receives the message into a spool and hands it to the backend. */
public final class DataHandler implements CommandHandler {

    private static final Logger log = LoggerFactory.getLogger(DataHandler.class);
    private static final SmtpReply GO_AHEAD = SmtpReply.plain(354, "End data with <CR><LF>.<CR><LF>");

    private final SpoolSettings spoolSettings;
    private final GuardedSubmission submission;

    public DataHandler(SpoolSettings spoolSettings, DuplicateSendGuard duplicateGuard) {
        this.spoolSettings = spoolSettings;
        this.submission = new GuardedSubmission(duplicateGuard);
    }

    @Override
    public void handle(CommandLine command, SmtpSession session) throws IOException, CommandRejectedException {
        if (command.hasArgument()) {
            throw new CommandRejectedException(SmtpReplies.NO_PARAMETERS_ALLOWED);
        }
        MailTransaction transaction = session.transaction()
                .orElseThrow(() -> new CommandRejectedException(SmtpReplies.badSequence("Need MAIL before DATA")));
        if (transaction.recipientCount() == 0) {
            throw new CommandRejectedException(SmtpReplies.badSequence("Need RCPT before DATA"));
        }
        if (session.chunks().isPresent()) {
            // RFC 3030 2: a transaction that began with BDAT ends with BDAT LAST.
            throw new CommandRejectedException(SmtpReplies.badSequence("DATA not allowed after BDAT"));
        }
        SubmitterSession submitter = session.submitter()
                .orElseThrow(() -> new IllegalStateException("a mail transaction exists only after AUTH"));
        session.reply(GO_AHEAD);
        try (MessageSpool spool = new MessageSpool(spoolSettings)) {
            DataReader.copyMessage(session.input(), spool);
            session.resetTransaction();
            if (spool.overflowed()) {
                log.info("message of {} bytes refused: over the limit of {}", spool.size(), spoolSettings.maxMessageSize());
                session.reply(SmtpReplies.MESSAGE_TOO_LARGE);
                return;
            }
            session.reply(submission.submit(submitter, transaction.toEnvelope(), spool.finish()));
        }
    }
}
