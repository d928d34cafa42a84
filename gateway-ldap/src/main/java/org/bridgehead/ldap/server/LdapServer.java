package org.bridgehead.ldap.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.directory.api.ldap.codec.api.LdapApiService;
import org.apache.directory.api.ldap.codec.osgi.DefaultLdapCodecService;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.ldap.operation.LdapOperations;
import org.bridgehead.ldap.protocol.StartTlsRequests;
import org.bridgehead.net.TcpListener;
import org.bridgehead.net.tls.ListenerTls;
import org.bridgehead.net.tls.ServerTls;

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
    private final LdapServerOptions options;
    private final LdapOperations operations;
    private final Supplier<LdapApiService> codec;

    public LdapServer(LdapServerOptions options, SessionCache sessions) {
        this(options, sessions, Optional.empty());
    }

    /** @param tls how StartTLS upgrades a connection; empty: StartTLS is refused */
    public LdapServer(LdapServerOptions options, SessionCache sessions, Optional<TlsUpgrade> tls) {
        this(options, new LdapOperations(sessions, options.sizeLimit()), new LazyCodec(), "ldap",
                options.bindAddress(), options.port(), tls, Optional.empty());
    }

    /** @param tls StartTLS with the listeners' certificate, and whether a bind must wait for it */
    public LdapServer(LdapServerOptions options, SessionCache sessions, ListenerTls tls) {
        this(options, new LdapOperations(sessions, options.sizeLimit(), tls.required()),
                new LazyCodec(), "ldap", options.bindAddress(), options.port(),
                tls.startTls().map(serverTls -> serverTls::upgrade), Optional.empty());
    }

    private LdapServer(LdapServerOptions options, LdapOperations operations, Supplier<LdapApiService> codec, String name,
            InetAddress bindAddress, int port, Optional<TlsUpgrade> tls, Optional<ServerTls> implicitTls) {
        this.options = options;
        this.operations = operations;
        this.codec = codec;
        this.listener = new TcpListener(name, bindAddress, port, options.maxConnections(),
                TOO_MANY_CONNECTIONS, (id, socket, onClose) -> new LdapConnection(id, socket, options, codec,
                        operations, tls, onClose), implicitTls);
    }

    /** The same directory on a second port that speaks TLS from the first byte (LDAPS). Call {@link #start()}. */
    public LdapServer withImplicitTls(ServerTls tls, InetAddress bindAddress, int port) {
        return new LdapServer(options, operations, codec, "ldaps", bindAddress, port, Optional.empty(),
                Optional.of(tls));
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

    /** The codec service, built once by whichever connection needs it first; shared by the LDAPS port. */
    private static final class LazyCodec implements Supplier<LdapApiService> {
        private LdapApiService service;

        @Override
        public synchronized LdapApiService get() {
            if (service == null) {
                service = StartTlsRequests.registerWith(new DefaultLdapCodecService());
            }
            return service;
        }
    }
}
