package org.bridgehead.imap.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.imap.command.CommandDispatcher;
import org.bridgehead.imap.mailbox.OpenMailboxes;
import org.bridgehead.imap.mailbox.RecentClaims;
import org.bridgehead.net.TcpListener;
import org.bridgehead.net.tls.ListenerTls;
import org.bridgehead.net.tls.ServerTls;

/**
 * The IMAP listener: one thread per connection, at most {@link ImapServerOptions#maxConnections()}
 * at once (more are answered {@code * BYE} and closed). {@link #close()} stops accepting and
 * closes every open connection.
 */
public final class ImapServer implements AutoCloseable {

    private static final byte[] TOO_MANY_CONNECTIONS =
            "* BYE [UNAVAILABLE] Too many connections, try again later\r\n".getBytes(StandardCharsets.US_ASCII);

    private final TcpListener listener;
    private final ImapServices services;
    private final CommandDispatcher dispatcher;

    /** A plain-text server whose users sign in to Exchange through {@code sessions}; call {@link #start()}. */
    public ImapServer(ImapServerOptions options, SessionCache sessions) {
        this(options, sessions, ListenerTls.none());
    }

    /** @param tls what STARTTLS offers on this server's port */
    public ImapServer(ImapServerOptions options, SessionCache sessions, ListenerTls tls) {
        this(new ImapServices(sessions, options,
                new AuthThrottle(options.authDelay(), options.authDelayMax()),
                options.subscriptionsDirectory().map(Subscriptions::storedIn).orElseGet(Subscriptions::inMemory),
                new RecentClaims(), new OpenMailboxes(), tls), CommandDispatcher.standard(), "imap",
                options.bindAddress(), options.port(), Optional.empty());
    }

    private ImapServer(ImapServices services, CommandDispatcher dispatcher, String name, InetAddress bindAddress,
            int port, Optional<ServerTls> implicitTls) {
        this.services = services;
        this.dispatcher = dispatcher;
        this.listener = new TcpListener(name, bindAddress, port, services.options().maxConnections(),
                TOO_MANY_CONNECTIONS, (id, socket, onClose) -> new ImapConnection(id, socket, services, dispatcher,
                        onClose), implicitTls);
    }

    /**
     * The same server on a second port that speaks TLS from the first byte (IMAPS): connections of
     * both share sessions, throttling, subscriptions, \Recent claims and open mailboxes. Call
     * {@link #start()} on it.
     */
    public ImapServer withImplicitTls(ServerTls tls, InetAddress bindAddress, int port) {
        return new ImapServer(services, dispatcher, "imaps", bindAddress, port, Optional.of(tls));
    }

    /** Binds the listening socket and starts accepting connections. */
    public ImapServer start() throws IOException {
        listener.start();
        return this;
    }

    /** The bound address, with the real port when 0 was asked for. */
    public InetSocketAddress localAddress() {
        return listener.localAddress();
    }

    public int port() {
        return localAddress().getPort();
    }

    @Override
    public void close() {
        listener.close();
    }
}
