package org.bridgehead.exchange.directory;

import java.util.stream.Stream;

/** A postal address; parts are null when unknown. */
public record PostalAddress(String street, String city, String state, String postalCode, String country) {

    public boolean isEmpty() {
        return Stream.of(street, city, state, postalCode, country).allMatch(p -> p == null || p.isBlank());
    }
}
