package org.bridgehead.exchange.ews;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.ExchangeServerInfo;
import microsoft.exchange.webservices.data.credential.ExchangeCredentials;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;
import org.bridgehead.exchange.AuthenticationFailedException;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.ExchangeBackend;
import org.bridgehead.exchange.ExchangeErrorException;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.ServerInfo;
import org.bridgehead.exchange.cache.ContentCache;
import org.bridgehead.exchange.oauth.OAuthSignIn;
import org.bridgehead.exchange.store.MailStores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Exchange Web Services backend.
 *
 * <p>Signing in costs two EWS calls: one GetFolder of the distinguished folders (which proves
 * the credentials, returns the server version header and gives the special folders' ids the
 * folder tree needs) and one ResolveNames for the primary address.
 */
public final class EwsBackend implements ExchangeBackend {

    private static final Logger LOG = LoggerFactory.getLogger(EwsBackend.class);

    private final EwsSettings settings;
    /** Made at the first sign-in: its TLS set-up is start-up time a gateway nobody uses yet need not spend. */
    private EwsConnectionPool pool;
    private boolean closed;
    private final EwsSession.MailResources mail;
    /** OAuth 2.0 sign-in (Exchange Online); empty: the client's password goes to Exchange. */
    private final Optional<OAuthSignIn> oauth;

    /** A backend with the default mail settings (cache directory, batch size, memory cache). */
    public EwsBackend(EwsSettings settings) {
        this(settings, MailSettings.from(Settings.defaults()));
    }

    public EwsBackend(EwsSettings settings, MailSettings mailSettings) {
        this(settings, mailSettings, Settings.defaults().get(BridgeheadSettings.DIRECTORY_CACHE_TTL));
    }

    /** @param directoryCacheTtl how long each session reuses its directory answers; zero: never */
    public EwsBackend(EwsSettings settings, MailSettings mailSettings, Duration directoryCacheTtl) {
        this(settings, mailSettings, directoryCacheTtl, Optional.empty());
    }

    /** @param oauth OAuth 2.0 sign-in: each user's token from the vault, unlocked by the client's password */
    public EwsBackend(EwsSettings settings, MailSettings mailSettings, Duration directoryCacheTtl,
            Optional<OAuthSignIn> oauth) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.oauth = Objects.requireNonNull(oauth, "oauth");
        // Read now so that an unreadable bridgehead.ews.trust stops the start, not a first sign-in.
        ExchangeTrust.of(settings.trustFile(), settings.pin());
        Objects.requireNonNull(mailSettings, "mailSettings");
        Clock clock = Clock.systemUTC();
        this.mail = new EwsSession.MailResources(new MailStores(mailSettings.indexDirectory(), clock),
                new ContentCache(mailSettings.memoryCacheBytes(), mailSettings.spoolThreshold(),
                        mailSettings.spoolBytes(), mailSettings.cacheDirectory()),
                mailSettings, clock, directoryCacheTtl);
    }

    @Override
    public ExchangeSession open(Credentials credentials) throws BackendException {
        ExchangeCredentials toExchange;
        try {
            toExchange = oauth.isPresent() ? new BearerCredentials(oauth.get().open(credentials))
                    : BoundedExchangeService.webCredentials(credentials);
        } catch (BackendException e) {
            LOG.info("Sign-in of {} at {} failed: {}", credentials.userName(), settings.ewsUrl(), e.getMessage());
            throw e;
        }
        BoundedExchangeService service = new BoundedExchangeService(settings, toExchange, pool());
        EwsCallRunner runner = EwsCallRunner.from(settings);
        boolean signedIn = false;
        try {
            WellKnownFolders known = runner.run("GetFolder", () -> WellKnownFolders.load(service));
            String address = primaryAddress(service, runner, credentials.userName());
            ServerInfo serverInfo = serverInfo(service.getServerInfo());
            LOG.info("Signed in {} ({}) at {}, Exchange {} ({})", credentials.userName(), address,
                    settings.ewsUrl(), serverInfo.productVersion(), serverInfo.schemaVersion());
            signedIn = true;
            return new EwsSession(service, runner, credentials.userName(), address, serverInfo, known, mail,
                    () -> BoundedExchangeService.forWatch(settings, toExchange));
        } catch (BackendException e) {
            LOG.info("Sign-in of {} at {} failed: {}", credentials.userName(), settings.ewsUrl(), e.getMessage());
            throw e;
        } finally {
            if (!signedIn) {
                service.close();
            }
        }
    }

    private synchronized EwsConnectionPool pool() {
        if (closed) {
            throw new IllegalStateException("the backend is closed");
        }
        if (pool == null) {
            pool = new EwsConnectionPool(settings);
        }
        return pool;
    }

    /** Closes the connection pool and the index stores; sessions opened by this backend stop working. */
    @Override
    public void close() {
        EwsConnectionPool opened;
        synchronized (this) {
            closed = true;
            opened = pool;
        }
        if (opened != null) {
            opened.close();
        }
        mail.stores().close();
        mail.cache().close();
    }

    private static String primaryAddress(BoundedExchangeService service, EwsCallRunner runner, String login)
            throws BackendException {
        boolean loginIsAddress = PrimaryAddressResolver.searchName(login).contains("@");
        Optional<String> resolved;
        try {
            resolved = runner.run("ResolveNames", () -> PrimaryAddressResolver.resolve(service, login));
        } catch (AuthenticationFailedException e) {
            throw e;
        } catch (BackendException e) {
            if (!loginIsAddress) {
                throw e;
            }
            LOG.debug("ResolveNames failed for {} ({}); using the login name as the address", login,
                    e.getMessage());
            resolved = Optional.empty();
        }
        if (resolved.isPresent()) {
            return resolved.get();
        }
        if (loginIsAddress) {
            return PrimaryAddressResolver.searchName(login);
        }
        throw new ExchangeErrorException("The directory knows no mailbox for " + login,
                "ErrorNameResolutionNoResults", false, null);
    }

    private static ServerInfo serverInfo(ExchangeServerInfo info) {
        if (info == null) {
            return new ServerInfo("unknown", "unknown");
        }
        String product = info.getMajorVersion() + "." + info.getMinorVersion() + "."
                + info.getMajorBuildNumber() + "." + info.getMinorBuildNumber();
        return new ServerInfo(product, info.getVersionString() == null ? "unknown" : info.getVersionString());
    }
}
