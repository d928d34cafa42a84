package org.bridgehead.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The settings of OAuth 2.0 sign-in toward Exchange (Exchange Online by default) and of the
 * simulator's identity provider, each documented here and nowhere else; part of
 * {@link BridgeheadSettings#ALL}.
 */
public final class SignInSettings {

    public static final Setting<String> USERS_ALLOWED = Setting.string("bridgehead.users.allowed", "",
            "Who may sign in through this gateway, checked before Exchange is asked: logins (alice@example.com,"
                    + " EXAMPLE\\alice) and domains (@example.com), separated by commas; empty = anyone Exchange accepts");
    public static final Setting<ExchangeAuth> EWS_AUTH = Setting.choice("bridgehead.ews.auth", ExchangeAuth.PASSWORD,
            "How users sign in to Exchange: password (the client's password goes to Exchange, Basic or NTLM) or"
                    + " oauth (OAuth 2.0 as Exchange Online requires: a token from 'bridgehead login', unlocked by"
                    + " the password the client presents)");
    public static final Setting<URI> OAUTH_AUTHORITY = Setting.url("bridgehead.oauth.authority",
            "https://login.microsoftonline.com/", "The OAuth 2.0 identity provider's base URL (Microsoft's by default)");
    public static final Setting<String> OAUTH_TENANT = Setting.matching("bridgehead.oauth.tenant", "organizations",
            "[A-Za-z0-9._-]+", "a tenant id, a domain, organizations or common",
            "The directory users sign in to: its tenant id or domain, or organizations (any work account)");
    public static final Setting<String> OAUTH_CLIENT_ID = Setting.matching("bridgehead.oauth.client.id", "",
            "|[A-Za-z0-9-]+", "empty or an application (client) id",
            "Application (client) id of the public-client app registered for Bridgehead in the directory"
                    + " (with the delegated permission EWS.AccessAsUser.All); required with bridgehead.ews.auth=oauth");
    public static final Setting<String> OAUTH_SCOPES = Setting.string("bridgehead.oauth.scopes",
            "https://outlook.office365.com/EWS.AccessAsUser.All",
            "Scopes asked for, separated by spaces (offline_access, openid and profile are always added)");

    public static final Setting<Duration> SIMULATOR_ACCESS_LIFETIME = Setting.positiveDuration(
            "bridgehead.simulator.oauth.access.lifetime", "1h",
            "How long an access token of the EWS simulator's identity provider is valid (Microsoft: 60-90 minutes)");
    public static final Setting<Duration> SIMULATOR_REFRESH_LIFETIME = Setting.positiveDuration(
            "bridgehead.simulator.oauth.refresh.lifetime", "90d",
            "How long a refresh token of the EWS simulator's identity provider is valid (Microsoft: 90 days)");
    public static final Setting<Boolean> SIMULATOR_TLS = Setting.bool("bridgehead.simulator.tls", false,
            "Serve the EWS simulator (EWS, Autodiscover, identity provider) over HTTPS with the listeners'"
                    + " certificate (bridgehead.tls.cert, or the gateway's own under bridgehead.data.dir)");

    /** Every setting above, in declaration order. */
    public static final List<Setting<?>> ALL = List.of(USERS_ALLOWED, EWS_AUTH, OAUTH_AUTHORITY, OAUTH_TENANT, OAUTH_CLIENT_ID,
            OAUTH_SCOPES, SIMULATOR_ACCESS_LIFETIME, SIMULATOR_REFRESH_LIFETIME,
            SIMULATOR_TLS);

    private SignInSettings() {
    }
}
