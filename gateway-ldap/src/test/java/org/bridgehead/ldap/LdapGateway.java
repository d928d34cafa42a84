package org.bridgehead.ldap;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import java.io.IOException;
import org.bridgehead.net.tls.ListenerTls;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.exchange.ews.EwsBackend;
import org.bridgehead.exchange.ews.EwsSettings;
import org.bridgehead.exchange.ews.MailSettings;
import org.bridgehead.ldap.server.LdapServer;
import org.bridgehead.ldap.server.LdapServerOptions;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.ews.EwsOperations;
import org.bridgehead.simulator.seed.DemoDataSet;
import org.bridgehead.simulator.store.SimulatorStore;

/** The LDAP gateway on a free port over the EWS backend and a simulator with the demo data. */
final class LdapGateway implements AutoCloseable {
    static final String ALICE = "alice@example.com";
    static final String PASSWORD = DemoDataSet.PASSWORD;

    /** Thunderbird's autocomplete filter for what the user typed. */
    static String autocomplete(String typed) {
        return String.format("(|(cn=*%1$s*)(mail=*%1$s*)(givenName=*%1$s*)(sn=*%1$s*))", typed);
    }

    final SimulatorStore store;
    final EwsSimulator simulator;
    private final EwsBackend backend;
    private final SessionCache sessions;
    final LdapServer server;

    LdapGateway(Path work) throws IOException {
        this(work, DemoDataSet.create(), 1000);
    }

    LdapGateway(Path work, SimulatorStore store, int sizeLimit) throws IOException {
        this(work, store, sizeLimit, SimulatorOptions.defaults());
    }

    LdapGateway(Path work, SimulatorStore store, int sizeLimit, SimulatorOptions exchange) throws IOException {
        this(work, store, sizeLimit, exchange, ListenerTls.none());
    }

    /** @param tls StartTLS of the gateway's port */
    LdapGateway(Path work, SimulatorStore store, int sizeLimit, SimulatorOptions exchange, ListenerTls tls)
            throws IOException {
        this.store = store;
        simulator = EwsSimulator.start(exchange, store, EwsOperations.all(store));
        backend = new EwsBackend(new EwsSettings(simulator.ewsUrl(), Duration.ofSeconds(2), Duration.ofSeconds(20), 0,
                Duration.ofMillis(10), 4), new MailSettings(work.resolve("cache"), 100, 16L << 20),
                Duration.ofSeconds(60));
        sessions = new SessionCache(backend, Duration.ofMinutes(5), 10);
        server = new LdapServer(new LdapServerOptions(InetAddress.getLoopbackAddress(), 0, 16, Duration.ofSeconds(30),
                sizeLimit, 256 * 1024), sessions, tls).start();
    }

    LDAPConnection connect() throws LDAPException {
        return new LDAPConnection("127.0.0.1", server.localAddress().getPort());
    }

    LDAPConnection bound(String user, String password) throws LDAPException {
        LDAPConnection connection = connect();
        connection.bind(user, password);
        return connection;
    }

    LDAPConnection alice() throws LDAPException {
        return bound(ALICE, PASSWORD);
    }

    long ewsCalls(String operation) {
        return simulator.stats().requests(operation);
    }

    @Override
    public void close() {
        server.close();
        sessions.close();
        backend.close();
        simulator.close();
    }
}
