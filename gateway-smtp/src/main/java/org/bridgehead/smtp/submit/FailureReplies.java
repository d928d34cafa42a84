package org.bridgehead.smtp.submit;

import org.bridgehead.smtp.protocol.SmtpReply;

/** The one place where backend failures become SMTP replies. */
public final class FailureReplies {

    /** For anything the backend did not type: a bug, an I/O error. The log has the details. */
    public static final SmtpReply UNEXPECTED =
            SmtpReply.of(451, "4.3.0", "Temporary internal error, please try again later");

    private FailureReplies() {
    }

    public static SmtpReply replyFor(SubmissionFailure failure) {
        if (failure instanceof SubmissionFailure.AuthenticationFailed) {
            return SmtpReply.of(535, "5.7.8", "Authentication credentials invalid");
        }
        if (failure instanceof SubmissionFailure.ServiceUnavailable) {
            return SmtpReply.of(451, "4.4.1", "Mail server temporarily unavailable, please try again later");
        }
        if (failure instanceof SubmissionFailure.MessageTooLarge) {
            return SmtpReply.of(552, "5.3.4", "Message size exceeds fixed limit");
        }
        if (failure instanceof SubmissionFailure.MailboxFull) {
            return SmtpReply.of(552, "5.2.2", "Your mailbox is over its quota");
        }
        if (failure instanceof SubmissionFailure.SenderNotAllowed notAllowed) {
            return SmtpReply.of(550, "5.7.1", "Sender <" + printable(notAllowed.sender()) + "> not allowed for this user");
        }
        if (failure instanceof SubmissionFailure.InvalidRecipient invalid) {
            return SmtpReply.of(550, "5.1.1", "Recipient <" + printable(invalid.recipient()) + "> does not exist");
        }
        return UNEXPECTED;
    }

    /** Backend text may come from anywhere: keep it to one line of printable ASCII. */
    private static String printable(String text) {
        StringBuilder clean = new StringBuilder(Math.min(text.length(), 256));
        text.codePoints().limit(256).forEach(c -> clean.append(c >= 0x20 && c < 0x7f ? (char) c : '?'));
        return clean.toString();
    }
}
