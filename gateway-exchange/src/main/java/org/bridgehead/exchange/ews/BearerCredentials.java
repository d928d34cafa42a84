package org.bridgehead.exchange.ews;

import microsoft.exchange.webservices.data.core.request.HttpWebRequest;
import microsoft.exchange.webservices.data.credential.ExchangeCredentials;
import org.bridgehead.exchange.oauth.OAuthSignIn;

/**
 * An OAuth 2.0 access token as the credentials of an EWS request ({@code Authorization: Bearer},
 * RFC 6750), renewed before it expires. ews-java-api has no such credentials of its own.
 */
final class BearerCredentials extends ExchangeCredentials {
    private final OAuthSignIn.AccessTokens tokens;

    BearerCredentials(OAuthSignIn.AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void prepareWebRequest(HttpWebRequest request) {
        request.getHeaders().put("Authorization", "Bearer " + tokens.current());
    }

    @Override
    public String toString() {
        return "BearerCredentials[" + tokens + "]";
    }
}
