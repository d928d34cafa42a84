package org.bridgehead.exchange.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * UIDVALIDITY derived from the folder id alone: the same folder always gets the same value, even
 * after the index store is deleted, and a recreated folder (a new id) gets another.
 */
public final class UidValidity {

    private UidValidity() {
    }

    /** A positive 31-bit value, never 0. */
    public static long of(String folderId) {
        byte[] digest = sha256(folderId);
        long value = ((digest[0] & 0x7fL) << 24) | ((digest[1] & 0xffL) << 16) | ((digest[2] & 0xffL) << 8)
                | (digest[3] & 0xffL);
        return value == 0 ? 1 : value;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }

    /** A short hex name for a text, for file and map names that must not reveal it. */
    static String hexName(String text) {
        byte[] digest = sha256(text);
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            hex.append(String.format("%02x", digest[i]));
        }
        return hex.toString();
    }
}
