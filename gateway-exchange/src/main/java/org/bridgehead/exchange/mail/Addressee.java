package org.bridgehead.exchange.mail;

import java.util.Objects;

/**
 * One recipient of a sent message.
 *
 * @param displayName the name shown with the address, or {@code null} for none
 * @param address the mail address ({@code local@domain})
 */
public record Addressee(String displayName, String address) {

    public Addressee {
        Objects.requireNonNull(address, "address");
    }
}
