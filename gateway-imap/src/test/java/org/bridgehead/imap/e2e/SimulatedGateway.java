package org.bridgehead.imap.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.exchange.ews.EwsBackend;
import org.bridgehead.exchange.ews.EwsSettings;
import org.bridgehead.exchange.ews.MailSettings;
import org.bridgehead.imap.protocol.ImapReaderLimits;
import org.bridgehead.imap.server.ImapServer;
import org.bridgehead.imap.server.ImapServerOptions;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.ews.EwsOperations;
import org.bridgehead.simulator.seed.DemoDataSet;
import org.bridgehead.simulator.store.SimulatorStore;

/**
 * The whole chain on loopback ports: IMAP server -> EWS backend -> EWS simulator serving the
 * demo mailboxes (alice@example.com and bob@example.com, password "demo").
 */
public final class SimulatedGateway implements AutoCloseable {

    static final String ALICE = "alice@example.com";
    static final String PASSWORD = DemoDataSet.PASSWORD;

    private final SimulatorStore store = DemoDataSet.create();
    private final EwsSimulator simulator;
    private final EwsBackend backend;
    private final SessionCache sessions;
    private final ImapServer server;

    public SimulatedGateway(Path cacheDirectory) throws IOException {
        this(cacheDirectory, false);
    }

    /** @param exactSizes the server's {@code bridgehead.imap.exact.sizes} */
    SimulatedGateway(Path cacheDirectory, boolean exactSizes) throws IOException {
        simulator = EwsSimulator.start(SimulatorOptions.defaults(), store, EwsOperations.all(store));
        backend = new EwsBackend(new EwsSettings(simulator.ewsUrl(), Duration.ofSeconds(5), Duration.ofSeconds(30), 1,
                Duration.ofMillis(50), 8), new MailSettings(cacheDirectory, 100, 16L << 20));
        sessions = new SessionCache(backend, Duration.ofMinutes(5), 10);
        ImapServerOptions options = new ImapServerOptions(InetAddress.getLoopbackAddress(), 0, 16,
                Duration.ofMinutes(5), Duration.ofMinutes(1), ImapReaderLimits.defaults(), false, exactSizes,
                Duration.ofMillis(10), Duration.ofMillis(100), Optional.empty());
        server = new ImapServer(options, sessions).start();
    }

    /** EWS requests of one operation the simulator has answered so far. */
    public long ewsCalls(String operation) {
        return simulator.stats().requests(operation);
    }

    /** The simulator's mailboxes, to change mail behind the gateway's back. */
    public SimulatorStore store() {
        return store;
    }

    public int port() {
        return server.port();
    }

    /** A connected jakarta.mail IMAP store. */
    Store connect(String user, String password) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "10000");
        properties.put("mail.imap.timeout", "30000");
        properties.put("mail.debug", System.getProperty("imap.debug", "false"));
        Store imap = Session.getInstance(properties).getStore("imap");
        imap.connect("127.0.0.1", port(), user, password);
        return imap;
    }

    @Override
    public void close() {
        server.close();
        sessions.close();
        backend.close();
        simulator.close();
    }
}
