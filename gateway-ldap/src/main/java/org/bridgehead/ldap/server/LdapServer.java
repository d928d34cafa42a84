package org.bridgehead.ldap.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.apache.directory.api.ldap.codec.api.LdapApiService;
import org.apache.directory.api.ldap.codec.osgi.DefaultLdapCodecService;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.ldap.operation.LdapOperations;
import org.bridgehead.net.TcpListener;

/**
 * The LDAP listener: one thread per connection on the shared TCP listener, each decoding and
 * encoding messages with the Apache Directory codec. No directory service is started; searches go
 * to the backend's {@link org.bridgehead.exchange.directory.DirectoryService} of the bound user.
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
        LdapApiService codec = new DefaultLdapCodecService();
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
}
