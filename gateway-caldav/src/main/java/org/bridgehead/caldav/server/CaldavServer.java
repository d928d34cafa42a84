package org.bridgehead.caldav.server;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.bridgehead.exchange.SessionCache;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CalDAV/CardDAV listener: Jetty's HTTP/1.1 connector in front of {@link DavHandler}, over
 * plain HTTP or, with {@link #withHttps}, over TLS with the certificate the other listeners use.
 */
public final class CaldavServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CaldavServer.class);

    /** TLS for an HTTPS listener: the context holding the certificate, and the protocol versions allowed. */
    public record Https(SSLContext context, List<String> protocols) {
        public Https {
            protocols = List.copyOf(protocols);
        }
    }

    private final CaldavServerOptions options;
    private final SessionCache sessions;
    private final String name;
    private final Server server;
    private final ServerConnector connector;

    public CaldavServer(CaldavServerOptions options, SessionCache sessions) {
        this(options, sessions, Optional.empty());
    }

    private CaldavServer(CaldavServerOptions options, SessionCache sessions, Optional<Https> https) {
        this.options = options;
        this.sessions = sessions;
        this.name = https.isPresent() ? "CalDAV over HTTPS" : "CalDAV";
        QueuedThreadPool threads = new QueuedThreadPool(options.maxConnections(), 2);
        threads.setName(https.isPresent() ? "caldavs" : "caldav");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        connector = new ServerConnector(server, 1, 1, https.map(tls -> overTls(tls, http))
                .orElseGet(() -> new ConnectionFactory[] {new HttpConnectionFactory(http)}));
        connector.setHost(options.bindAddress().getHostAddress());
        connector.setPort(options.port());
        connector.setIdleTimeout(options.idleTimeout().toMillis());
        server.addConnector(connector);
        server.setHandler(new DavHandler(sessions, options.maxRequestBytes()));
        server.setErrorHandler(new PlainErrorHandler());
        server.setStopTimeout(2000);
    }

    /** The same service over HTTPS on another address, e.g. beside the plain listener on 1080. */
    public CaldavServer withHttps(Https https, InetAddress bindAddress, int port) {
        return new CaldavServer(options.withAddress(bindAddress, port), sessions, Optional.of(https));
    }

    private static ConnectionFactory[] overTls(Https tls, HttpConfiguration plain) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setSslContext(tls.context());
        ssl.setIncludeProtocols(tls.protocols().toArray(String[]::new));
        HttpConfiguration secure = new HttpConfiguration(plain);
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        // The client checks the certificate against the host it dialled; a Host header naming
        // 127.0.0.1 with a certificate for localhost is no reason to refuse the request.
        customizer.setSniHostCheck(false);
        secure.addCustomizer(customizer);
        return new ConnectionFactory[] {new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()),
                new HttpConnectionFactory(secure)};
    }

    /** Binds and starts serving; a taken port is a BindException. */
    public CaldavServer start() throws IOException {
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly();
            BindException bind = bindCause(e);
            throw bind != null ? bind : e;
        } catch (Exception e) {
            stopQuietly();
            throw new IOException("the " + name + " listener did not start: " + e.getMessage(), e);
        }
        LOG.info("{} listening on {}", name, localAddress());
        return this;
    }

    public InetSocketAddress localAddress() {
        return new InetSocketAddress(options.bindAddress(), connector.getLocalPort());
    }

    @Override
    public void close() {
        stopQuietly();
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("stopping the {} listener failed: {}", name, e.toString());
        }
    }

    private static BindException bindCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException bind) {
                return bind;
            }
        }
        return null;
    }
}
