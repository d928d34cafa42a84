package org.bridgehead.exchange.ews;

import java.util.concurrent.TimeUnit;
import org.apache.http.config.Registry;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.config.SocketConfig;
import org.apache.http.conn.HttpClientConnectionManager;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.conn.socket.PlainConnectionSocketFactory;
import org.apache.http.conn.ssl.SSLConnectionSocketFactory;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

/**
 * The HTTP connections to Exchange, shared by every session and bounded by
 * {@link EwsSettings#maxConnections()}.
 *
 * <p>Sharing is safe across users: an NTLM-authenticated connection carries its user as pool
 * state and is only leased again to requests of that same user, and Basic sends the
 * credentials with every request. TLS 1.2+ trusts what {@link ExchangeTrust} trusts.
 */
final class EwsConnectionPool implements AutoCloseable {

    /** A connection idle this long is checked before reuse, since the server may have closed it. */
    private static final int VALIDATE_AFTER_IDLE_MILLIS = 2_000;

    private final PoolingHttpClientConnectionManager connections;

    EwsConnectionPool(EwsSettings settings) {
        this(settings, settings.maxConnections());
    }

    /** A pool of its own size, e.g. for a folder watch, whose held-open request it must be able to cut. */
    EwsConnectionPool(EwsSettings settings, int maxConnections) {
        int connectMillis = millis(settings.connectTimeout().toMillis());
        ExchangeTrust trust = ExchangeTrust.of(settings.trustFile(), settings.pin());
        Registry<ConnectionSocketFactory> registry = RegistryBuilder.<ConnectionSocketFactory>create()
                .register("http", new ConnectTimeoutSocketFactory(
                        PlainConnectionSocketFactory.getSocketFactory(), connectMillis))
                .register("https", new ConnectTimeoutSocketFactory(new SSLConnectionSocketFactory(
                        trust.sslContext(), new String[] {"TLSv1.3", "TLSv1.2"}, null, trust.hostnameVerifier()),
                        connectMillis))
                .build();
        connections = new PoolingHttpClientConnectionManager(registry);
        connections.setMaxTotal(maxConnections);
        connections.setDefaultMaxPerRoute(maxConnections);
        connections.setValidateAfterInactivity(VALIDATE_AFTER_IDLE_MILLIS);
        // Applies from the first byte, so the TLS handshake is bounded too.
        connections.setDefaultSocketConfig(SocketConfig.custom()
                .setSoTimeout(millis(settings.readTimeout().toMillis())).build());
    }

    HttpClientConnectionManager manager() {
        return connections;
    }

    @Override
    public void close() {
        connections.closeIdleConnections(0, TimeUnit.MILLISECONDS);
        connections.shutdown();
    }

    static int millis(long millis) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, millis));
    }
}
