package org.bridgehead.exchange.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open stores, one per user, shared by every session of that user in this process (two mail
 * clients on one mailbox see one index). Stores stay open until {@link #close()}.
 */
public final class MailStores implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MailStores.class);

    private final Path directory;
    private final Clock clock;
    private final Map<String, MailStore> open = new HashMap<>();

    public MailStores(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** The user's store, opening it on first use. */
    public synchronized MailStore of(String primaryAddress) throws IOException {
        String key = primaryAddress.toLowerCase(Locale.ROOT);
        MailStore store = open.get(key);
        if (store == null) {
            store = MailStore.open(directory, primaryAddress, clock);
            open.put(key, store);
        }
        return store;
    }

    @Override
    public void close() {
        List<MailStore> stores;
        synchronized (this) {
            stores = new ArrayList<>(open.values());
            open.clear();
        }
        for (MailStore store : stores) {
            try {
                store.close();
            } catch (RuntimeException e) {
                // The store is a cache: a failed final write costs a resynchronisation, nothing more.
                LOG.warn("Closing an index store failed: {}", e.getMessage(), e);
            }
        }
    }
}
