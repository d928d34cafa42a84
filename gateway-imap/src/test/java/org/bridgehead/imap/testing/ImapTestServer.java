package org.bridgehead.imap.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.imap.protocol.ImapReaderLimits;
import org.bridgehead.imap.server.ImapServer;
import org.bridgehead.imap.server.ImapServerOptions;

/** An IMAP server on a free loopback port in front of an {@link InMemoryExchange}. */
public final class ImapTestServer implements AutoCloseable {

    /** Literals larger than this are refused, so tests can provoke it cheaply. */
    public static final long MAX_LITERAL = 64 * 1024;
    public static final Duration SESSION_IDLE_TIMEOUT = Duration.ofMinutes(5);

    private final InMemoryExchange exchange = new InMemoryExchange();
    private final ManualClock clock = new ManualClock();
    private final SessionCache sessions = new SessionCache(exchange, SESSION_IDLE_TIMEOUT, 10, clock);
    private final ImapServer server;

    private ImapTestServer(ImapServerOptions options) throws IOException {
        server = new ImapServer(options, sessions).start();
    }

    public static ImapTestServer start() throws IOException {
        return new ImapTestServer(options(false, 8));
    }

    public static ImapTestServer startWithAutoExpunge() throws IOException {
        return new ImapTestServer(options(true, 8));
    }

    public static ImapTestServer startWithMaxConnections(int maxConnections) throws IOException {
        return new ImapTestServer(options(false, maxConnections));
    }

    public static ImapTestServer startWithLoginTimeout(Duration loginTimeout) throws IOException {
        ImapServerOptions defaults = options(false, 8);
        return new ImapTestServer(new ImapServerOptions(defaults.bindAddress(), 0, defaults.maxConnections(),
                defaults.timeout(), loginTimeout, defaults.readerLimits(), false, false, defaults.authDelay(),
                defaults.authDelayMax(), Optional.empty()));
    }

    /** Short auth delays keep tests quick; the growth itself is tested on AuthThrottle. */
    public static ImapServerOptions options(boolean autoExpunge, int maxConnections) {
        return new ImapServerOptions(InetAddress.getLoopbackAddress(), 0, maxConnections, Duration.ofMinutes(5),
                Duration.ofMinutes(1), new ImapReaderLimits(8192, MAX_LITERAL, 16 * 1024,
                        Path.of(System.getProperty("java.io.tmpdir"))),
                autoExpunge, false, Duration.ofMillis(5), Duration.ofMillis(40), Optional.empty());
    }

    public int port() {
        return server.port();
    }

    /** The session cache's clock, to let cached Exchange sessions expire. */
    public ManualClock clock() {
        return clock;
    }

    public InMemoryExchange exchange() {
        return exchange;
    }

    public InMemoryMail mailbox(String user) {
        return exchange.mailbox(user);
    }

    public ImapTestClient connect() throws IOException {
        return new ImapTestClient(port());
    }

    public ImapTestClient login(String user) throws IOException {
        return ImapTestClient.loggedIn(port(), user);
    }

    @Override
    public void close() {
        server.close();
        sessions.close();
    }
}
