package org.bridgehead.smtp.command;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.bridgehead.smtp.envelope.DuplicateSendGuard;
import org.bridgehead.smtp.envelope.HeaderSection;
import org.bridgehead.smtp.envelope.MessageIds;
import org.bridgehead.smtp.envelope.SendKey;
import org.bridgehead.smtp.protocol.SmtpReply;
import org.bridgehead.smtp.submit.Envelope;
import org.bridgehead.smtp.submit.FailureReplies;
import org.bridgehead.smtp.submit.SpooledMessage;
import org.bridgehead.smtp.submit.SubmissionException;
import org.bridgehead.smtp.submit.SubmissionReceipt;
import org.bridgehead.smtp.submit.SubmitterSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a received message (after DATA or the last BDAT chunk) to the backend and gives the reply.
 * The client hears 250 only once the backend has accepted the message; a message it already
 * accepted moments ago, or is sending right now (same user, Message-ID and recipients), is not sent
 * again (see {@link DuplicateSendGuard}).
 */
final class GuardedSubmission {

    private static final Logger log = LoggerFactory.getLogger(GuardedSubmission.class);

    private final DuplicateSendGuard duplicateGuard;

    GuardedSubmission(DuplicateSendGuard duplicateGuard) {
        this.duplicateGuard = duplicateGuard;
    }

    SmtpReply submit(SubmitterSession submitter, Envelope envelope, SpooledMessage message) {
        Optional<SendKey> key = sendKey(submitter.user(), envelope, message);
        if (key.isEmpty()) {
            return send(submitter, envelope, message, Optional.empty());
        }
        DuplicateSendGuard.Claim claim;
        try {
            claim = duplicateGuard.claim(key.get());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return FailureReplies.UNEXPECTED;
        }
        if (claim instanceof DuplicateSendGuard.AlreadyAccepted earlier) {
            log.info("message {} was accepted as {} already; not sent again", key.get().messageId(), earlier.queueId());
            return queued(earlier.queueId());
        }
        DuplicateSendGuard.Ticket ticket = (DuplicateSendGuard.Ticket) claim;
        try {
            return send(submitter, envelope, message, Optional.of(ticket));
        } finally {
            ticket.failed(); // no effect once accepted; otherwise releases the submissions waiting for this one
        }
    }

    private static SmtpReply send(SubmitterSession submitter, Envelope envelope, SpooledMessage message,
            Optional<DuplicateSendGuard.Ticket> ticket) {
        try {
            SubmissionReceipt receipt = submitter.submit(envelope, message);
            ticket.ifPresent(accepted -> accepted.accepted(receipt.queueId()));
            log.info("message of {} bytes for {} recipients accepted as {}", message.size(), envelope.recipients().size(), receipt.queueId());
            return queued(receipt.queueId());
        } catch (SubmissionException refused) {
            log.info("message refused: {}", refused.failure().describe());
            return FailureReplies.replyFor(refused.failure());
        } catch (IOException | RuntimeException unexpected) {
            log.error("submitting a message failed unexpectedly", unexpected);
            return FailureReplies.UNEXPECTED;
        }
    }

    private static Optional<SendKey> sendKey(String user, Envelope envelope, SpooledMessage message) {
        try (InputStream in = new BufferedInputStream(message.open())) {
            HeaderSection headers = HeaderSection.read(in, HeaderSection.DEFAULT_MAX_BYTES);
            return MessageIds.messageId(headers).map(id -> SendKey.of(user, id, envelope.recipients()));
        } catch (IOException unreadable) {
            log.debug("no duplicate check for this message: {}", unreadable.getMessage());
            return Optional.empty();
        }
    }

    private static SmtpReply queued(String queueId) {
        return SmtpReply.of(250, "2.0.0", "OK queued as " + queueId);
    }
}
