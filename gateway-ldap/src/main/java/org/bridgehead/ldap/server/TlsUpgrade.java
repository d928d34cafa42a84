package org.bridgehead.ldap.server;

import java.io.IOException;
import java.net.Socket;

/**
 * Turns an accepted plain connection into a TLS one, for the StartTLS extended operation
 * (RFC 4511 4.14). The listener's TLS settings provide it; without one StartTLS is refused.
 */
@FunctionalInterface
public interface TlsUpgrade {

    /** The TLS socket layered over {@code plain}, its handshake done as the server. */
    Socket upgrade(Socket plain) throws IOException;
}
