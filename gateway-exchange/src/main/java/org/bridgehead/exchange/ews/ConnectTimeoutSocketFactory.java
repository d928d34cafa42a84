package org.bridgehead.exchange.ews;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.apache.http.HttpHost;
import org.apache.http.conn.socket.ConnectionSocketFactory;
import org.apache.http.protocol.HttpContext;

/**
 * Caps the connect timeout. ews-java-api uses its single request timeout for connecting too,
 * and a dead host should fail in the connect timeout, not the (longer) read timeout.
 */
final class ConnectTimeoutSocketFactory implements ConnectionSocketFactory {

    private final ConnectionSocketFactory delegate;
    private final int connectTimeoutMillis;

    ConnectTimeoutSocketFactory(ConnectionSocketFactory delegate, int connectTimeoutMillis) {
        this.delegate = delegate;
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    @Override
    public Socket createSocket(HttpContext context) throws IOException {
        return delegate.createSocket(context);
    }

    @Override
    public Socket connectSocket(int requestedTimeout, Socket socket, HttpHost host,
            InetSocketAddress remoteAddress, InetSocketAddress localAddress, HttpContext context)
            throws IOException {
        int timeout = requestedTimeout > 0 ? Math.min(requestedTimeout, connectTimeoutMillis) : connectTimeoutMillis;
        return delegate.connectSocket(timeout, socket, host, remoteAddress, localAddress, context);
    }
}
