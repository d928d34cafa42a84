package org.bridgehead.simulator.oauth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the JWTs the simulated identity provider issues (HS256 under a key of its own,
 * made at start): a token from another simulator, or altered, fails the check as a token of
 * another tenant fails at Exchange Online.
 */
final class TokenSigner {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final String HEADER = B64.encodeToString(
            "{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));

    private final byte[] key = new byte[32];

    TokenSigner(SecureRandom random) {
        random.nextBytes(key);
    }

    /** header.payload.signature around the JSON claims. */
    String sign(String claimsJson) {
        String unsigned = HEADER + "." + B64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        return unsigned + "." + B64.encodeToString(mac(unsigned));
    }

    /** The JSON claims of a token this signer made, or empty for any other string. */
    Optional<String> verify(String token) {
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        try {
            byte[] presented = B64D.decode(token.substring(last + 1));
            if (!MessageDigest.isEqual(presented, mac(token.substring(0, last)))) {
                return Optional.empty();
            }
            return Optional.of(new String(B64D.decode(token.substring(first + 1, last)), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }
}
