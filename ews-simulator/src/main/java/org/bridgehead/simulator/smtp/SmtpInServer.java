package org.bridgehead.simulator.smtp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bridgehead.simulator.store.SimulatorStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's inbound SMTP listener ("smtp-in"): mail from the internet for the simulated
 * users lands in their Inbox, as on an Exchange front end's receive connector. Plain ESMTP, no
 * authentication; one thread per connection, at most {@value #MAX_CONNECTIONS} at a time (more get
 * 421 and are closed).
 */
public final class SmtpInServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpInServer.class);
    static final int MAX_CONNECTIONS = 16;
    /** Idle time allowed between a client's commands or data lines. */
    static final int READ_TIMEOUT_MS = 60_000;

    private final ServerSocket socket;
    private final ExecutorService connections;
    private final Thread acceptor;
    private final SimulatorStore store;
    private final String hostName;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private SmtpInServer(ServerSocket socket, SimulatorStore store, String hostName) {
        this.socket = socket;
        this.store = store;
        this.hostName = hostName;
        AtomicInteger count = new AtomicInteger();
        this.connections = new ThreadPoolExecutor(0, MAX_CONNECTIONS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                task -> {
                    Thread t = new Thread(task, "simulator-smtp-in-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.acceptor = new Thread(this::acceptLoop, "simulator-smtp-in-accept");
        this.acceptor.setDaemon(true);
    }

    /**
     * Binds and starts accepting.
     *
     * @param port 0 for a free port
     * @throws UncheckedIOException when the address cannot be bound (a {@link java.net.BindException} cause
     *                              when the port is taken)
     */
    public static SmtpInServer start(String bindAddress, int port, SimulatorStore store) {
        ServerSocket socket;
        try {
            socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getByName(bindAddress), port));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + bindAddress + ":" + port, e);
        }
        SmtpInServer server = new SmtpInServer(socket, store, "ews-simulator.local");
        server.acceptor.start();
        LOG.info("Simulator smtp-in listening on {}", server.address());
        return server;
    }

    /** The bound address (127.0.0.1 when bound to all interfaces). */
    public InetSocketAddress address() {
        InetAddress ip = socket.getInetAddress();
        return new InetSocketAddress(ip.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : ip,
                socket.getLocalPort());
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.warn("smtp-in accept failed", e);
                }
                continue;
            }
            try {
                connections.execute(() -> serve(client));
            } catch (RejectedExecutionException busy) {
                refuse(client);
            }
        }
    }

    private void serve(Socket client) {
        open.add(client);
        try (client) {
            client.setSoTimeout(READ_TIMEOUT_MS);
            new SmtpInSession(client, store, hostName).run();
        } catch (IOException e) {
            LOG.debug("smtp-in connection from {} ended: {}", client.getRemoteSocketAddress(), e.toString());
        } finally {
            open.remove(client);
        }
    }

    private static void refuse(Socket client) {
        try (client; OutputStream out = client.getOutputStream()) {
            out.write("421 4.3.2 Too many connections, try again later\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            LOG.debug("could not refuse smtp-in connection: {}", e.toString());
        }
    }

    /** Stops accepting and closes open connections. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing smtp-in listener: {}", e.toString());
        }
        connections.shutdownNow();
        for (Socket client : open) {
            try {
                client.close(); // unblocks its thread's read
            } catch (IOException e) {
                LOG.debug("closing smtp-in connection: {}", e.toString());
            }
        }
        try {
            acceptor.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
