package org.bridgehead.smtp.exchange;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bridgehead.exchange.SessionCache;
import org.bridgehead.exchange.ews.EwsBackend;
import org.bridgehead.exchange.ews.EwsSettings;
import org.bridgehead.exchange.ews.MailSettings;
import org.bridgehead.simulator.EwsSimulator;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.ews.EwsOperations;
import org.bridgehead.simulator.seed.DemoDataSet;
import org.bridgehead.simulator.smtp.SmtpRelay;
import org.bridgehead.simulator.soap.EwsOperation;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.bridgehead.smtp.server.SmtpServer;
import org.bridgehead.smtp.server.SmtpServerOptions;

/**
 * The whole sending path on loopback: the SMTP server with {@link ExchangeSubmitter}, the EWS
 * backend, the EWS simulator with the demo mailboxes, and the smart host the simulator relays
 * outside mail to.
 */
final class ExchangeGateway implements AutoCloseable {

    static final String ALICE = "alice@example.com";
    static final String BOB = "bob@example.com";
    static final String PASSWORD = DemoDataSet.PASSWORD;

    final SimulatorStore store = DemoDataSet.create();
    final ThrottlingSwitch createItem;
    final EwsSimulator simulator;
    private final EwsBackend backend;
    private final SessionCache sessions;
    final SmtpServer server;

    /**
     * @param smartHostPort where the simulator relays mail for outside recipients
     * @param work a private directory for the spool and the backend's cache
     */
    ExchangeGateway(int smartHostPort, Path work) throws IOException {
        store.delivery().setRelay(new SmtpRelay("127.0.0.1", smartHostPort, 5_000, 10_000));
        List<EwsOperation> operations = new ArrayList<>();
        ThrottlingSwitch throttled = null;
        for (EwsOperation operation : EwsOperations.all(store)) {
            if (operation.name().equals("CreateItem")) {
                throttled = new ThrottlingSwitch(operation);
                operation = throttled;
            }
            operations.add(operation);
        }
        createItem = throttled;
        simulator = EwsSimulator.start(SimulatorOptions.defaults(), store, operations);
        // One quick retry, so a throttled send fails within the test's patience.
        backend = new EwsBackend(new EwsSettings(simulator.ewsUrl(), Duration.ofSeconds(2), Duration.ofSeconds(20), 1,
                Duration.ofMillis(10), 4), new MailSettings(work.resolve("cache"), 100, 16L << 20));
        sessions = new SessionCache(backend, Duration.ofMinutes(5), 10);
        SmtpServerOptions options = SmtpServerOptions.builder()
                .bindAddress(InetAddress.getLoopbackAddress())
                .port(0)
                .hostName("gateway.test")
                .spoolDirectory(work)
                .spoolMemoryThreshold(4096)
                .build();
        server = new SmtpServer(options, new ExchangeSubmitter(sessions, true)).start();
    }

    List<ItemState> inbox(String address) throws Exception {
        return items(address, DistinguishedFolder.INBOX);
    }

    List<ItemState> sentItems(String address) throws Exception {
        return items(address, DistinguishedFolder.SENT_ITEMS);
    }

    /** CreateItem requests the simulator has answered. */
    long createItemCalls() {
        return simulator.stats().requests().getOrDefault("CreateItem", 0L);
    }

    private List<ItemState> items(String address, DistinguishedFolder folder) throws Exception {
        Mailbox mailbox = store.mailbox(address).orElseThrow();
        return mailbox.items(mailbox.folder(folder).number());
    }

    @Override
    public void close() {
        server.close();
        sessions.close();
        backend.close();
        simulator.close();
    }
}
