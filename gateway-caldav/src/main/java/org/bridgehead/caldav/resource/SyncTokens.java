package org.bridgehead.caldav.resource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.xml.DavNames;

/**
 * RFC 6578 sync tokens are URIs; the backend's token (Exchange's sync state) travels inside one,
 * unchanged, so the server keeps no state per client.
 */
public final class SyncTokens {

    private static final String PREFIX = "http://bridgehead.invalid/sync/";

    private SyncTokens() {
    }

    public static String encode(String backendToken) {
        return PREFIX + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(backendToken.getBytes(StandardCharsets.UTF_8));
    }

    /** The backend token inside a client's token; an empty token means "from scratch" (null). */
    public static String decode(String token) throws DavException {
        if (token == null || token.isBlank()) {
            return null;
        }
        String trimmed = token.trim();
        if (!trimmed.startsWith(PREFIX)) {
            throw invalid();
        }
        try {
            return new String(Base64.getUrlDecoder().decode(trimmed.substring(PREFIX.length())), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static DavException invalid() {
        return DavException.forbidden("the sync token is not one this server gave", DavNames.dav("valid-sync-token"));
    }
}
