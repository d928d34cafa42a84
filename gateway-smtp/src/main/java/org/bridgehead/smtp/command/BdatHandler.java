package org.bridgehead.smtp.command;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bridgehead.smtp.envelope.DuplicateSendGuard;
import org.bridgehead.smtp.protocol.CommandLine;
import org.bridgehead.smtp.protocol.CommandRejectedException;
import org.bridgehead.smtp.protocol.SmtpReplies;
import org.bridgehead.smtp.protocol.SmtpReply;
import org.bridgehead.smtp.session.MailTransaction;
import org.bridgehead.smtp.session.SmtpSession;
import org.bridgehead.smtp.spool.MessageSpool;
import org.bridgehead.smtp.spool.SpoolSettings;
import org.bridgehead.smtp.submit.SubmitterSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BDAT (RFC 3030 CHUNKING): {@code BDAT size [LAST]} followed by exactly {@code size} bytes of the
 * message, taken as they are (no dot-stuffing). The chunks of a transaction collect in one spool,
 * under the same size bound as DATA; the last one hands the message to the backend. The bytes of a
 * chunk are always read, even when the command fails, so they are never taken for commands.
 */
public final class BdatHandler implements CommandHandler {

    private static final Logger log = LoggerFactory.getLogger(BdatHandler.class);
    private static final Pattern ARGUMENTS = Pattern.compile("(\\d{1,18})( +LAST)?", Pattern.CASE_INSENSITIVE);

    private final SpoolSettings spoolSettings;
    private final GuardedSubmission submission;

    public BdatHandler(SpoolSettings spoolSettings, DuplicateSendGuard duplicateGuard) {
        this.spoolSettings = spoolSettings;
        this.submission = new GuardedSubmission(duplicateGuard);
    }

    @Override
    public void handle(CommandLine command, SmtpSession session) throws IOException, CommandRejectedException {
        Matcher arguments = ARGUMENTS.matcher(command.argument());
        if (!arguments.matches()) {
            // Without a size the chunk cannot be skipped; the client learns it is out of step.
            throw new CommandRejectedException(SmtpReplies.syntaxError("Syntax: BDAT size [LAST]"));
        }
        long size = Long.parseLong(arguments.group(1));
        boolean last = arguments.group(2) != null;
        Optional<SmtpReply> refusal = refusal(session);
        if (refusal.isPresent()) {
            session.input().copy(size, OutputStream.nullOutputStream());
            throw new CommandRejectedException(refusal.get());
        }
        MessageSpool spool = session.chunks().orElseGet(() -> {
            MessageSpool started = new MessageSpool(spoolSettings);
            session.startChunks(started);
            return started;
        });
        session.input().copy(size, spool);
        if (spool.overflowed()) {
            log.info("chunked message of more than {} bytes refused", spoolSettings.maxMessageSize());
            session.resetTransaction();
            throw new CommandRejectedException(SmtpReplies.MESSAGE_TOO_LARGE);
        }
        if (!last) {
            session.reply(SmtpReply.of(250, "2.0.0", size + " octets received"));
            return;
        }
        MailTransaction transaction = session.transaction().orElseThrow();
        SubmitterSession submitter = session.submitter().orElseThrow();
        try {
            session.reply(submission.submit(submitter, transaction.toEnvelope(), spool.finish()));
        } finally {
            session.resetTransaction(); // also removes the spool
        }
    }

    private static Optional<SmtpReply> refusal(SmtpSession session) {
        Optional<MailTransaction> transaction = session.transaction();
        if (transaction.isEmpty()) {
            return Optional.of(SmtpReplies.badSequence("Need MAIL before BDAT"));
        }
        if (transaction.get().recipientCount() == 0) {
            return Optional.of(SmtpReplies.badSequence("Need RCPT before BDAT"));
        }
        return Optional.empty();
    }
}
