package org.bridgehead.caldav.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;

/**
 * Settings of the CalDAV/CardDAV listener.
 *
 * @param bindAddress     the address to listen on; loopback by default, so only local clients connect
 * @param port            the port; 0 picks a free one
 * @param maxConnections  requests served at once (worker threads)
 * @param idleTimeout     how long a connection may stay silent
 * @param maxRequestBytes largest request body; a larger one gets 413
 */
public record CaldavServerOptions(InetAddress bindAddress, int port, int maxConnections, Duration idleTimeout,
                                  int maxRequestBytes) {

    public CaldavServerOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxConnections < 4 || maxRequestBytes < 1024) {
            throw new IllegalArgumentException("CalDAV bounds out of range");
        }
    }

    public static CaldavServerOptions from(Settings settings) {
        InetAddress bind;
        try {
            bind = InetAddress.getByName(settings.get(BridgeheadSettings.BIND));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown bind address " + settings.get(BridgeheadSettings.BIND), e);
        }
        return new CaldavServerOptions(bind, settings.get(BridgeheadSettings.CALDAV_PORT),
                settings.get(BridgeheadSettings.CALDAV_MAX_CONNECTIONS), settings.get(BridgeheadSettings.CALDAV_TIMEOUT),
                settings.get(BridgeheadSettings.CALDAV_MAX_REQUEST_MB) * 1024 * 1024);
    }

    /** Loopback on a free port, for tests. */
    public static CaldavServerOptions loopback() {
        return new CaldavServerOptions(InetAddress.getLoopbackAddress(), 0, 16, Duration.ofMinutes(1), 16 << 20);
    }

    public CaldavServerOptions withAddress(InetAddress address, int newPort) {
        return new CaldavServerOptions(address, newPort, maxConnections, idleTimeout, maxRequestBytes);
    }
}
