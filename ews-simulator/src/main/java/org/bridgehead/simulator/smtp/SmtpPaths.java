package org.bridgehead.simulator.smtp;

import java.util.Locale;
import java.util.Optional;

/** Parsing of MAIL FROM / RCPT TO arguments: {@code FROM:<path> [PARAM=value ...]}. */
final class SmtpPaths {
    private SmtpPaths() {
    }

    /** The address inside the angle brackets after the keyword ("" for the null path), if well-formed. */
    static Optional<String> parse(String argument, String keyword) {
        if (!argument.toUpperCase(Locale.ROOT).startsWith(keyword)) {
            return Optional.empty();
        }
        String rest = argument.substring(keyword.length()).trim();
        int close = rest.indexOf('>');
        if (!rest.startsWith("<") || close < 0) {
            return Optional.empty();
        }
        String address = rest.substring(1, close).trim();
        int colon = address.indexOf(':');
        if (address.startsWith("@") && colon > 0) {
            address = address.substring(colon + 1); // source route, ignored as RFC 5321 permits
        }
        return Optional.of(address);
    }

    /** The value of a SIZE=n parameter, if present and numeric. */
    static Optional<Long> sizeParameter(String argument) {
        for (String part : argument.split(" ")) {
            if (part.toUpperCase(Locale.ROOT).startsWith("SIZE=")) {
                try {
                    return Optional.of(Long.parseLong(part.substring(5)));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
