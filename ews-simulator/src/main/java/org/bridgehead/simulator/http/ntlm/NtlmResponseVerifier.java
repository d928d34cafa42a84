package org.bridgehead.simulator.http.ntlm;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a client's NTLM challenge response against the password it should have been computed
 * from (MS-NLMP 3.3). Accepts NTLMv2, NTLMv1 with extended session security ("NTLM2 session")
 * and plain NTLMv1, whichever the client chose.
 */
final class NtlmResponseVerifier {

    /** The kind of response a client sent; reported for the debug log. */
    enum Variant { NTLM_V2, NTLM2_SESSION, NTLM_V1 }

    private NtlmResponseVerifier() {
    }

    static Optional<Variant> verify(String password, byte[] serverChallenge, NtlmAuthenticateMessage message) {
        byte[] nt = message.ntResponse();
        byte[] ntowfV1 = Md4.digest(password.getBytes(StandardCharsets.UTF_16LE));
        if (nt.length > 24) {
            return verifyV2(ntowfV1, serverChallenge, message) ? Optional.of(Variant.NTLM_V2) : Optional.empty();
        }
        if (nt.length != 24) {
            return Optional.empty();
        }
        byte[] lm = message.lmResponse();
        if ((message.flags() & NtlmFlags.EXTENDED_SESSION_SECURITY) != 0 && lm.length == 24) {
            byte[] clientChallenge = Arrays.copyOf(lm, 8);
            byte[] sessionHash = Arrays.copyOf(md5(concat(serverChallenge, clientChallenge)), 8);
            return MessageDigest.isEqual(desl(ntowfV1, sessionHash), nt)
                    ? Optional.of(Variant.NTLM2_SESSION) : Optional.empty();
        }
        return MessageDigest.isEqual(desl(ntowfV1, serverChallenge), nt)
                ? Optional.of(Variant.NTLM_V1) : Optional.empty();
    }

    private static boolean verifyV2(byte[] ntowfV1, byte[] serverChallenge, NtlmAuthenticateMessage message) {
        byte[] nt = message.ntResponse();
        byte[] proof = Arrays.copyOf(nt, 16);
        byte[] blob = Arrays.copyOfRange(nt, 16, nt.length);
        byte[] challengeAndBlob = concat(serverChallenge, blob);
        // The hash covers the domain as the client spelled it; clients differ in its case.
        Set<String> domains = new LinkedHashSet<>();
        domains.add(message.domain());
        domains.add(message.domain().toUpperCase(Locale.ROOT));
        for (String domain : domains) {
            byte[] ntowfV2 = hmacMd5(ntowfV1,
                    (message.user().toUpperCase(Locale.ROOT) + domain).getBytes(StandardCharsets.UTF_16LE));
            if (MessageDigest.isEqual(hmacMd5(ntowfV2, challengeAndBlob), proof)) {
                return true;
            }
        }
        return false;
    }

    /** DESL (MS-NLMP 6): the 16-byte key, zero-padded to 21, as three DES keys over the same data. */
    private static byte[] desl(byte[] key16, byte[] data8) {
        byte[] key = Arrays.copyOf(key16, 21);
        byte[] out = new byte[24];
        for (int i = 0; i < 3; i++) {
            byte[] block = des(Arrays.copyOfRange(key, 7 * i, 7 * i + 7), data8);
            System.arraycopy(block, 0, out, 8 * i, 8);
        }
        return out;
    }

    private static byte[] des(byte[] key7, byte[] data8) {
        byte[] key8 = {
                key7[0],
                (byte) (key7[0] << 7 | (key7[1] & 0xff) >>> 1),
                (byte) (key7[1] << 6 | (key7[2] & 0xff) >>> 2),
                (byte) (key7[2] << 5 | (key7[3] & 0xff) >>> 3),
                (byte) (key7[3] << 4 | (key7[4] & 0xff) >>> 4),
                (byte) (key7[4] << 3 | (key7[5] & 0xff) >>> 5),
                (byte) (key7[5] << 2 | (key7[6] & 0xff) >>> 6),
                (byte) (key7[6] << 1)
        };
        try {
            Cipher cipher = Cipher.getInstance("DES/ECB/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key8, "DES"));
            return cipher.doFinal(data8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("DES is unavailable", e);
        }
    }

    private static byte[] hmacMd5(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacMD5");
            mac.init(new SecretKeySpec(key, "HmacMD5"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacMD5 is unavailable", e);
        }
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is unavailable", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
