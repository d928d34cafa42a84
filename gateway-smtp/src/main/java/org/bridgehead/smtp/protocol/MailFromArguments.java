package org.bridgehead.smtp.protocol;

import java.util.HashSet;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bridgehead.smtp.submit.BodyType;

/**
 * The arguments of {@code MAIL FROM:<path> [SIZE=n] [BODY=7BIT|8BITMIME] [AUTH=xtext] [SMTPUTF8]}.
 *
 * @param sender the reverse-path, empty for {@code <>}
 * @param declaredSize the SIZE parameter (RFC 1870), if given
 * @param bodyType the BODY parameter (RFC 6152), 7BIT if not given
 * @param smtpUtf8 whether the SMTPUTF8 parameter (RFC 6531 3.4) allows UTF-8 addresses and headers
 */
public record MailFromArguments(String sender, OptionalLong declaredSize, BodyType bodyType, boolean smtpUtf8) {

    private static final Pattern PREFIX = Pattern.compile("(?i)FROM: ?");
    private static final SmtpReply BAD_SENDER = SmtpReply.of(501, "5.1.7", "Bad sender address syntax");

    public static MailFromArguments parse(String argument) throws CommandRejectedException {
        Matcher prefix = PREFIX.matcher(argument);
        if (!prefix.lookingAt()) {
            throw new CommandRejectedException(SmtpReplies.syntaxError("Syntax: MAIL FROM:<address>"));
        }
        MailboxPath.Parsed path = MailboxPath.parse(argument.substring(prefix.end()), BAD_SENDER);
        OptionalLong size = OptionalLong.empty();
        BodyType body = BodyType.SEVEN_BIT;
        boolean smtpUtf8 = false;
        Set<String> seen = new HashSet<>();
        for (EsmtpParameter parameter : EsmtpParameter.parseAll(path.rest())) {
            if (!seen.add(parameter.keyword())) {
                throw new CommandRejectedException(SmtpReplies.syntaxError("Parameter " + parameter.keyword() + " given twice"));
            }
            switch (parameter.keyword()) {
                case "SIZE" -> size = OptionalLong.of(parseSize(parameter.value()));
                case "BODY" -> body = parseBody(parameter.value());
                case "SMTPUTF8" -> {
                    if (parameter.value() != null) {
                        throw new CommandRejectedException(SmtpReplies.syntaxError("SMTPUTF8 takes no value"));
                    }
                    smtpUtf8 = true;
                }
                case "AUTH" -> {
                    // RFC 4954 5: accepted from every client; the identity comes from our own AUTH.
                }
                default -> throw new CommandRejectedException(EsmtpParameter.unsupported(parameter));
            }
        }
        if (!smtpUtf8 && MailboxPath.isInternationalized(path.address())) {
            throw new CommandRejectedException(MailboxPath.needsSmtpUtf8());
        }
        return new MailFromArguments(path.address(), size, body, smtpUtf8);
    }

    private static long parseSize(String value) throws CommandRejectedException {
        if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            throw new CommandRejectedException(SmtpReplies.syntaxError("SIZE needs a number of bytes"));
        }
        return Long.parseLong(value);
    }

    private static BodyType parseBody(String value) throws CommandRejectedException {
        String upper = value == null ? "" : value.toUpperCase(Locale.ROOT);
        for (BodyType type : BodyType.values()) {
            if (type.keyword().equals(upper)) {
                return type;
            }
        }
        throw new CommandRejectedException(SmtpReplies.syntaxError("BODY must be 7BIT or 8BITMIME"));
    }
}
