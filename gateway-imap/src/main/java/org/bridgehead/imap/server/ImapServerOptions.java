package org.bridgehead.imap.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;
import org.bridgehead.imap.protocol.ImapReaderLimits;

/**
 * Settings of the IMAP listener; the defaults are those of {@link BridgeheadSettings}.
 *
 * @param bindAddress    the address to listen on
 * @param port           the port; 0 picks a free one
 * @param maxConnections connections served at once; more are answered {@code * BYE} and closed
 * @param timeout        silence after which an authenticated client is logged out (IDLE included)
 * @param loginTimeout   silence after which a client that has not logged in is disconnected
 * @param readerLimits   line and literal bounds of the command reader
 * @param autoExpunge    expunge messages as soon as they are marked \Deleted
 * @param exactSizes     read a message's content before reporting its RFC822.SIZE
 * @param authDelay      wait before answering the first failed login; doubled for each further one
 * @param authDelayMax   the longest such wait
 * @param subscriptionsDirectory where the users' unsubscribed folders are stored ({@code imap-subscriptions}
 *                       below {@code bridgehead.cache.dir} by default); empty keeps them in memory
 */
public record ImapServerOptions(
        InetAddress bindAddress,
        int port,
        int maxConnections,
        Duration timeout,
        Duration loginTimeout,
        ImapReaderLimits readerLimits,
        boolean autoExpunge,
        boolean exactSizes,
        Duration authDelay,
        Duration authDelayMax,
        Optional<Path> subscriptionsDirectory) {

    public ImapServerOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(readerLimits, "readerLimits");
        requirePositive(timeout, "timeout");
        requirePositive(loginTimeout, "loginTimeout");
        Objects.requireNonNull(authDelay, "authDelay");
        Objects.requireNonNull(authDelayMax, "authDelayMax");
        Objects.requireNonNull(subscriptionsDirectory, "subscriptionsDirectory");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be positive: " + maxConnections);
        }
        if (authDelay.isNegative() || authDelayMax.compareTo(authDelay) < 0) {
            throw new IllegalArgumentException("auth delays must satisfy 0 <= authDelay <= authDelayMax");
        }
    }

    /** The same options listening elsewhere. */
    public ImapServerOptions withAddress(InetAddress newBindAddress, int newPort) {
        return new ImapServerOptions(newBindAddress, newPort, maxConnections, timeout, loginTimeout, readerLimits,
                autoExpunge, exactSizes, authDelay, authDelayMax, subscriptionsDirectory);
    }

    /** The options a Bridgehead configuration asks for. */
    public static ImapServerOptions from(Settings settings) {
        InetAddress bind;
        try {
            bind = InetAddress.getByName(settings.get(BridgeheadSettings.BIND));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve bind address " + settings.get(BridgeheadSettings.BIND), e);
        }
        ImapReaderLimits defaults = ImapReaderLimits.defaults();
        ImapReaderLimits limits = new ImapReaderLimits(defaults.maxLineLength(),
                settings.get(BridgeheadSettings.IMAP_MAX_LITERAL_MB) * 1024L * 1024L,
                defaults.literalMemoryThreshold(), Path.of(System.getProperty("java.io.tmpdir")));
        return new ImapServerOptions(bind,
                settings.get(BridgeheadSettings.IMAP_PORT),
                settings.get(BridgeheadSettings.IMAP_MAX_CONNECTIONS),
                settings.get(BridgeheadSettings.IMAP_TIMEOUT),
                settings.get(BridgeheadSettings.IMAP_LOGIN_TIMEOUT),
                limits,
                settings.get(BridgeheadSettings.IMAP_AUTO_EXPUNGE),
                settings.get(BridgeheadSettings.IMAP_EXACT_SIZES),
                settings.get(BridgeheadSettings.IMAP_AUTH_DELAY),
                settings.get(BridgeheadSettings.IMAP_AUTH_DELAY_MAX),
                Optional.of(settings.get(BridgeheadSettings.CACHE_DIR).resolve("imap-subscriptions")));
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero() || duration.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be positive and below 24 days: " + duration);
        }
    }
}
