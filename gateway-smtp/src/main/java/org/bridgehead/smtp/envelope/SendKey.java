package org.bridgehead.smtp.envelope;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes two submissions the same message: who sent it, its Message-ID and to whom.
 * A client that resends after a lost reply sends all three again unchanged.
 *
 * @param user the authenticated user, lower-cased
 * @param messageId the Message-ID with its brackets
 * @param recipientsDigest SHA-256 over the sorted, lower-cased envelope recipients
 */
public record SendKey(String user, String messageId, String recipientsDigest) {

    public static SendKey of(String user, String messageId, Collection<String> recipients) {
        return new SendKey(user.toLowerCase(Locale.ROOT), messageId, digest(recipients));
    }

    private static String digest(Collection<String> recipients) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
        recipients.stream().map(r -> r.toLowerCase(Locale.ROOT)).sorted().distinct()
                .forEach(r -> sha256.update((r + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha256.digest());
    }
}
