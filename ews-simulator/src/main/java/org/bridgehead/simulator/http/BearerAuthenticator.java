package org.bridgehead.simulator.http;

import com.sun.net.httpserver.HttpExchange;

import org.bridgehead.simulator.oauth.IdentityProvider;

/**
 * OAuth 2.0 bearer tokens (RFC 6750) from the simulated identity provider, as Exchange Online
 * takes them: a request without one, or with an expired, altered or foreign token, gets 401 and
 * Exchange Online's Bearer challenge with {@code error="invalid_token"} and the reason in
 * {@code x-ms-diagnostics}. Basic and NTLM are not offered.
 */
public final class BearerAuthenticator implements HttpAuthenticator {
    /** What Exchange Online announces: its own application id and where tokens come from. */
    private static final String CHALLENGE = "Bearer client_id=\"00000002-0000-0ff1-ce00-000000000000\", "
            + "trusted_issuers=\"00000001-0000-0000-c000-000000000000@*\", token_types=\"app_asserting_user\", "
            + "authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\"";

    private final IdentityProvider provider;

    public BearerAuthenticator(IdentityProvider provider) {
        this.provider = provider;
    }

    @Override
    public AuthOutcome authenticate(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new AuthOutcome.Challenge(CHALLENGE, false);
        }
        IdentityProvider.Validation validation = provider.validate(header.substring(7).trim());
        if (validation instanceof IdentityProvider.Validation.Valid valid) {
            return new AuthOutcome.Authenticated(valid.account());
        }
        String reason = ((IdentityProvider.Validation.Invalid) validation).reason();
        exchange.getResponseHeaders().set("x-ms-diagnostics",
                "2000001;reason=\"" + reason.replace("\"", "'") + "\";error_category=\"invalid_token\"");
        return new AuthOutcome.Challenge(CHALLENGE + ", error=\"invalid_token\"", true);
    }
}
