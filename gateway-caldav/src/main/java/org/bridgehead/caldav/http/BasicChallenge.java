package org.bridgehead.caldav.http;

/** The 401 that asks a client for its Exchange credentials (RFC 7617). */
public final class BasicChallenge {

    private BasicChallenge() {
    }

    public static DavResponse unauthorized(String reason) {
        return DavResponse.text(401, reason)
                .withHeader("WWW-Authenticate", "Basic realm=\"Bridgehead\", charset=\"UTF-8\"");
    }
}
