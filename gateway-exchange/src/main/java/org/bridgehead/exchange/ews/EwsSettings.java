package org.bridgehead.exchange.ews;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;
import org.bridgehead.config.TlsSettings;

/**
 * How the EWS backend reaches the server.
 *
 * @param ewsUrl         the EWS endpoint, e.g. {@code https://mail.example.com/EWS/Exchange.asmx}
 * @param connectTimeout longest wait for a TCP (and TLS) connection
 * @param readTimeout    longest wait for data on an open connection, and for a pooled connection
 * @param retries        extra attempts after a transient failure (0: try once)
 * @param retryBackoff   wait before the first retry; doubled for each further one
 * @param maxConnections HTTP connections open to Exchange at once, over all sessions
 * @param trustFile      PEM CA certificates trusted beside the system's
 * @param pin            SHA-256 fingerprint of a certificate accepted whoever signed it
 */
public record EwsSettings(
        URI ewsUrl,
        Duration connectTimeout,
        Duration readTimeout,
        int retries,
        Duration retryBackoff,
        int maxConnections,
        Optional<Path> trustFile,
        Optional<String> pin) {

    /** Settings trusting the system's CAs only. */
    public EwsSettings(URI ewsUrl, Duration connectTimeout, Duration readTimeout, int retries, Duration retryBackoff,
            int maxConnections) {
        this(ewsUrl, connectTimeout, readTimeout, retries, retryBackoff, maxConnections, Optional.empty(),
                Optional.empty());
    }

    public EwsSettings {
        Objects.requireNonNull(trustFile, "trustFile");
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(ewsUrl, "ewsUrl");
        String scheme = ewsUrl.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("EWS URL must be http or https: " + ewsUrl);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        Objects.requireNonNull(retryBackoff, "retryBackoff");
        if (retryBackoff.isNegative()) {
            throw new IllegalArgumentException("retryBackoff must not be negative: " + retryBackoff);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative: " + retries);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be positive: " + maxConnections);
        }
    }

    /**
     * The EWS settings of a Bridgehead configuration; empty when {@code bridgehead.ews.url} is not
     * set, i.e. there is no Exchange server to talk to.
     */
    public static Optional<EwsSettings> from(Settings settings) {
        return settings.get(BridgeheadSettings.EWS_URL).map(url -> new EwsSettings(url,
                settings.get(BridgeheadSettings.EWS_CONNECT_TIMEOUT),
                settings.get(BridgeheadSettings.EWS_READ_TIMEOUT),
                settings.get(BridgeheadSettings.EWS_RETRIES),
                settings.get(BridgeheadSettings.EWS_RETRY_BACKOFF),
                settings.get(BridgeheadSettings.EWS_MAX_CONNECTIONS),
                settings.get(TlsSettings.EWS_TRUST),
                Optional.of(settings.get(TlsSettings.EWS_PIN)).filter(pin -> !pin.isEmpty())));
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
