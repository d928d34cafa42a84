package org.bridgehead.caldav.server;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.bridgehead.exchange.Credentials;

/** Reads an HTTP Basic {@code Authorization} header (RFC 7617) as Exchange credentials. */
final class BasicCredentials {

    private BasicCredentials() {
    }

    /** The credentials, or null when the header is absent, not Basic or malformed. */
    static Credentials of(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.trim();
        if (value.length() < 6 || !value.substring(0, 6).toLowerCase(Locale.ROOT).equals("basic ")) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(value.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1) {
            return null;
        }
        return new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
