package org.bridgehead.exchange.ews;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import microsoft.exchange.webservices.data.core.enumeration.service.SyncFolderItemsScope;
import microsoft.exchange.webservices.data.sync.ChangeCollection;
import microsoft.exchange.webservices.data.sync.ItemChange;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.ExchangeErrorException;
import org.bridgehead.exchange.mail.FolderSnapshot;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.MessageSummary;
import org.bridgehead.exchange.mail.SystemFlag;
import org.bridgehead.exchange.store.FolderIndex;
import org.bridgehead.exchange.store.IndexEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a folder index up to date with SyncFolderItems from its stored sync state: an unchanged
 * folder costs one call; changes come in pages of {@link #PAGE_SIZE}, each saved with its new state,
 * so an interrupted sync resumes where it stopped.
 */
final class FolderSynchronizer {

    private static final Logger LOG = LoggerFactory.getLogger(FolderSynchronizer.class);

    /** Changes per SyncFolderItems call. */
    static final int PAGE_SIZE = 512;
    /** Far above any real folder; stops a server that never says it is done. */
    private static final int MAX_PAGES = 10_000;

    private final MailContext context;
    private final IndexRecorder recorder;

    FolderSynchronizer(MailContext context) {
        this.context = context;
        this.recorder = new IndexRecorder(context);
    }

    /** Synchronises the folder and returns its messages; the caller holds nothing. */
    FolderSnapshot sync(String folderId) throws BackendException {
        FolderIndex index = context.store().folder(folderId);
        synchronized (index.lock()) {
            syncLocked(index);
            return snapshot(index);
        }
    }

    /** Synchronises; the caller holds the index lock. */
    void syncLocked(FolderIndex index) throws BackendException {
        boolean restarted = false;
        if (index.syncState().isEmpty()) {
            index.startExpungeHistory();
        }
        for (int page = 0; page < MAX_PAGES; page++) {
            String state = index.syncState().orElse(null);
            ChangeCollection<ItemChange> changes;
            try {
                changes = context.call("SyncFolderItems", () -> context.service().syncFolderItems(
                        MailContext.folderId(index.folderId()), ItemProperties.indexShape(), null, PAGE_SIZE,
                        SyncFolderItemsScope.NormalItems, state));
            } catch (ExchangeErrorException e) {
                if (restarted || state == null || !"ErrorInvalidSyncStateData".equals(e.responseCode())) {
                    throw e;
                }
                LOG.info("Exchange rejected the sync state of folder {}; resynchronising it", index.folderId());
                index.clear();
                restarted = true;
                continue;
            }
            apply(index, changes);
            index.syncState(changes.getSyncState());
            index.commit();
            if (!changes.getMoreChangesAvailable()) {
                return;
            }
        }
        LOG.warn("Folder {} kept reporting more changes; stopped after {} pages", index.folderId(), MAX_PAGES);
    }

    private void apply(FolderIndex index, ChangeCollection<ItemChange> changes) throws BackendException {
        for (ItemChange change : changes) {
            try {
                switch (change.getChangeType()) {
                    case Create, Update -> recorder.record(index, change.getItem(), OptionalLong.empty());
                    case Delete -> index.removeItem(change.getItemId().getUniqueId());
                    case ReadFlagChange -> readFlagChanged(index, change);
                }
            } catch (BackendException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw context.failure(e);
            }
        }
    }

    private static void readFlagChanged(FolderIndex index, ItemChange change) throws Exception {
        var id = change.getItemId();
        index.byItemId(id.getUniqueId()).ifPresent(entry -> {
            Set<SystemFlag> system = entry.flags().system().isEmpty() ? EnumSet.noneOf(SystemFlag.class)
                    : EnumSet.copyOf(entry.flags().system());
            if (change.getIsRead()) {
                system.add(SystemFlag.SEEN);
            } else {
                system.remove(SystemFlag.SEEN);
            }
            MessageFlags flags = new MessageFlags(system, entry.flags().keywords());
            if (!flags.equals(entry.flags())) {
                String changeKey = id.getChangeKey() == null ? entry.changeKey() : id.getChangeKey();
                index.put(entry.withFlags(flags, changeKey, index.nextModSeq()));
            }
        });
    }

    static FolderSnapshot snapshot(FolderIndex index) {
        List<MessageSummary> messages = index.entries().stream().map(IndexEntry::summary).toList();
        long highest = Math.max(index.latestExpungeModSeq(),
                messages.stream().mapToLong(MessageSummary::modSeq).max().orElse(0));
        return new FolderSnapshot(index.folderId(), index.uidValidity(), index.uidNext(), highest, messages);
    }
}
