package org.bridgehead.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import org.bridgehead.simulator.http.AutodiscoverHandler;
import org.bridgehead.simulator.http.BasicAuthenticator;
import org.bridgehead.simulator.http.BearerAuthenticator;
import org.bridgehead.simulator.http.IdentityProviderHandler;
import org.bridgehead.simulator.ews.GetUserPhotoOperation;
import org.bridgehead.simulator.http.EwsHandler;
import org.bridgehead.simulator.http.UserPhotoHandler;
import org.bridgehead.simulator.http.HttpAuthenticator;
import org.bridgehead.simulator.http.SimulatorRouter;
import org.bridgehead.simulator.http.StatsCounters;
import org.bridgehead.simulator.http.StatsHandler;
import org.bridgehead.simulator.http.ntlm.NtlmAuthenticator;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.ews.EwsOperations;
import org.bridgehead.simulator.oauth.IdentityProvider;
import org.bridgehead.simulator.smtp.SmtpInServer;
import org.bridgehead.simulator.smtp.SmtpRelay;
import org.bridgehead.simulator.store.Accounts;
import org.bridgehead.simulator.store.SimulatorStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running simulated Exchange 2016 server: EWS at {@code /EWS/Exchange.asmx}, POX Autodiscover at
 * {@code /autodiscover/autodiscover.xml}, the identity provider at {@code /<tenant>/oauth2/v2.0/}
 * and counters at {@code /sim/stats}; over HTTPS when {@link SimulatorOptions#tls()} gives a certificate.
 */
public final class EwsSimulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EwsSimulator.class);
    private static final String EWS_PATH = "/EWS/Exchange.asmx";
    private static final String REALM = "EWS simulator";
    /** Requests waiting for a thread; beyond it the accepting thread runs them, slowing intake. */
    private static final int MAX_QUEUED_REQUESTS = 1024;

    private final HttpServer server;
    private final ExecutorService executor;
    private final StatsCounters stats;
    private final URI ewsUrl;
    private final IdentityProvider identityProvider;
    /** Null when the simulator runs without an inbound SMTP listener. */
    private final SmtpInServer smtpIn;

    private EwsSimulator(HttpServer server, ExecutorService executor, StatsCounters stats, URI ewsUrl,
                         IdentityProvider identityProvider, SmtpInServer smtpIn) {
        this.server = server;
        this.executor = executor;
        this.stats = stats;
        this.ewsUrl = ewsUrl;
        this.identityProvider = identityProvider;
        this.smtpIn = smtpIn;
    }

    /**
     * Starts a complete simulated Exchange over a store: every EWS operation (notifications as
     * {@link SimulatorOptions#notifications()} says), the inbound SMTP listener when
     * {@link SimulatorOptions#smtpPort()} is not -1, and the relay to {@link SimulatorOptions#smartHost()}
     * when one is given.
     *
     * @throws UncheckedIOException when the HTTP or SMTP address cannot be bound (cause: {@link
     *                              java.net.BindException} when the port is taken; see {@link SmtpInBindException})
     * @throws IllegalArgumentException when the smart host is not host:port
     */
    public static EwsSimulator start(SimulatorOptions options, SimulatorStore store) {
        if (!options.smartHost().isEmpty()) {
            store.delivery().setRelay(SmtpRelay.to(options.smartHost()));
        }
        SmtpInServer smtpIn = null;
        if (options.smtpPort() >= 0) {
            try {
                smtpIn = SmtpInServer.start(options.bindAddress(), options.smtpPort(), store);
            } catch (UncheckedIOException e) {
                throw new SmtpInBindException(e.getMessage(), e.getCause());
            }
        }
        try {
            return start(options, store, EwsOperations.all(store, options.notifications()), smtpIn);
        } catch (RuntimeException e) {
            if (smtpIn != null) {
                smtpIn.close();
            }
            throw e;
        }
    }

    /**
     * Binds and starts the HTTP server alone: no smtp-in and no smart host, whatever the options say
     * about them; notification limits are those the operations were built with.
     *
     * @param operations the EWS operations to serve, at most one per name
     * @throws UncheckedIOException when the address cannot be bound
     */
    public static EwsSimulator start(SimulatorOptions options, Accounts accounts, List<EwsOperation> operations) {
        return start(options, accounts, operations, null);
    }

    private static EwsSimulator start(SimulatorOptions options, Accounts accounts, List<EwsOperation> operations,
                                      SmtpInServer smtpIn) {
        Map<String, EwsOperation> byName = new HashMap<>();
        for (EwsOperation operation : operations) {
            if (byName.putIfAbsent(operation.name(), operation) != null) {
                throw new IllegalArgumentException("two operations named " + operation.name());
            }
        }
        // The JDK server leaves Nagle's algorithm on unless told otherwise (read once, when its
        // first server is made): every small response would then wait ~40 ms for the client's
        // delayed ACK, which IIS does not do.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server;
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(options.bindAddress()), options.port());
            if (options.tls().isPresent()) {
                HttpsServer https = HttpsServer.create(address, 0);
                https.setHttpsConfigurator(new HttpsConfigurator(options.tls().get()));
                server = https;
            } else {
                server = HttpServer.create(address, 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + options.bindAddress() + ":" + options.port(), e);
        }
        URI ewsUrl = ewsUrl(options.tls().isPresent() ? "https" : "http", server.getAddress());
        StatsCounters stats = new StatsCounters();
        IdentityProvider identityProvider = new IdentityProvider(accounts, options.oauth(), java.time.Clock.systemUTC());
        HttpAuthenticator authenticator = switch (options.authScheme()) {
            case NTLM -> new NtlmAuthenticator(accounts);
            case OAUTH -> new BearerAuthenticator(identityProvider);
            case BASIC -> new BasicAuthenticator(accounts, REALM);
        };
        HttpHandler stat = new StatsHandler(stats);
        Map<String, HttpHandler> routes = new HashMap<>(Map.of(
                EWS_PATH.toLowerCase(Locale.ROOT), new EwsHandler(authenticator, byName, options, stats),
                "/autodiscover/autodiscover.xml", new AutodiscoverHandler(authenticator, accounts, ewsUrl,
                        options.authScheme(), options.maxRequestBytes(), stats),
                "/sim/stats", stat,
                "/sim/stats/reset", stat));
        if (byName.get("GetUserPhoto") instanceof GetUserPhotoOperation photos) {
            routes.put((EWS_PATH + "/s/GetUserPhoto").toLowerCase(Locale.ROOT),
                    new UserPhotoHandler(authenticator, photos::photo, options, stats));
        }
        server.createContext("/", new SimulatorRouter(routes, new IdentityProviderHandler(identityProvider, stats)));
        ExecutorService executor = executor(options.maxThreads());
        server.setExecutor(executor);
        server.start();
        LOG.info("EWS simulator listening at {} ({} authentication, {} operations)", ewsUrl, options.authScheme(),
                byName.size());
        return new EwsSimulator(server, executor, stats, ewsUrl, identityProvider, smtpIn);
    }

    private static ExecutorService executor(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "ews-simulator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(MAX_QUEUED_REQUESTS), factory, new ThreadPoolExecutor.CallerRunsPolicy());
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    private static URI ewsUrl(String scheme, InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        String host = ip.isAnyLocalAddress() ? "127.0.0.1" : ip.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create(scheme + "://" + host + ":" + address.getPort() + EWS_PATH);
    }

    /** http://HOST:PORT/EWS/Exchange.asmx */
    public URI ewsUrl() {
        return ewsUrl;
    }

    /** The identity provider's base (authority) for a tenant: http(s)://HOST:PORT/TENANT/ */
    public URI authority(String tenant) {
        return ewsUrl.resolve("/" + tenant + "/");
    }

    /** The identity provider, e.g. to revoke a user's refresh tokens. */
    public IdentityProvider identityProvider() {
        return identityProvider;
    }

    /** http://HOST:PORT/autodiscover/autodiscover.xml */
    public URI autodiscoverUrl() {
        return ewsUrl.resolve("/autodiscover/autodiscover.xml");
    }

    public int port() {
        return ewsUrl.getPort();
    }

    /** Where the inbound SMTP listener accepts mail for the simulated users, if it runs. */
    public Optional<InetSocketAddress> smtpInAddress() {
        return Optional.ofNullable(smtpIn).map(SmtpInServer::address);
    }

    /** Counters since start or the last {@link #resetStats()}. */
    public SimulatorStats stats() {
        return stats.snapshot();
    }

    public void resetStats() {
        stats.reset();
    }

    /** Stops listening, closes open connections and interrupts requests in progress (latency, streaming). */
    @Override
    public void close() {
        if (smtpIn != null) {
            smtpIn.close();
        }
        server.stop(0);
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("EWS simulator threads still running 5 s after stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("EWS simulator at {} stopped", ewsUrl);
    }
}
