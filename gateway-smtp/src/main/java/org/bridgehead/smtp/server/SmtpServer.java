package org.bridgehead.smtp.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bridgehead.smtp.command.AuthHandler;
import org.bridgehead.smtp.command.CommandDispatcher;
import org.bridgehead.smtp.command.DataHandler;
import org.bridgehead.smtp.command.EhloHandler;
import org.bridgehead.smtp.command.HeloHandler;
import org.bridgehead.smtp.command.HelpHandler;
import org.bridgehead.smtp.command.MailHandler;
import org.bridgehead.smtp.command.NoopHandler;
import org.bridgehead.smtp.command.QuitHandler;
import org.bridgehead.smtp.command.RcptHandler;
import org.bridgehead.smtp.command.RsetHandler;
import org.bridgehead.smtp.command.VrfyHandler;
import org.bridgehead.smtp.envelope.DuplicateSendGuard;
import org.bridgehead.smtp.protocol.SmtpReply;
import org.bridgehead.smtp.spool.SpoolSettings;
import org.bridgehead.smtp.submit.MessageSubmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMTP submission listener: one thread per connection, at most
 * {@link SmtpServerOptions#maxConnections()} at once. {@link #close()} stops accepting and
 * closes every open connection.
 */
public final class SmtpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpServer.class);
    private static final long SHUTDOWN_WAIT_SECONDS = 5;
    private static final long ACCEPT_RETRY_PAUSE_MILLIS = 100;
    private static final SmtpReply TOO_MANY_CONNECTIONS = SmtpReply.of(421, "4.3.2", "Too many connections, try again later");

    private final SmtpServerOptions options;
    private final CommandDispatcher dispatcher;
    private final Semaphore connectionSlots;
    private final Set<SmtpConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong connectionCount = new AtomicLong();
    private final ExecutorService workers;
    private ServerSocket serverSocket;
    private Thread acceptor;
    private volatile boolean closed;

    /** A server whose duplicate guard uses the system clock. */
    public SmtpServer(SmtpServerOptions options, MessageSubmitter submitter) {
        this(options, submitter, Clock.systemUTC());
    }

    /** @param clock the time source of the duplicate-send window */
    public SmtpServer(SmtpServerOptions options, MessageSubmitter submitter, Clock clock) {
        this.options = options;
        DuplicateSendGuard guard = new DuplicateSendGuard(options.duplicateWindow(), options.duplicateCapacity(), clock);
        this.dispatcher = commands(options, submitter, guard);
        this.connectionSlots = new Semaphore(options.maxConnections());
        AtomicLong threadCount = new AtomicLong();
        // The semaphore admits at most maxConnections tasks, so the queue stays empty in practice.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(options.maxConnections(), options.maxConnections(),
                60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "smtp-connection-" + threadCount.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        this.workers = pool;
    }

    /** Binds the listening socket and starts accepting connections. */
    public synchronized SmtpServer start() throws IOException {
        if (serverSocket != null || closed) {
            throw new IllegalStateException("the server can be started once");
        }
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(options.bindAddress(), options.port()));
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        serverSocket = socket;
        acceptor = new Thread(this::acceptLoop, "smtp-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        log.info("SMTP listening on {}", socket.getLocalSocketAddress());
        return this;
    }

    /** The bound address, with the real port when 0 was asked for. */
    public synchronized InetSocketAddress localAddress() {
        if (serverSocket == null) {
            throw new IllegalStateException("the server is not started");
        }
        return (InetSocketAddress) serverSocket.getLocalSocketAddress();
    }

    public int port() {
        return localAddress().getPort();
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
                    log.debug("closing the listener failed: {}", e.toString());
                }
            }
        }
        connections.forEach(SmtpConnection::abort);
        workers.shutdown();
        try {
            if (acceptingThread != null) {
                acceptingThread.join(TimeUnit.SECONDS.toMillis(SHUTDOWN_WAIT_SECONDS));
            }
            if (!workers.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("SMTP connections still running after close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("SMTP listener closed");
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
                log.warn("accepting an SMTP connection failed: {}", e.toString());
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

    private void handOver(Socket socket) {
        if (!connectionSlots.tryAcquire()) {
            refuse(socket);
            return;
        }
        String id = "smtp-" + connectionCount.incrementAndGet();
        SmtpConnection connection = new SmtpConnection(id, socket, options, dispatcher, this::release);
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

    private void release(SmtpConnection connection) {
        if (connections.remove(connection)) {
            connectionSlots.release();
        }
    }

    private void refuse(Socket socket) {
        log.warn("refusing a connection from {}: {} connections open", socket.getRemoteSocketAddress(), options.maxConnections());
        try (socket; OutputStream out = socket.getOutputStream()) {
            // A few bytes into a new socket's send buffer: this write does not block.
            TOO_MANY_CONNECTIONS.writeTo(out);
        } catch (IOException e) {
            log.debug("refusing a connection failed: {}", e.toString());
        }
    }

    private static CommandDispatcher commands(SmtpServerOptions options, MessageSubmitter submitter, DuplicateSendGuard guard) {
        SpoolSettings spool = new SpoolSettings(options.spoolDirectory(), options.spoolMemoryThreshold(), options.maxMessageSize());
        return new CommandDispatcher(Map.ofEntries(
                Map.entry("EHLO", new EhloHandler(options.hostName(), options.maxMessageSize())),
                Map.entry("HELO", new HeloHandler(options.hostName())),
                Map.entry("AUTH", new AuthHandler(submitter)),
                Map.entry("MAIL", new MailHandler(options.maxMessageSize())),
                Map.entry("RCPT", new RcptHandler(options.maxRecipients())),
                Map.entry("DATA", new DataHandler(spool, guard)),
                Map.entry("RSET", new RsetHandler()),
                Map.entry("NOOP", new NoopHandler()),
                Map.entry("VRFY", new VrfyHandler()),
                Map.entry("HELP", new HelpHandler()),
                Map.entry("QUIT", new QuitHandler(options.hostName()))));
    }
}
