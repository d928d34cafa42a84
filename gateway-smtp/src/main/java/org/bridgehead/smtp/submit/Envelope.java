package org.bridgehead.smtp.submit;

import java.util.List;
import java.util.Objects;

/**
 * The SMTP envelope of one message.
 *
 * @param sender the MAIL FROM address, empty for the null reverse-path {@code <>}
 * @param recipients the RCPT TO addresses in the order given, without duplicates
 * @param bodyType the declared BODY type
 */
public record Envelope(String sender, List<String> recipients, BodyType bodyType) {

    public Envelope {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(bodyType, "bodyType");
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("an envelope needs at least one recipient");
        }
    }
}
