package org.bridgehead.exchange.ews;

import java.util.ArrayList;
import java.util.List;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.service.SyncFolderItemsScope;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.schema.AppointmentSchema;
import microsoft.exchange.webservices.data.sync.ChangeCollection;
import microsoft.exchange.webservices.data.sync.ItemChange;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.ExchangeErrorException;
import org.bridgehead.exchange.InvalidSyncTokenException;
import org.bridgehead.exchange.pim.CollectionKind;
import org.bridgehead.exchange.pim.ItemRef;
import org.bridgehead.exchange.pim.SyncChanges;

/**
 * SyncFolderItems for calendars, task lists and address books, asking only for ids, change keys
 * and resource names (and a calendar item's UID): an unchanged collection costs one call. A client's
 * sync token is Exchange's sync state itself, so tokens outlive the gateway.
 */
final class PimItemSync {

    private static final PropertySet NAMES = new PropertySet(BasePropertySet.IdOnly, PimProperties.RESOURCE_NAME);
    private static final PropertySet CALENDAR_NAMES = new PropertySet(BasePropertySet.IdOnly,
            PimProperties.RESOURCE_NAME, AppointmentSchema.ICalUid);
    /** Far above any real folder; stops a server that never says it is done. */
    private static final int MAX_PAGES = 10_000;

    private final MailContext context;

    PimItemSync(MailContext context) {
        this.context = context;
    }

    /** The changes of one page and the state after it. */
    private record Page(List<PimIndex.Entry> changed, List<String> deletedIds, String state, boolean more) {
    }

    /**
     * Brings the index up to date: a full listing the first time, then only what changed since its
     * own state. A state Exchange no longer knows starts the listing over.
     */
    void refresh(String folderId, PimIndex index) throws BackendException {
        boolean restarted = false;
        for (int n = 0; n < MAX_PAGES; n++) {
            String state = index.state();
            Page page;
            try {
                page = page(folderId, index.kind(), state);
            } catch (InvalidSyncTokenException e) {
                if (restarted) {
                    throw e;
                }
                index.clear();
                restarted = true;
                continue;
            }
            page.changed().forEach(index::put);
            page.deletedIds().forEach(index::remove);
            index.advance(page.state(), !page.more());
            if (!page.more()) {
                return;
            }
        }
    }

    /**
     * What changed since a client's token (null: every item). Deleted items are named from the
     * index; one it never knew (a token from before a restart of the gateway) cannot be named, so the
     * client is told to start over.
     */
    SyncChanges since(String folderId, PimIndex index, String token) throws BackendException {
        List<ItemRef> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        String state = token;
        for (int n = 0; n < MAX_PAGES; n++) {
            Page page = page(folderId, index.kind(), state);
            for (PimIndex.Entry entry : page.changed()) {
                index.put(entry);
                changed.removeIf(ref -> ref.itemId().equals(entry.itemId()));
                changed.add(entry.ref());
            }
            for (String id : page.deletedIds()) {
                String gone = index.nameOfDeleted(id).orElseThrow(() -> new InvalidSyncTokenException(
                        "An item deleted since the token is not known here; sync from the start", null));
                index.remove(id);
                changed.removeIf(ref -> ref.itemId().equals(id));
                removed.add(gone);
            }
            state = page.state();
            if (token == null) {
                index.advance(state, !page.more());
            }
            if (!page.more()) {
                break;
            }
        }
        return new SyncChanges(changed, removed, state);
    }

    private Page page(String folderId, CollectionKind kind, String state) throws BackendException {
        ChangeCollection<ItemChange> changes;
        try {
            changes = context.call("SyncFolderItems", () -> context.service().syncFolderItems(
                    MailContext.folderId(folderId), kind == CollectionKind.CALENDAR ? CALENDAR_NAMES : NAMES, null,
                    FolderSynchronizer.PAGE_SIZE, SyncFolderItemsScope.NormalItems, state));
        } catch (ExchangeErrorException e) {
            if (state != null && "ErrorInvalidSyncStateData".equals(e.responseCode())) {
                throw new InvalidSyncTokenException("Exchange no longer knows this sync state", e);
            }
            throw e;
        }
        List<PimIndex.Entry> changed = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        try {
            for (ItemChange change : changes) {
                switch (change.getChangeType()) {
                    case Create, Update -> changed.add(entry(change.getItem(), kind));
                    case Delete -> deleted.add(change.getItemId().getUniqueId());
                    case ReadFlagChange -> {
                        // a read flag is no part of an event, task or contact
                    }
                }
            }
        } catch (Exception e) {
            throw context.failure(e);
        }
        return new Page(changed, deleted, changes.getSyncState(), changes.getMoreChangesAvailable());
    }

    /** The index entry of an item as Exchange returned it. */
    static PimIndex.Entry entry(Item item, CollectionKind kind) throws Exception {
        String id = item.getId().getUniqueId();
        String name = PimProperties.string(item, PimProperties.RESOURCE_NAME);
        String uid = item instanceof Appointment appointment ? EventConverter.optional(appointment::getICalUid) : null;
        return new PimIndex.Entry(name == null || name.isBlank() ? PimIndex.derivedName(id, kind) : name, id,
                item.getId().getChangeKey(), uid);
    }
}
