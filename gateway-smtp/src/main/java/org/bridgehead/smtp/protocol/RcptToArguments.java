package org.bridgehead.smtp.protocol;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The argument of {@code RCPT TO:<path>}; no RCPT parameter is supported.
 *
 * @param recipient the forward-path
 */
public record RcptToArguments(String recipient) {

    private static final Pattern PREFIX = Pattern.compile("(?i)TO: ?");
    private static final SmtpReply BAD_RECIPIENT = SmtpReply.of(501, "5.1.3", "Bad recipient address syntax");

    /** @param smtpUtf8 whether the transaction's MAIL FROM allowed UTF-8 addresses */
    public static RcptToArguments parse(String argument, boolean smtpUtf8) throws CommandRejectedException {
        Matcher prefix = PREFIX.matcher(argument);
        if (!prefix.lookingAt()) {
            throw new CommandRejectedException(SmtpReplies.syntaxError("Syntax: RCPT TO:<address>"));
        }
        MailboxPath.Parsed path = MailboxPath.parse(argument.substring(prefix.end()), BAD_RECIPIENT);
        if (path.address().isEmpty()) {
            throw new CommandRejectedException(BAD_RECIPIENT);
        }
        if (!smtpUtf8 && MailboxPath.isInternationalized(path.address())) {
            throw new CommandRejectedException(MailboxPath.needsSmtpUtf8());
        }
        List<EsmtpParameter> parameters = EsmtpParameter.parseAll(path.rest());
        if (!parameters.isEmpty()) {
            throw new CommandRejectedException(EsmtpParameter.unsupported(parameters.get(0)));
        }
        return new RcptToArguments(path.address());
    }
}
