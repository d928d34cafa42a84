package org.bridgehead.smtp.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Parses the {@code <path>} of MAIL FROM and RCPT TO (RFC 5321 4.1.2), with the UTF-8 local parts
 * and domains of RFC 6531 3.3; whether the transaction may use them (SMTPUTF8) is the caller's
 * check. A source route ({@code <@a,@b:user@example.com>}) is accepted and dropped, as RFC 5321 C asks.
 */
public final class MailboxPath {

    private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\u0080-\\x{10FFFF}-]+";
    private static final Pattern DOT_ATOM = Pattern.compile(ATEXT + "(\\." + ATEXT + ")*");
    private static final Pattern QUOTED = Pattern.compile(
            "\"([\\x20\\x21\\x23-\\x5b\\x5d-\\x7e\\u0080-\\x{10FFFF}]|\\\\[\\x20-\\x7e])*\"");
    /** A label is letters, digits and hyphens; a U-label (RFC 5890) may have any non-ASCII letter too. */
    private static final String LABEL = "[A-Za-z0-9\\u0080-\\x{10FFFF}]([A-Za-z0-9\\u0080-\\x{10FFFF}-]*[A-Za-z0-9\\u0080-\\x{10FFFF}])?";
    private static final Pattern DOMAIN = Pattern.compile(LABEL + "(\\." + LABEL + ")*");
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
        if (!text.startsWith("<")) {
            throw new CommandRejectedException(SmtpReplies.syntaxError("Address must be enclosed in <>"));
        }
        int close = closingBracket(text);
        if (close < 0) {
            throw new CommandRejectedException(SmtpReplies.syntaxError("Missing > after the address"));
        }
        String address = utf8(stripSourceRoute(text.substring(1, close)));
        String rest = text.substring(close + 1);
        if (!rest.isEmpty() && rest.charAt(0) != ' ') {
            throw new CommandRejectedException(SmtpReplies.syntaxError("Unexpected text after the address"));
        }
        if (!address.isEmpty() && !isMailbox(address)) {
            throw new CommandRejectedException(badSyntax);
        }
        return new Parsed(address, rest.strip());
    }

    /** True when an address needs SMTPUTF8: it has characters beyond ASCII. */
    public static boolean isInternationalized(String address) {
        return address.chars().anyMatch(c -> c > 0x7f);
    }

    /** The rejection of an internationalized address in a transaction without SMTPUTF8 (RFC 6531 3.5). */
    public static SmtpReply needsSmtpUtf8() {
        return SmtpReply.of(553, "5.6.7", "Non-ASCII address without SMTPUTF8");
    }

    /**
     * Command lines are read byte for byte; a non-ASCII address must be UTF-8 (RFC 6531 3.3) and is
     * decoded as such.
     */
    private static String utf8(String byteForByte) throws CommandRejectedException {
        if (!isInternationalized(byteForByte)) {
            return byteForByte;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(byteForByte.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new CommandRejectedException(SmtpReply.of(501, "5.6.7", "Address is not valid UTF-8"));
        }
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
