package org.bridgehead.ldap.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import org.bridgehead.config.BridgeheadSettings;
import org.bridgehead.config.Settings;

/**
 * Settings of the LDAP listener.
 *
 * @param bindAddress     the address to listen on; loopback by default, so only local clients connect
 * @param port            the port; 0 picks a free one
 * @param maxConnections  connections served at once; more are closed at once
 * @param readTimeout     how long a client may stay silent
 * @param sizeLimit       most entries a search returns (a client's smaller limit wins)
 * @param maxRequestBytes largest request PDU; a larger one closes the connection
 */
public record LdapServerOptions(InetAddress bindAddress, int port, int maxConnections, Duration readTimeout,
                                int sizeLimit, int maxRequestBytes) {

    public LdapServerOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxConnections < 1 || sizeLimit < 1 || maxRequestBytes < 1024) {
            throw new IllegalArgumentException("LDAP bounds out of range");
        }
        if (readTimeout.isNegative() || readTimeout.isZero() || readTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("readTimeout must be positive and below 24 days");
        }
    }

    public static LdapServerOptions from(Settings settings) {
        InetAddress bind;
        try {
            bind = InetAddress.getByName(settings.get(BridgeheadSettings.BIND));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown bind address " + settings.get(BridgeheadSettings.BIND), e);
        }
        return new LdapServerOptions(bind, settings.get(BridgeheadSettings.LDAP_PORT),
                settings.get(BridgeheadSettings.LDAP_MAX_CONNECTIONS), settings.get(BridgeheadSettings.LDAP_TIMEOUT),
                settings.get(BridgeheadSettings.LDAP_SIZE_LIMIT),
                settings.get(BridgeheadSettings.LDAP_MAX_REQUEST_KB) * 1024);
    }

    public LdapServerOptions withAddress(InetAddress address, int newPort) {
        return new LdapServerOptions(address, newPort, maxConnections, readTimeout, sizeLimit, maxRequestBytes);
    }
}
