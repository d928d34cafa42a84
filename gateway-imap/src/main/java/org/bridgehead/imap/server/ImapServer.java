package org.bridgehead.imap.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.imap.command.CommandDispatcher;
import org.bridgehead.imap.mailbox.OpenMailboxes;
import org.bridgehead.imap.mailbox.RecentClaims;
import org.bridgehead.net.TcpListener;

/**
 * The IMAP listener: one thread per connection, at most {@link ImapServerOptions#maxConnections()}
 * at once (more are answered {@code * BYE} and closed). {@link #close()} stops accepting and
 * closes every open connection.
 */
public final class ImapServer implements AutoCloseable {

    private static final byte[] TOO_MANY_CONNECTIONS =
            "* BYE [UNAVAILABLE] Too many connections, try again later\r\n".getBytes(StandardCharsets.US_ASCII);

    private final TcpListener listener;

    /** A server whose users sign in to Exchange through {@code sessions}; call {@link #start()}. */
    public ImapServer(ImapServerOptions options, SessionCache sessions) {
        ImapServices services = new ImapServices(sessions, options,
                new AuthThrottle(options.authDelay(), options.authDelayMax()),
                options.subscriptionsDirectory().map(Subscriptions::storedIn).orElseGet(Subscriptions::inMemory),
                new RecentClaims(), new OpenMailboxes());
        CommandDispatcher dispatcher = CommandDispatcher.standard();
        this.listener = new TcpListener("imap", options.bindAddress(), options.port(), options.maxConnections(),
                TOO_MANY_CONNECTIONS, (id, socket, onClose) -> new ImapConnection(id, socket, services, dispatcher, onClose));
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
