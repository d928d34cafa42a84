package org.bridgehead.app.cli;

import java.net.URI;
import java.util.Optional;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.ExchangeAuth;
import org.bridgehead.config.Settings;
import org.bridgehead.config.SignInSettings;
import org.bridgehead.config.TlsSettings;
import org.bridgehead.exchange.AllowedUsers;
import org.bridgehead.exchange.ExchangeBackend;
import org.bridgehead.exchange.ews.EwsBackend;
import org.bridgehead.exchange.ews.EwsSettings;
import org.bridgehead.exchange.ews.ExchangeTrust;
import org.bridgehead.exchange.ews.MailSettings;
import org.bridgehead.exchange.oauth.OAuthOptions;
import org.bridgehead.exchange.oauth.OAuthSignIn;
import org.bridgehead.exchange.oauth.TokenVault;

/** The Exchange backend the settings describe: today always EWS, behind bridgehead.users.allowed. */
final class ExchangeBackends {

    private ExchangeBackends() {
    }

    /** The backend for the settings, talking to the given endpoint (the simulator's, in the demo). */
    static ExchangeBackend fromSettings(Settings settings, URI endpoint) throws CommandFailedException {
        Settings pointed = settings.with(BridgeheadSettings.EWS_URL, endpoint.toString());
        Optional<OAuthSignIn> oauth = settings.get(SignInSettings.EWS_AUTH) == ExchangeAuth.OAUTH
                ? Optional.of(oauthSignIn(settings)) : Optional.empty();
        EwsBackend ews = new EwsBackend(EwsSettings.from(pointed).orElseThrow(), MailSettings.from(pointed),
                pointed.get(BridgeheadSettings.DIRECTORY_CACHE_TTL), oauth);
        return new AllowedUsers(ews, AllowedUsers.parse(settings.get(SignInSettings.USERS_ALLOWED)));
    }

    /**
     * OAuth 2.0 sign-in as the bridgehead.oauth.* settings describe, trusting what Exchange's
     * connections trust (bridgehead.ews.trust); the users' tokens under bridgehead.data.dir/users.
     */
    static OAuthSignIn oauthSignIn(Settings settings) throws CommandFailedException {
        try {
            ExchangeTrust trust = ExchangeTrust.of(settings.get(TlsSettings.EWS_TRUST),
                    Optional.of(settings.get(TlsSettings.EWS_PIN)).filter(pin -> !pin.isEmpty()));
            OAuthOptions options = new OAuthOptions(settings.get(SignInSettings.OAUTH_AUTHORITY),
                    settings.get(SignInSettings.OAUTH_TENANT), settings.get(SignInSettings.OAUTH_CLIENT_ID),
                    OAuthOptions.parseScopes(settings.get(SignInSettings.OAUTH_SCOPES)),
                    trust.sslContext().getSocketFactory());
            return new OAuthSignIn(options, new TokenVault(settings.get(TlsSettings.DATA_DIR).resolve("users")));
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(ExitCodes.INVALID_INPUT, e.getMessage());
        }
    }
}
