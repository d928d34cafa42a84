package org.bridgehead.smtp.protocol;

import java.util.regex.Pattern;

/**
 * Parses the {@code <path>} of MAIL FROM and RCPT TO (RFC 5321 4.1.2). A source route
 * ({@code <@a,@b:user@example.com>}) is accepted and dropped, as RFC 5321 C asks.
 */
public final class MailboxPath {

    private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern DOT_ATOM = Pattern.compile(ATEXT + "(\\." + ATEXT + ")*");
    private static final Pattern QUOTED = Pattern.compile("\"([\\x20\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\[\\x20-\\x7e])*\"");
    private static final Pattern DOMAIN = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("\\[[\\x21-\\x5a\\x5e-\\x7e]+]");
    private static final Pattern SOURCE_ROUTE = Pattern.compile("@[^,:]+(,@[^,:]+)*:");

    /**
     * A path and the text after it.
     *
     * @param address the mailbox, or empty for the null path {@code <>}
     * @param rest what follows the closing {@code >}, such as ESMTP parameters
     */
    public record Parsed(String address, String rest) {
    }

    private MailboxPath() {
    }

    /**
     * @param text the argument after {@code FROM:} or {@code TO:}, starting with {@code <}
     * @param badSyntax the reply for a malformed address (5.1.7 for a sender, 5.1.3 for a recipient)
     */
    public static Parsed parse(String text, SmtpReply badSyntax) throws CommandRejectedException {
        if (text.chars().anyMatch(c -> c > 0x7e)) {
            throw new CommandRejectedException(
                    SmtpReply.of(553, "5.6.7", "Non-ASCII addresses need SMTPUTF8, which this server does not offer"));
        }
        if (!text.startsWith("<")) {
            throw new CommandRejectedException(SmtpReplies.syntaxError("Address must be enclosed in <>"));
        }
        int close = closingBracket(text);
        if (close < 0) {
            throw new CommandRejectedException(SmtpReplies.syntaxError("Missing > after the address"));
        }
        String address = stripSourceRoute(text.substring(1, close));
        String rest = text.substring(close + 1);
        if (!rest.isEmpty() && rest.charAt(0) != ' ') {
            throw new CommandRejectedException(SmtpReplies.syntaxError("Unexpected text after the address"));
        }
        if (!address.isEmpty() && !isMailbox(address)) {
            throw new CommandRejectedException(badSyntax);
        }
        return new Parsed(address, rest.strip());
    }

    /** True for {@code local-part@domain} as RFC 5321 4.1.2 defines it. */
    static boolean isMailbox(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return false;
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        boolean localOk = DOT_ATOM.matcher(local).matches() || QUOTED.matcher(local).matches();
        boolean domainOk = DOMAIN.matcher(domain).matches() || ADDRESS_LITERAL.matcher(domain).matches();
        return localOk && domainOk;
    }

    private static int closingBracket(String text) {
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '>' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static String stripSourceRoute(String path) {
        var matcher = SOURCE_ROUTE.matcher(path);
        return matcher.lookingAt() ? path.substring(matcher.end()) : path;
    }
}
