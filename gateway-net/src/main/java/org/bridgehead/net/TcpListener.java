package org.bridgehead.net;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bridgehead.net.tls.ServerTls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A listening socket serving each connection on its own thread, at most {@code maxConnections}
 * at once: one more is sent the protocol's refusal line and closed. {@link #close()} stops
 * accepting and shuts every open connection down. On an implicit-TLS port (IMAPS, SMTPS, LDAPS)
 * every accepted socket is handed over already layered with TLS.
 */
public final class TcpListener implements AutoCloseable {

    /** Makes the connection object for an accepted socket. */
    @FunctionalInterface
    public interface ConnectionFactory {
        /**
         * @param id      unique per listener, e.g. "imap-7", for logs
         * @param onClose to be called once when the connection has ended
         */
        ServedConnection open(String id, Socket socket, Runnable onClose);
    }

    private static final Logger LOG = LoggerFactory.getLogger(TcpListener.class);
    private static final long SHUTDOWN_WAIT_SECONDS = 5;
    private static final long ACCEPT_RETRY_PAUSE_MILLIS = 100;
    private static final int REFUSAL_HANDSHAKE_MILLIS = 5_000;

    private final String protocol;
    private final InetSocketAddress address;
    private final int maxConnections;
    private final byte[] refusal;
    private final ConnectionFactory factory;
    private final Semaphore connectionSlots;
    private final Set<ServedConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong connectionCount = new AtomicLong();
    private final ExecutorService workers;
    private final Optional<ServerTls> implicitTls;
    private ServerSocket serverSocket;
    private Thread acceptor;
    private volatile boolean closed;

    /**
     * @param protocol short lower-case name for threads, ids and logs, e.g. "imap"
     * @param refusal  the bytes sent to a connection over the limit before it is closed
     */
    public TcpListener(String protocol, InetAddress bindAddress, int port, int maxConnections, byte[] refusal,
            ConnectionFactory factory) {
        this(protocol, bindAddress, port, maxConnections, refusal, factory, Optional.empty());
    }

    /** @param implicitTls when present, every connection speaks TLS from its first byte */
    public TcpListener(String protocol, InetAddress bindAddress, int port, int maxConnections, byte[] refusal,
            ConnectionFactory factory, Optional<ServerTls> implicitTls) {
        this.implicitTls = implicitTls;
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be positive: " + maxConnections);
        }
        this.protocol = protocol;
        this.address = new InetSocketAddress(bindAddress, port);
        this.maxConnections = maxConnections;
        this.refusal = refusal.clone();
        this.factory = factory;
        this.connectionSlots = new Semaphore(maxConnections);
        AtomicLong threadCount = new AtomicLong();
        // The semaphore admits at most maxConnections tasks, so the queue stays empty in practice.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(maxConnections, maxConnections, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, protocol + "-connection-" + threadCount.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        this.workers = pool;
    }

    /**
     * Binds the listening socket and starts accepting connections.
     *
     * @throws java.net.BindException when the port is in use
     */
    public synchronized void start() throws IOException {
        if (serverSocket != null || closed) {
            throw new IllegalStateException("the listener can be started once");
        }
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(address);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        serverSocket = socket;
        acceptor = new Thread(this::acceptLoop, protocol + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.info("{} listening on {}", protocol.toUpperCase(java.util.Locale.ROOT), socket.getLocalSocketAddress());
    }

    /** The bound address, with the real port when 0 was asked for. */
    public synchronized InetSocketAddress localAddress() {
        if (serverSocket == null) {
            throw new IllegalStateException("the listener is not started");
        }
        return (InetSocketAddress) serverSocket.getLocalSocketAddress();
    }

    @Override
    public void close() {
        Thread acceptingThread;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            acceptingThread = acceptor;
            if (serverSocket != null) {
                try {
                    serverSocket.close();
                } catch (IOException e) {
                    LOG.debug("Closing the {} listener failed: {}", protocol, e.toString());
                }
            }
        }
        connections.forEach(ServedConnection::shutdown);
        workers.shutdown();
        try {
            if (acceptingThread != null) {
                acceptingThread.join(TimeUnit.SECONDS.toMillis(SHUTDOWN_WAIT_SECONDS));
            }
            if (!workers.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("{} connections still running after close", protocol);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("{} listener closed", protocol);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                handOver(serverSocket.accept());
            } catch (IOException e) {
                if (serverSocket.isClosed()) {
                    return;
                }
                // Such as running out of file descriptors: wait for some to be freed, then go on.
                LOG.warn("Accepting a {} connection failed: {}", protocol, e.toString());
                pauseAfterAcceptFailure();
            }
        }
    }

    private static void pauseAfterAcceptFailure() {
        try {
            Thread.sleep(ACCEPT_RETRY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handOver(Socket accepted) {
        Socket socket;
        try {
            socket = implicitTls.isPresent() ? implicitTls.get().wrap(accepted) : accepted;
        } catch (IOException e) {
            LOG.info("Layering TLS over a {} connection failed: {}", protocol, e.toString());
            closeQuietly(accepted);
            return;
        }
        if (!connectionSlots.tryAcquire()) {
            if (implicitTls.isPresent()) {
                // The refusal needs a handshake first, which must not hold up the accept loop.
                Thread refuser = new Thread(() -> refuse(socket), protocol + "-refusal");
                refuser.setDaemon(true);
                refuser.start();
            } else {
                refuse(socket);
            }
            return;
        }
        String id = protocol + "-" + connectionCount.incrementAndGet();
        ServedConnection[] holder = new ServedConnection[1];
        ServedConnection connection = factory.open(id, socket, () -> release(holder[0]));
        holder[0] = connection;
        connections.add(connection);
        if (closed) {
            connection.abort();
        }
        try {
            workers.execute(connection);
        } catch (RuntimeException rejected) {
            // Only after close(): the pool no longer takes work.
            connection.abort();
            release(connection);
        }
    }

    private void release(ServedConnection connection) {
        if (connection != null && connections.remove(connection)) {
            connectionSlots.release();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("Closing a socket failed: {}", e.toString());
        }
    }

    private void refuse(Socket socket) {
        LOG.warn("Refusing a {} connection from {}: {} connections open", protocol, socket.getRemoteSocketAddress(),
                maxConnections);
        try (socket; OutputStream out = socket.getOutputStream()) {
            // A few bytes into a new socket's send buffer: this write does not block (a TLS
            // handshake before it is bounded by the timeout).
            socket.setSoTimeout(REFUSAL_HANDSHAKE_MILLIS);
            out.write(refusal);
            out.flush();
        } catch (IOException e) {
            LOG.debug("Refusing a {} connection failed: {}", protocol, e.toString());
        }
    }
}
