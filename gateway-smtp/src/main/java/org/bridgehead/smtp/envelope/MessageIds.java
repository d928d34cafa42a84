package org.bridgehead.smtp.envelope;

import java.util.Optional;

/** The Message-ID of a message (RFC 5322 3.6.4), the key for recognizing a resent message. */
public final class MessageIds {

    private MessageIds() {
    }

    /** The first Message-ID field's {@code <id>}, or its whole value if it lacks brackets. */
    public static Optional<String> messageId(HeaderSection headers) {
        return headers.first("Message-ID").map(MessageIds::identifier).filter(id -> !id.isEmpty());
    }

    private static String identifier(String value) {
        int open = value.indexOf('<');
        int close = value.indexOf('>', open + 1);
        return open >= 0 && close > open ? value.substring(open, close + 1) : value.strip();
    }
}
