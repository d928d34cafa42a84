package org.bridgehead.simulator.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.bridgehead.simulator.store.Account;

/** Password comparison that takes the same time whatever the guess. */
public final class Passwords {

    private Passwords() {
    }

    /** Compares digests, so neither the content nor the length of the password leaks through timing. */
    public static boolean matches(Account account, String presented) {
        return MessageDigest.isEqual(sha256(account.password()), sha256(presented));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
