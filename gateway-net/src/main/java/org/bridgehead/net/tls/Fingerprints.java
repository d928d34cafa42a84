package org.bridgehead.net.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.Locale;

/** Certificate fingerprints as people compare them: SHA-256, upper-case hex pairs joined by colons. */
public final class Fingerprints {

    private Fingerprints() {
    }

    public static String sha256(X509Certificate certificate) {
        try {
            return ServerCertificate.hex(MessageDigest.getInstance("SHA-256")
                    .digest(ServerCertificate.encoded(certificate)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** The same fingerprint however it was written: with or without colons or spaces, any case. */
    public static String normalize(String fingerprint) {
        return fingerprint.replaceAll("[\\s:]", "").toUpperCase(Locale.ROOT);
    }
}
