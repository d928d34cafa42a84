package org.bridgehead.simulator.oauth;

/** What the token endpoint answers: tokens, or an OAuth error as Microsoft's identity platform words it. */
public sealed interface TokenResult {

    /** A successful grant; {@code refreshToken} is empty when offline_access was not asked for. */
    record Tokens(String accessToken, String refreshToken, String idToken, String clientInfo, long expiresIn,
                  String scope) implements TokenResult {
    }

    /**
     * @param status      the HTTP status (400 for every grant error, 401 for an unknown client)
     * @param error       the OAuth error code (RFC 6749 5.2, RFC 8628 3.5)
     * @param aadstsCode  the AADSTS number Microsoft puts in error_codes and the description
     * @param description the text after the AADSTS number
     */
    record Error(int status, String error, int aadstsCode, String description) implements TokenResult {
    }
}
