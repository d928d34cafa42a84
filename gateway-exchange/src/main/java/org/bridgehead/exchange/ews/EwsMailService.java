package org.bridgehead.exchange.ews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import microsoft.exchange.webservices.data.core.ExchangeService;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.mail.AppendResult;
import org.bridgehead.exchange.mail.BatchResult;
import org.bridgehead.exchange.mail.Content;
import org.bridgehead.exchange.mail.CopyResult;
import org.bridgehead.exchange.mail.FlagChange;
import org.bridgehead.exchange.mail.FolderSnapshot;
import org.bridgehead.exchange.mail.FolderWatch;
import org.bridgehead.exchange.mail.MailSearch;
import org.bridgehead.exchange.mail.MailService;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.OutgoingRecipients;
import org.bridgehead.exchange.store.FolderIndex;

/** The mail API over EWS: each operation is one small class; this one only routes to them. */
final class EwsMailService implements MailService {

    private final MailContext context;
    private final FolderList folders;
    private final FolderEditor editor;
    private final FolderSynchronizer synchronizer;
    private final MessageFetcher fetcher;
    private final HeaderFetcher headerFetcher;
    private final FlagUpdater flagUpdater;
    private final MessageAppender appender;
    private final MessageTransfer transfer;
    /** Lets the watches tell the echoes of this session's moves from changes made elsewhere. */
    private final OwnMoves ownMoves;
    private final MessageExpunger expunger;
    private final MessageSearcher searcher;
    private final MessageSender sender;
    private final Supplier<ExchangeService> watchServices;
    /** Shared by every connection of the session, kept across SELECTs. */
    private final SharedFolderWatches watches;

    /**
     * @param watchServices new EWS service objects of the same user, with connections of their own,
     *                      for watches: their held-open requests never wait for or block the session's
     */
    EwsMailService(MailContext context, FolderList folders, String rootId, Supplier<ExchangeService> watchServices) {
        this.context = context;
        this.folders = folders;
        this.editor = new FolderEditor(context, folders, rootId);
        this.synchronizer = new FolderSynchronizer(context);
        this.fetcher = new MessageFetcher(context);
        this.headerFetcher = new HeaderFetcher(context, fetcher);
        this.flagUpdater = new FlagUpdater(context);
        this.appender = new MessageAppender(context);
        this.ownMoves = new OwnMoves();
        this.transfer = new MessageTransfer(context, ownMoves);
        this.expunger = new MessageExpunger(context);
        this.searcher = new MessageSearcher(context);
        this.sender = new MessageSender(context);
        this.watchServices = watchServices;
        this.watches = new SharedFolderWatches(context.clock());
    }

    @Override
    public List<MailFolder> folders() throws BackendException {
        return folders.folders();
    }

    @Override
    public MailFolder folder(String path) throws BackendException {
        return folders.byPath(path);
    }

    @Override
    public MailFolder createFolder(String path) throws BackendException {
        return editor.create(path);
    }

    @Override
    public MailFolder renameFolder(String folderId, String newPath) throws BackendException {
        return editor.rename(folderId, newPath);
    }

    @Override
    public void deleteFolder(String folderId) throws BackendException {
        editor.delete(folderId);
    }

    @Override
    public FolderSnapshot sync(String folderId) throws BackendException {
        return synchronizer.sync(folderId);
    }

    @Override
    public Optional<List<Long>> expungedSince(String folderId, long modSeq) throws BackendException {
        FolderIndex index = context.store().folder(folderId);
        synchronized (index.lock()) {
            return index.expungedSince(modSeq);
        }
    }

    @Override
    public Map<Long, Content> fetch(String folderId, List<Long> uids) throws BackendException {
        return fetcher.fetch(folderId, uids);
    }

    @Override
    public Map<Long, byte[]> headers(String folderId, List<Long> uids) throws BackendException {
        return headerFetcher.headers(folderId, uids);
    }

    @Override
    public BatchResult setFlags(String folderId, List<Long> uids, FlagChange change, long unchangedSince)
            throws BackendException {
        return flagUpdater.setFlags(folderId, distinct(uids), change, unchangedSince);
    }

    @Override
    public AppendResult append(String folderId, Content mime, MessageFlags flags, Instant internalDate)
            throws BackendException {
        return appender.append(folderId, mime, flags, internalDate);
    }

    @Override
    public CopyResult copy(String folderId, List<Long> uids, String targetFolderId) throws BackendException {
        return transfer.transfer(folderId, distinct(uids), targetFolderId, false);
    }

    @Override
    public CopyResult move(String folderId, List<Long> uids, String targetFolderId) throws BackendException {
        return transfer.transfer(folderId, distinct(uids), targetFolderId, true);
    }

    @Override
    public BatchResult expunge(String folderId, List<Long> uids) throws BackendException {
        return expunger.expunge(folderId, distinct(uids));
    }

    @Override
    public Set<Long> search(String folderId, MailSearch criteria) throws BackendException {
        return searcher.search(folderId, criteria);
    }

    @Override
    public FolderWatch watch(Collection<String> folderIds, FolderWatch.Listener listener) throws BackendException {
        List<String> ids = distinct(folderIds);
        return watches.hold(ids, listener, notices -> {
            FolderWatcher watcher = new FolderWatcher(context, watchServices, ids, ownMoves, notices);
            watcher.start();
            return watcher;
        });
    }

    /** Ends the session's folder watches, held or lingering. */
    void closeWatches() {
        watches.close();
    }

    @Override
    public void send(Content mime, OutgoingRecipients recipients, boolean saveCopy) throws BackendException {
        sender.send(mime, recipients, saveCopy);
    }

    private static <T> List<T> distinct(Collection<T> values) {
        return List.copyOf(new ArrayList<>(new LinkedHashSet<>(values)));
    }
}
