package org.bridgehead.simulator;

import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.bridgehead.simulator.notify.NotificationSettings;
import org.bridgehead.simulator.oauth.OAuthSettings;
import org.bridgehead.simulator.store.SimulatorStore;

/**
 * How the simulator listens and which faults it injects.
 *
 * @param bindAddress       address to listen on; loopback by default since /sim/* has no authentication
 * @param port              TCP port, 0 for a free one
 * @param latencyMs         delay added before answering each authenticated EWS request
 * @param faultRate         probability (0..1) that an authenticated EWS request fails on purpose
 * @param faultSeed         seed of the fault dice, so a test sees the same faults on every run
 * @param authScheme        the scheme offered to clients
 * @param serverBusyBackOffMs the BackOffMilliseconds announced by injected ErrorServerBusy faults
 * @param maxThreads        request threads; long-lived (streaming) requests each hold one
 * @param maxRequestBytes   largest accepted request body; larger ones get HTTP 413
 * @param smtpPort          inbound SMTP ("smtp-in") port on the bind address: 0 for a free one, -1 for
 *                          none; used by {@link EwsSimulator#start(SimulatorOptions, SimulatorStore)}
 * @param smartHost         "host:port" of the SMTP server mail for outside recipients is relayed to,
 *                          or "" to keep it in the store's recording relay
 * @param notifications     keep-alive interval and limits of EWS notifications
 * @param oauth             lifetimes of what the identity provider issues
 * @param tls               HTTPS with this context (its certificate) instead of plain HTTP
 */
public record SimulatorOptions(
        String bindAddress,
        int port,
        long latencyMs,
        double faultRate,
        long faultSeed,
        AuthScheme authScheme,
        long serverBusyBackOffMs,
        int maxThreads,
        int maxRequestBytes,
        int smtpPort,
        String smartHost,
        NotificationSettings notifications,
        OAuthSettings oauth,
        Optional<SSLContext> tls) {

    public SimulatorOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(authScheme, "authScheme");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (latencyMs < 0) {
            throw new IllegalArgumentException("latencyMs must not be negative: " + latencyMs);
        }
        if (!(faultRate >= 0.0 && faultRate <= 1.0)) {
            throw new IllegalArgumentException("faultRate must be within 0..1: " + faultRate);
        }
        if (serverBusyBackOffMs < 0) {
            throw new IllegalArgumentException("serverBusyBackOffMs must not be negative: " + serverBusyBackOffMs);
        }
        if (maxThreads < 1) {
            throw new IllegalArgumentException("maxThreads must be positive: " + maxThreads);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be positive: " + maxRequestBytes);
        }
        if (smtpPort < -1 || smtpPort > 65535) {
            throw new IllegalArgumentException("smtpPort out of range: " + smtpPort);
        }
        Objects.requireNonNull(smartHost, "smartHost");
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(oauth, "oauth");
        Objects.requireNonNull(tls, "tls");
        if (notifications.maxStreamingConnections() >= maxThreads && maxThreads > 1) {
            // each streaming connection holds a request thread: leave threads for ordinary requests
            throw new IllegalArgumentException("notifications.maxStreamingConnections (" + notifications.maxStreamingConnections()
                    + ") must be below maxThreads (" + maxThreads + ")");
        }
    }

    /** 127.0.0.1, a free port, no latency, no faults, Basic authentication. */
    public static SimulatorOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link SimulatorOptions}; unset values keep the defaults documented on each setter. */
    public static final class Builder {
        private String bindAddress = "127.0.0.1";
        private int port;
        private long latencyMs;
        private double faultRate;
        private long faultSeed = 1;
        private AuthScheme authScheme = AuthScheme.BASIC;
        private long serverBusyBackOffMs = 1000;
        private int maxThreads = 64;
        private int maxRequestBytes = 64 * 1024 * 1024;
        private int smtpPort = -1;
        private String smartHost = "";
        private NotificationSettings notifications;
        private OAuthSettings oauth = OAuthSettings.DEFAULT;
        private SSLContext tls;

        private Builder() {
        }

        /** Default 127.0.0.1. */
        public Builder bindAddress(String bindAddress) {
            this.bindAddress = bindAddress;
            return this;
        }

        /** Default 0: a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Default 0. */
        public Builder latencyMs(long latencyMs) {
            this.latencyMs = latencyMs;
            return this;
        }

        /** Default 0.0. */
        public Builder faultRate(double faultRate) {
            this.faultRate = faultRate;
            return this;
        }

        /** Default 1. */
        public Builder faultSeed(long faultSeed) {
            this.faultSeed = faultSeed;
            return this;
        }

        /** Default BASIC. */
        public Builder authScheme(AuthScheme authScheme) {
            this.authScheme = authScheme;
            return this;
        }

        /** Default 1000 ms. */
        public Builder serverBusyBackOffMs(long serverBusyBackOffMs) {
            this.serverBusyBackOffMs = serverBusyBackOffMs;
            return this;
        }

        /** Default 64. */
        public Builder maxThreads(int maxThreads) {
            this.maxThreads = maxThreads;
            return this;
        }

        /** Default 64 MiB. */
        public Builder maxRequestBytes(int maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /** Default -1: no inbound SMTP listener; 0 for a free port. */
        public Builder smtpPort(int smtpPort) {
            this.smtpPort = smtpPort;
            return this;
        }

        /** Default "": outside mail is kept by the store's recording relay. */
        public Builder smartHost(String smartHost) {
            this.smartHost = smartHost;
            return this;
        }

        /**
         * Default {@link NotificationSettings#DEFAULT} with at most half the request threads for
         * streaming connections.
         */
        public Builder notifications(NotificationSettings notifications) {
            this.notifications = notifications;
            return this;
        }

        /** Default {@link OAuthSettings#DEFAULT}. */
        public Builder oauth(OAuthSettings oauth) {
            this.oauth = oauth;
            return this;
        }

        /** Default none: plain HTTP. With a context, HTTPS with its certificate. */
        public Builder tls(SSLContext tls) {
            this.tls = tls;
            return this;
        }

        public SimulatorOptions build() {
            NotificationSettings n = notifications;
            if (n == null) {
                NotificationSettings d = NotificationSettings.DEFAULT;
                n = new NotificationSettings(d.keepAliveMillis(), d.minuteMillis(),
                        Math.min(d.maxStreamingConnections(), Math.max(1, maxThreads / 2)),
                        d.maxStreamingConnectionsPerUser(), d.maxSubscriptionsPerUser(), d.maxQueuedEvents());
            }
            return new SimulatorOptions(bindAddress, port, latencyMs, faultRate, faultSeed, authScheme,
                    serverBusyBackOffMs, maxThreads, maxRequestBytes, smtpPort, smartHost, n, oauth,
                    Optional.ofNullable(tls));
        }
    }
}
