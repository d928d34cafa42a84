package org.bridgehead.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a client presented to sign in: a user name and its secret (a password).
 * {@link #toString()} never shows the secret.
 */
public record Credentials(String userName, String secret) {

    public Credentials {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(secret, "secret");
    }

    /**
     * SHA-256 (hex) of user name, NUL, secret: tells two secrets apart without keeping the
     * secret itself as a map key. Not a password hash for storage; never log it.
     */
    public String digest() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(userName.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "Credentials[userName=" + userName + ", secret=***]";
    }
}
