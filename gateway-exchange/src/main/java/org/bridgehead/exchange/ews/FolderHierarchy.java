package org.bridgehead.exchange.ews;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import microsoft.exchange.webservices.data.sync.ChangeCollection;
import microsoft.exchange.webservices.data.sync.FolderChange;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.ExchangeErrorException;
import org.bridgehead.exchange.MailFolder;

/**
 * The folder tree kept current with SyncFolderHierarchy from a sync state: the first load lists
 * every folder, later ones only what changed (a folder whose messages changed counts as changed,
 * so message counts stay current), one call when nothing did.
 */
final class FolderHierarchy implements FolderList.Source {

    /** Far above any real mailbox; stops a server that never says it is done. */
    private static final int MAX_PAGES = 1_000;

    private final MailContext context;
    private final WellKnownFolders known;
    private final Map<String, FolderRow> rows = new LinkedHashMap<>();
    private String syncState;

    FolderHierarchy(MailContext context, WellKnownFolders known) {
        this.context = context;
        this.known = known;
    }

    @Override
    public synchronized List<MailFolder> load() throws BackendException {
        boolean restarted = false;
        for (int page = 0; page < MAX_PAGES; page++) {
            String state = syncState;
            ChangeCollection<FolderChange> changes;
            try {
                changes = context.call("SyncFolderHierarchy", () -> context.service().syncFolderHierarchy(
                        MailContext.folderId(known.rootId()), FolderTreeLoader.PROPERTIES, state));
            } catch (ExchangeErrorException e) {
                if (restarted || state == null || !"ErrorInvalidSyncStateData".equals(e.responseCode())) {
                    throw e;
                }
                rows.clear();
                syncState = null;
                restarted = true;
                continue;
            }
            apply(changes);
            syncState = changes.getSyncState();
            if (!changes.getMoreChangesAvailable()) {
                break;
            }
        }
        return FolderTree.mailFolders(new ArrayList<>(rows.values()), known);
    }

    private void apply(ChangeCollection<FolderChange> changes) throws BackendException {
        try {
            for (FolderChange change : changes) {
                switch (change.getChangeType()) {
                    case Create, Update -> {
                        FolderRow row = FolderTreeLoader.toRow(change.getFolder());
                        rows.put(row.id(), row);
                    }
                    case Delete -> rows.remove(change.getFolderId().getUniqueId());
                    case ReadFlagChange -> {
                        // Only items have a read flag.
                    }
                }
            }
        } catch (Exception e) {
            throw context.failure(e);
        }
    }
}
