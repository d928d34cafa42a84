package org.bridgehead.exchange.ews;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.mail.MailService;
import org.bridgehead.simulator.SimulatorOptions;
import org.bridgehead.simulator.notify.NotificationSettings;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.NewItem;

/** The simulator, a backend with a private cache directory, and alice signed in. */
final class MailFixture implements AutoCloseable {

    final SimulatedExchange exchange;
    final Path cacheDirectory;
    final EwsBackend backend;
    final ExchangeSession alice;

    private MailFixture(SimulatedExchange exchange, Path cacheDirectory, int retries) throws BackendException {
        this.exchange = exchange;
        this.cacheDirectory = cacheDirectory;
        this.backend = exchange.backend(retries, cacheDirectory);
        this.alice = signIn(backend, SimulatedExchange.ALICE);
    }

    static MailFixture start(Path cacheDirectory) throws BackendException {
        return start(cacheDirectory, SimulatorOptions.defaults(), 1);
    }

    static MailFixture start(Path cacheDirectory, SimulatorOptions options, int retries) throws BackendException {
        return start(cacheDirectory, options, NotificationSettings.DEFAULT, retries);
    }

    static MailFixture start(Path cacheDirectory, SimulatorOptions options, NotificationSettings notifications,
            int retries) throws BackendException {
        SimulatedExchange exchange = SimulatedExchange.start(options, notifications);
        try {
            return new MailFixture(exchange, cacheDirectory, retries);
        } catch (BackendException | RuntimeException e) {
            exchange.close();
            throw e;
        }
    }

    MailService mail() {
        return alice.mail();
    }

    /** Another backend instance (as after a restart) over the same cache directory. */
    EwsBackend newBackend() {
        return exchange.backend(1, cacheDirectory);
    }

    static ExchangeSession signIn(EwsBackend backend, String user) throws BackendException {
        return backend.open(new Credentials(user, SimulatedExchange.PASSWORD));
    }

    Mailbox mailbox(String address) {
        return exchange.store().mailbox(address).orElseThrow();
    }

    /** A new top-level folder of alice's holding {@code count} messages, put there directly. */
    MailFolder folderWith(String name, int count) throws Exception {
        MailFolder folder = mail().createFolder(name);
        Mailbox mailbox = mailbox(SimulatedExchange.ALICE);
        long number = simulatorFolder(name).number();
        for (int i = 1; i <= count; i++) {
            mailbox.createItem(number, NewItem.of(message(name + " " + i)).withRead(false));
        }
        return folder;
    }

    FolderState simulatorFolder(String topLevelName) throws Exception {
        Mailbox mailbox = mailbox(SimulatedExchange.ALICE);
        return mailbox.child(mailbox.folder(DistinguishedFolder.MSG_FOLDER_ROOT).number(), topLevelName)
                .orElseThrow();
    }

    List<ItemState> simulatorItems(String topLevelName) throws Exception {
        return mailbox(SimulatedExchange.ALICE).items(simulatorFolder(topLevelName).number());
    }

    long calls(String operation) {
        return exchange.simulator().stats().requests(operation);
    }

    long totalCalls() {
        return exchange.simulator().stats().totalRequests();
    }

    void resetCalls() {
        exchange.simulator().resetStats();
    }

    static byte[] message(String subject) {
        return ("From: Bob Baker <bob@example.com>\r\n"
                + "To: Alice Archer <alice@example.com>\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n"
                + "Message-ID: <" + subject.replace(' ', '.') + "@example.com>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "\r\n"
                + "Body of " + subject + ".\r\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        alice.close();
        exchange.close();
    }
}
