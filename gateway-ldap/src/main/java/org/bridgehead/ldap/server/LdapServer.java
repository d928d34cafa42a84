package org.bridgehead.ldap.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.directory.api.ldap.codec.api.LdapApiService;
import org.apache.directory.api.ldap.codec.osgi.DefaultLdapCodecService;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.ldap.operation.LdapOperations;
import org.bridgehead.net.TcpListener;

/**
 * The LDAP listener: one thread per connection on the shared TCP listener, each decoding and
 * encoding messages with the Apache Directory codec. No directory service is started; searches go
 * to the backend's {@link org.bridgehead.exchange.directory.DirectoryService} of the bound user.
 * The codec (its control and operation factories, a few hundred milliseconds of class loading) is
 * built by the first connection, not at start-up: the port is open at once, and a gateway whose
 * users never look anyone up does not pay for it.
 */
public final class LdapServer implements AutoCloseable {

    /** A connection over the limit gets no LDAP answer (there is no unsolicited one for this) and is closed. */
    private static final byte[] TOO_MANY_CONNECTIONS = new byte[0];

    private final TcpListener listener;

    public LdapServer(LdapServerOptions options, SessionCache sessions) {
        this(options, sessions, Optional.empty());
    }

    /** @param tls how StartTLS upgrades a connection; empty: StartTLS is refused */
    public LdapServer(LdapServerOptions options, SessionCache sessions, Optional<TlsUpgrade> tls) {
        LdapOperations operations = new LdapOperations(sessions, options.sizeLimit());
        Supplier<LdapApiService> codec = new LazyCodec();
        this.listener = new TcpListener("ldap", options.bindAddress(), options.port(), options.maxConnections(),
                TOO_MANY_CONNECTIONS, (id, socket, onClose) -> new LdapConnection(id, socket, options, codec,
                        operations, tls, onClose));
    }

    public LdapServer start() throws IOException {
        listener.start();
        return this;
    }

    public InetSocketAddress localAddress() {
        return listener.localAddress();
    }

    @Override
    public void close() {
        listener.close();
    }

    /** The codec service, built once by whichever connection needs it first. */
    private static final class LazyCodec implements Supplier<LdapApiService> {
        private LdapApiService service;

        @Override
        public synchronized LdapApiService get() {
            if (service == null) {
                service = new DefaultLdapCodecService();
            }
            return service;
        }
    }
}
