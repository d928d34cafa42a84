package org.bridgehead.smtp.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One {@code keyword[=value]} parameter after a MAIL or RCPT path (RFC 5321 4.1.2).
 *
 * @param keyword the keyword in upper case
 * @param value the value, or {@code null} when the parameter has none
 */
public record EsmtpParameter(String keyword, String value) {

    static List<EsmtpParameter> parseAll(String text) throws CommandRejectedException {
        List<EsmtpParameter> parameters = new ArrayList<>();
        for (String token : text.split(" +")) {
            if (token.isEmpty()) {
                continue;
            }
            int equals = token.indexOf('=');
            String keyword = (equals < 0 ? token : token.substring(0, equals)).toUpperCase(Locale.ROOT);
            if (keyword.isEmpty() || !keyword.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')) {
                throw new CommandRejectedException(SmtpReplies.syntaxError("Malformed parameter"));
            }
            parameters.add(new EsmtpParameter(keyword, equals < 0 ? null : token.substring(equals + 1)));
        }
        return List.copyOf(parameters);
    }

    /** RFC 5321 4.1.1.11: an unrecognized parameter is answered 555. */
    static SmtpReply unsupported(EsmtpParameter parameter) {
        return SmtpReply.of(555, "5.5.4", "Unsupported parameter " + parameter.keyword());
    }
}
