package org.bridgehead.app.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.bridgehead.config.Setting;
import org.bridgehead.config.Settings;

/**
 * One protocol endpoint of the gateway (IMAP, SMTP, LDAP, CalDAV): a listener that the
 * {@link Gateway} starts on the configured address and port and stops at shutdown.
 */
public interface ProtocolService {

    /** Short lower-case name shown to users, e.g. "imap". */
    String name();

    /** The setting holding this service's port; named when the port is taken. */
    Setting<?> portSetting();

    /** The port the settings ask for; 0 picks a free one. */
    int port(Settings settings);

    /**
     * Starts accepting connections.
     *
     * @param port the port to listen on; 0 picks a free one
     * @return the address actually bound
     * @throws java.net.BindException when the port is already in use
     */
    InetSocketAddress start(InetAddress bindAddress, int port) throws IOException;

    /** Stops accepting connections and closes the open ones. */
    void stop();
}
