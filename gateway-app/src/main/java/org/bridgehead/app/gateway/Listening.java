package org.bridgehead.app.gateway;

import java.net.InetSocketAddress;

/**
 * A started protocol service and where it listens.
 *
 * @param name    the service's name, e.g. "imap"
 * @param address the bound address, with the actual port when 0 was configured
 */
public record Listening(String name, InetSocketAddress address) {

    /** "127.0.0.1:1143" or "[::1]:1143", the form users type into a client. */
    public String hostAndPort() {
        String host = address.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }
}
