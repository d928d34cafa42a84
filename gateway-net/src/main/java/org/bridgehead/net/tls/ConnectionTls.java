package org.bridgehead.net.tls;

import java.io.IOException;
import java.net.Socket;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLSocket;

/**
 * The TLS state of one connection: whether it is encrypted, whether STARTTLS may still be
 * offered, and whether the client may sign in yet (not before TLS when the listener requires it).
 * The same rules for IMAP, SMTP and LDAP.
 */
public final class ConnectionTls {

    private final ListenerTls listener;
    private volatile boolean active;

    /** @param socket the accepted socket; already TLS on an implicit-TLS port */
    public ConnectionTls(ListenerTls listener, Socket socket) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.active = socket instanceof SSLSocket;
    }

    public boolean active() {
        return active;
    }

    /** STARTTLS can be offered: a certificate is configured and the connection is still plain. */
    public boolean canStart() {
        return !active && listener.startTls().isPresent();
    }

    /** Credentials may be sent: the connection is encrypted, or the listener does not require it. */
    public boolean signInAllowed() {
        return active || !listener.required();
    }

    /**
     * STARTTLS: the TLS socket over {@code plain}, handshake done. Any bytes the client sent
     * before the handshake are left behind with the old streams (RFC 3207 5, RFC 2595 3.1).
     *
     * @throws IllegalStateException when {@link #canStart()} is false
     */
    public Socket start(Socket plain) throws IOException {
        Optional<ServerTls> tls = listener.startTls();
        if (!canStart()) {
            throw new IllegalStateException("STARTTLS is not available on this connection");
        }
        SSLSocket upgraded = tls.get().upgrade(plain);
        active = true;
        return upgraded;
    }
}
