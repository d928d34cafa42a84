package org.bridgehead.exchange.oauth;

import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.MsalClientException;
import com.microsoft.aad.msal4j.MsalInteractionRequiredException;
import com.microsoft.aad.msal4j.MsalServiceException;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.SilentParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.bridgehead.exchange.AuthenticationFailedException;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.ServerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth 2.0 sign-in through MSAL4J, Microsoft's library for its identity platform: the device
 * code flow ({@code bridgehead login}), and afterwards, for each mail client that signs in, the
 * access token its password unlocks, refreshed by the library before it expires. The refresh
 * token lives in the {@link TokenVault} only, encrypted under that password.
 */
public final class OAuthSignIn {
    private static final Logger LOG = LoggerFactory.getLogger(OAuthSignIn.class);

    private final OAuthOptions options;
    private final TokenVault vault;

    public OAuthSignIn(OAuthOptions options, TokenVault vault) {
        this.options = options;
        this.vault = vault;
    }

    public OAuthOptions options() {
        return options;
    }

    /** Where the user's token is kept. */
    public java.nio.file.Path vaultFile(String user) {
        return vault.fileOf(user);
    }

    private PublicClientApplication application(VaultTokenCache cache) {
        try {
            return PublicClientApplication.builder(options.clientId())
                    .authority(options.tenantAuthority())
                    // Our authority may be another identity provider (the simulator, an on-premises
                    // AD FS-fronted one): never ask Microsoft's discovery service about it.
                    .instanceDiscovery(false)
                    .validateAuthority(false)
                    .sslSocketFactory(options.tls())
                    .setTokenCacheAccessAspect(cache)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bridgehead.oauth.authority is not a URL: " + options.authority(), e);
        }
    }

    /**
     * Runs the device code flow for {@code user} and stores the result locked with {@code password}.
     *
     * @param instructions receives the line telling where to go and which code to enter
     * @return the account the person signed in as
     * @throws AuthenticationFailedException when the person signed in as someone else, or declined
     */
    public String loginWithDeviceCode(String user, String password, Consumer<String> instructions)
            throws BackendException {
        VaultTokenCache cache = new VaultTokenCache(vault.create(user, password), null);
        PublicClientApplication app = application(cache);
        DeviceCodeFlowParameters parameters = DeviceCodeFlowParameters.builder(options.scopes(),
                code -> instructions.accept(code.message())).build();
        IAuthenticationResult result = await(app.acquireToken(parameters), user);
        String signedIn = result.account() == null ? "" : result.account().username();
        if (!signedIn.equalsIgnoreCase(user)) {
            try {
                vault.delete(user);
            } catch (IOException e) {
                LOG.warn("could not remove the token file of {}: {}", user, e.toString());
            }
            throw new AuthenticationFailedException("signed in as " + signedIn + ", not as " + user
                    + "; sign in with the account the mail client will use", null);
        }
        return signedIn;
    }

    /**
     * The access tokens of a mail client that presented these credentials.
     *
     * @throws AuthenticationFailedException when the user never ran {@code bridgehead login}, the
     *                                       password does not open their token, or the token was revoked
     */
    public AccessTokens open(Credentials credentials) throws BackendException {
        String user = credentials.userName();
        Optional<TokenVault.Opened> opened;
        try {
            opened = vault.open(user, credentials.secret());
        } catch (TokenVault.WrongPasswordException e) {
            throw new AuthenticationFailedException("the password does not unlock the sign-in token of " + user, null);
        } catch (IOException e) {
            throw new ServerUnavailableException("the sign-in token of " + user + " cannot be read: "
                    + e.getMessage(), false, e);
        }
        if (opened.isEmpty()) {
            LOG.warn("{} has no OAuth sign-in token: run bridgehead login --user {}", user, user);
            throw new AuthenticationFailedException("no sign-in token for " + user + ": run bridgehead login", null);
        }
        VaultTokenCache cache = new VaultTokenCache(opened.get().entry(),
                new String(opened.get().plaintext(), StandardCharsets.UTF_8));
        PublicClientApplication app = application(cache);
        AccessTokens tokens = new AccessTokens(user, () -> acquireSilently(app, user));
        tokens.refresh();
        return tokens;
    }

    private IAuthenticationResult acquireSilently(PublicClientApplication app, String user) throws BackendException {
        Set<IAccount> accounts = app.getAccounts().join();
        IAccount account = accounts.stream().filter(a -> a.username().equalsIgnoreCase(user)).findFirst()
                .orElse(accounts.stream().findFirst().orElse(null));
        if (account == null) {
            LOG.warn("the sign-in token of {} holds no account: run bridgehead login --user {}", user, user);
            throw new AuthenticationFailedException("the sign-in token of " + user + " is empty: run bridgehead login", null);
        }
        CompletableFuture<IAuthenticationResult> silent;
        try {
            // The authority named again: left out, the library rebuilds it from the account's
            // "environment", which carries no port.
            silent = app.acquireTokenSilently(SilentParameters.builder(options.scopes(), account)
                    .authorityUrl(options.tenantAuthority()).build());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bridgehead.oauth.authority is not a URL: " + options.authority(), e);
        }
        return await(silent, user);
    }

    private IAuthenticationResult await(CompletableFuture<IAuthenticationResult> future, String user)
            throws BackendException {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof MsalInteractionRequiredException refused) {
                LOG.warn("the identity provider refused the sign-in token of {} ({}): run bridgehead login --user {}",
                        user, firstLine(refused.getMessage()), user);
                throw new AuthenticationFailedException("the sign-in token of " + user
                        + " was refused: run bridgehead login", refused);
            }
            if (cause instanceof MsalServiceException service) {
                boolean transientFailure = service.statusCode() >= 500 || service.statusCode() == 429;
                if (!transientFailure && service.statusCode() >= 400 && service.statusCode() < 500) {
                    LOG.warn("the identity provider refused {} ({}): run bridgehead login --user {}", user,
                            firstLine(service.getMessage()), user);
                    throw new AuthenticationFailedException("the identity provider refused " + user + ": "
                            + firstLine(service.getMessage()), service);
                }
                throw new ServerUnavailableException("the identity provider answered " + service.statusCode(),
                        transientFailure, service);
            }
            if (cause instanceof MsalClientException || cause instanceof UncheckedIOException) {
                throw new ServerUnavailableException("the identity provider at " + options.authority()
                        + " cannot be reached: " + firstLine(cause.getMessage()), true, cause);
            }
            throw new ServerUnavailableException("OAuth sign-in failed: " + firstLine(cause.toString()), false, cause);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    /** One mail client's access tokens: the current one, refreshed before it expires. */
    public static final class AccessTokens {
        /** Asks the library for a token: its cached one, or a new one it got with the refresh token. */
        interface Source {
            IAuthenticationResult acquire() throws BackendException;
        }

        private final String user;
        private final Source source;
        private String token;
        private Instant expires = Instant.EPOCH;
        private boolean refusalLogged;

        AccessTokens(String user, Source source) {
            this.user = user;
            this.source = source;
        }

        synchronized void refresh() throws BackendException {
            IAuthenticationResult result = source.acquire();
            token = result.accessToken();
            expires = result.expiresOnDate().toInstant();
            refusalLogged = false;
        }

        /**
         * The token to send now; renewed first when it is about to expire. When renewing fails the
         * last token goes out, Exchange refuses it, and the client gets its authentication failure;
         * the reason is logged once.
         */
        public synchronized String current() {
            // A minute's margin, so a token never expires on its way to Exchange.
            if (Instant.now().isAfter(expires.minusSeconds(60))) {
                try {
                    refresh();
                } catch (BackendException e) {
                    if (!refusalLogged) {
                        LOG.warn("renewing the access token of {} failed: {}", user, e.getMessage());
                        refusalLogged = true;
                    }
                }
            }
            return token;
        }

        @Override
        public String toString() {
            return "AccessTokens[" + user.toLowerCase(Locale.ROOT) + ", token=***]";
        }
    }
}
