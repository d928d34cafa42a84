package org.bridgehead.exchange.directory;

import java.util.Objects;

/** A person's picture, as the server stores it (usually JPEG). */
public record PersonPhoto(String contentType, byte[] bytes) {

    public PersonPhoto {
        Objects.requireNonNull(contentType, "contentType");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "PersonPhoto[" + contentType + ", " + bytes.length + " bytes]";
    }
}
