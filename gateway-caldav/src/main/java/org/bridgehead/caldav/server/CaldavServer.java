package org.bridgehead.caldav.server;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import org.bridgehead.exchange.SessionCache;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The CalDAV/CardDAV listener: Jetty's HTTP/1.1 connector in front of {@link DavHandler}. */
public final class CaldavServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CaldavServer.class);

    private final CaldavServerOptions options;
    private final Server server;
    private final ServerConnector connector;

    public CaldavServer(CaldavServerOptions options, SessionCache sessions) {
        this.options = options;
        QueuedThreadPool threads = new QueuedThreadPool(options.maxConnections(), 2);
        threads.setName("caldav");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(options.bindAddress().getHostAddress());
        connector.setPort(options.port());
        connector.setIdleTimeout(options.idleTimeout().toMillis());
        server.addConnector(connector);
        server.setHandler(new DavHandler(sessions, options.maxRequestBytes()));
        server.setErrorHandler(new PlainErrorHandler());
        server.setStopTimeout(2000);
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
            throw new IOException("the CalDAV listener did not start: " + e.getMessage(), e);
        }
        LOG.info("CalDAV listening on {}", localAddress());
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
            LOG.warn("stopping the CalDAV listener failed: {}", e.toString());
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
