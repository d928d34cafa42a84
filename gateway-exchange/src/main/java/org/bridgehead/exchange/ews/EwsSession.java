package org.bridgehead.exchange.ews;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.ServerInfo;
import org.bridgehead.exchange.cache.ContentCache;
import org.bridgehead.exchange.directory.CachingDirectory;
import org.bridgehead.exchange.directory.DirectoryService;
import org.bridgehead.exchange.mail.MailService;
import org.bridgehead.exchange.pim.PimService;
import org.bridgehead.exchange.store.MailStores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A signed-in EWS session. Calls are serialised: ews-java-api's service object keeps per-request
 * state (response headers, the server info) and is not meant for concurrent requests.
 */
final class EwsSession implements ExchangeSession {

    private static final Logger LOG = LoggerFactory.getLogger(EwsSession.class);

    private final BoundedExchangeService service;
    private final EwsCallRunner runner;
    private final String userName;
    private final String primaryAddress;
    private final ServerInfo serverInfo;
    private final WellKnownFolders wellKnownFolders;
    private final EwsMailService mail;
    private final DirectoryService directory;
    private final PimService pim;
    private volatile boolean open = true;

    /**
     * @param watchServices new service objects of this user, for folder watches
     */
    EwsSession(BoundedExchangeService service, EwsCallRunner runner, String userName, String primaryAddress,
            ServerInfo serverInfo, WellKnownFolders wellKnownFolders, MailResources resources,
            Supplier<BoundedExchangeService> watchServices) {
        this.service = service;
        this.runner = runner;
        this.userName = userName;
        this.primaryAddress = primaryAddress;
        this.serverInfo = serverInfo;
        this.wellKnownFolders = wellKnownFolders;
        MailContext context = new MailContext(service, runner, this, resources.stores(), resources.cache(),
                resources.settings(), primaryAddress, resources.clock());
        this.mail = new EwsMailService(context,
                new FolderList(new FolderHierarchy(context, wellKnownFolders), resources.clock()),
                wellKnownFolders.rootId(), watchServices::get);
        this.directory = new CachingDirectory(new EwsDirectoryService(context), resources.directoryCacheTtl(),
                resources.clock());
        // all-day events and task dates are days of the user's zone, which is this machine's
        this.pim = new EwsPimService(context, wellKnownFolders.rootId(), primaryAddress, ZoneId.systemDefault(),
                resources.clock());
    }

    /**
     * What every session of a backend shares: index stores, content cache, settings; and how long a
     * session reuses its directory answers.
     */
    record MailResources(MailStores stores, ContentCache cache, MailSettings settings, Clock clock,
                         Duration directoryCacheTtl) {
    }

    @Override
    public ServerInfo serverInfo() {
        return serverInfo;
    }

    @Override
    public String primaryAddress() {
        return primaryAddress;
    }

    @Override
    public String userName() {
        return userName;
    }

    @Override
    public synchronized List<MailFolder> folderTree() throws BackendException {
        requireOpen();
        return new FolderTreeLoader(service, runner).load(wellKnownFolders);
    }

    @Override
    public MailService mail() {
        return mail;
    }

    @Override
    public DirectoryService directory() {
        return directory;
    }

    @Override
    public PimService pim() {
        return pim;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    /** Not synchronised: closing must not wait for a call in progress, which ends within its timeout. */
    @Override
    public void close() {
        if (open) {
            open = false;
            mail.closeWatches();
            service.close();
            LOG.debug("Closed the EWS session of {}", userName);
        }
    }

    private void requireOpen() {
        if (!open) {
            throw new IllegalStateException("The session of " + userName + " is closed");
        }
    }

    @Override
    public String toString() {
        return "EwsSession[user=" + userName + ", address=" + primaryAddress + "]";
    }
}
