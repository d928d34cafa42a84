package org.bridgehead.smtp.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;

/**
 * Settings of the SMTP listener. Every bound is here; {@link #builder()} starts from the defaults.
 *
 * @param bindAddress the address to listen on; default loopback, so only local clients connect
 * @param port the port; 0 picks a free one. Default 1025
 * @param hostName the name in the greeting and in EHLO; default {@code localhost}
 * @param maxConnections connections served at once; more are answered 421. Default 64
 * @param readTimeout how long a client may stay silent, in a command or inside DATA; default 5 minutes (RFC 5321 4.5.3.2.7)
 * @param maxMessageSize the largest message accepted, in bytes, as advertised by SIZE; default 50 MiB
 * @param maxRecipients RCPT commands accepted per message; default 500, Exchange Online's limit
 * @param maxLineLength the longest command line, without CRLF; default 1000
 * @param spoolMemoryThreshold bytes of a message kept in memory before it moves to a file; default 1 MiB
 * @param spoolDirectory where larger messages are spooled; default the JVM's temporary directory
 * @param duplicateWindow how long an accepted message is remembered against resends; 0 turns that off. Default 10 minutes
 * @param duplicateCapacity the most accepted messages remembered; default 10000
 */
public record SmtpServerOptions(
        InetAddress bindAddress,
        int port,
        String hostName,
        int maxConnections,
        Duration readTimeout,
        long maxMessageSize,
        int maxRecipients,
        int maxLineLength,
        int spoolMemoryThreshold,
        Path spoolDirectory,
        Duration duplicateWindow,
        int duplicateCapacity) {

    public SmtpServerOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(hostName, "hostName");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(spoolDirectory, "spoolDirectory");
        Objects.requireNonNull(duplicateWindow, "duplicateWindow");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (hostName.isBlank() || hostName.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new IllegalArgumentException("hostName must be printable ASCII without spaces");
        }
        if (readTimeout.isNegative() || readTimeout.isZero() || readTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("readTimeout must be positive and below 24 days");
        }
        if (maxConnections < 1 || maxMessageSize < 1 || maxRecipients < 1 || maxLineLength < 512
                || spoolMemoryThreshold < 0 || duplicateCapacity < 1 || duplicateWindow.isNegative()) {
            throw new IllegalArgumentException("SMTP bounds out of range (line length at least 512, RFC 5321 4.5.3.1.4)");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The options a Bridgehead configuration asks for: its bind address, SMTP port, connection
     * bound, timeout, message size and duplicate window; the other bounds keep their defaults.
     */
    public static SmtpServerOptions from(Settings settings) {
        String bind = settings.get(BridgeheadSettings.BIND);
        InetAddress bindAddress;
        try {
            bindAddress = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve bind address " + bind, e);
        }
        return builder()
                .bindAddress(bindAddress)
                .port(settings.get(BridgeheadSettings.SMTP_PORT))
                .maxConnections(settings.get(BridgeheadSettings.SMTP_MAX_CONNECTIONS))
                .readTimeout(settings.get(BridgeheadSettings.SMTP_TIMEOUT))
                .maxMessageSize(settings.get(BridgeheadSettings.SMTP_MAX_MESSAGE_MB) * 1024L * 1024L)
                .duplicateWindow(settings.get(BridgeheadSettings.SMTP_DUPLICATE_WINDOW))
                .build();
    }

    /** The same options listening elsewhere. */
    public SmtpServerOptions withAddress(InetAddress newBindAddress, int newPort) {
        return new SmtpServerOptions(newBindAddress, newPort, hostName, maxConnections, readTimeout,
                maxMessageSize, maxRecipients, maxLineLength, spoolMemoryThreshold, spoolDirectory, duplicateWindow,
                duplicateCapacity);
    }

    /** Starts from the defaults documented on {@link SmtpServerOptions}. */
    public static final class Builder {
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port = 1025;
        private String hostName = "localhost";
        private int maxConnections = 64;
        private Duration readTimeout = Duration.ofMinutes(5);
        private long maxMessageSize = 50L * 1024 * 1024;
        private int maxRecipients = 500;
        private int maxLineLength = 1000;
        private int spoolMemoryThreshold = 1024 * 1024;
        private Path spoolDirectory = Path.of(System.getProperty("java.io.tmpdir"));
        private Duration duplicateWindow = Duration.ofMinutes(10);
        private int duplicateCapacity = 10_000;

        private Builder() {
        }

        public Builder bindAddress(InetAddress value) {
            bindAddress = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder hostName(String value) {
            hostName = value;
            return this;
        }

        public Builder maxConnections(int value) {
            maxConnections = value;
            return this;
        }

        public Builder readTimeout(Duration value) {
            readTimeout = value;
            return this;
        }

        public Builder maxMessageSize(long value) {
            maxMessageSize = value;
            return this;
        }

        public Builder maxRecipients(int value) {
            maxRecipients = value;
            return this;
        }

        public Builder maxLineLength(int value) {
            maxLineLength = value;
            return this;
        }

        public Builder spoolMemoryThreshold(int value) {
            spoolMemoryThreshold = value;
            return this;
        }

        public Builder spoolDirectory(Path value) {
            spoolDirectory = value;
            return this;
        }

        public Builder duplicateWindow(Duration value) {
            duplicateWindow = value;
            return this;
        }

        public Builder duplicateCapacity(int value) {
            duplicateCapacity = value;
            return this;
        }

        public SmtpServerOptions build() {
            return new SmtpServerOptions(bindAddress, port, hostName, maxConnections, readTimeout, maxMessageSize,
                    maxRecipients, maxLineLength, spoolMemoryThreshold, spoolDirectory, duplicateWindow, duplicateCapacity);
        }
    }
}
