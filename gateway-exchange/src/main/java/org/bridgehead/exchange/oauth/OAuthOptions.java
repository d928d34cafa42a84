package org.bridgehead.exchange.oauth;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLSocketFactory;

/**
 * Where and as which application the gateway signs users in with OAuth 2.0.
 *
 * @param authority    the identity provider's base URL (https://login.microsoftonline.com/)
 * @param tenant       the directory: its id, a domain, or organizations / common
 * @param clientId     the application (client) id registered with the identity provider
 * @param scopes       what the token is for; openid, profile and offline_access are always asked for
 * @param tls          how connections to the identity provider check its certificate
 */
public record OAuthOptions(URI authority, String tenant, String clientId, Set<String> scopes,
                           SSLSocketFactory tls) {

    /** Asked for by the library itself; passing them again is an error there. */
    private static final Set<String> RESERVED = Set.of("openid", "profile", "offline_access");

    public OAuthOptions {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(tls, "tls");
        if (tenant == null || tenant.isBlank() || tenant.contains("/")) {
            throw new IllegalArgumentException("bridgehead.oauth.tenant must name one directory");
        }
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("bridgehead.oauth.client.id is required for OAuth sign-in: the"
                    + " application id of an app registered in your directory (see the README)");
        }
        scopes = Set.copyOf(new LinkedHashSet<>(scopes.stream().filter(s -> !RESERVED.contains(s)).toList()));
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("bridgehead.oauth.scopes names no resource scope");
        }
    }

    /** Scopes as the setting spells them: separated by spaces. */
    public static Set<String> parseScopes(String text) {
        return new LinkedHashSet<>(Arrays.stream(text.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
    }

    /** authority + tenant + "/", as the library wants it. */
    public String tenantAuthority() {
        String base = authority.toString();
        return (base.endsWith("/") ? base : base + "/") + tenant + "/";
    }
}
