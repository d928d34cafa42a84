package org.bridgehead.exchange.ews;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.enumeration.service.SendCancellationsMode;
import microsoft.exchange.webservices.data.core.enumeration.service.calendar.AffectedTaskOccurrence;
import microsoft.exchange.webservices.data.core.response.GetItemResponse;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.schema.AppointmentSchema;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.search.CalendarView;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.NotFoundException;
import org.bridgehead.exchange.PreconditionFailedException;
import org.bridgehead.exchange.pim.CollectionChange;
import org.bridgehead.exchange.pim.CollectionKind;
import org.bridgehead.exchange.pim.FreeBusy;
import org.bridgehead.exchange.pim.ItemRef;
import org.bridgehead.exchange.pim.MeetingResponse;
import org.bridgehead.exchange.pim.PimCollection;
import org.bridgehead.exchange.pim.PimItem;
import org.bridgehead.exchange.pim.PimService;
import org.bridgehead.exchange.pim.Precondition;
import org.bridgehead.exchange.pim.SyncChanges;

/**
 * Calendars, task lists and address books over EWS: folders by FindFolder, items by the names DAV
 * clients gave them (kept in a named property), listed and synchronised with SyncFolderItems,
 * fetched with batched GetItem, written with CreateItem/UpdateItem guarded by change keys.
 */
final class EwsPimService implements PimService {

    /** How far an open end of a time range reaches: CalendarView needs both ends. */
    private static final Duration OPEN_RANGE = Duration.ofDays(5 * 366);
    private static final PropertySet IN_RANGE = new PropertySet(BasePropertySet.IdOnly, PimProperties.RESOURCE_NAME,
            AppointmentSchema.ICalUid);

    private final MailContext context;
    private final PimFolders folders;
    private final PimItemSync itemSync;
    private final EventItems events;
    private final TaskItems tasks;
    private final Map<String, PimIndex> indexes = new ConcurrentHashMap<>();

    EwsPimService(MailContext context, String rootId, String owner, ZoneId userZone, Clock clock) {
        this.context = context;
        this.folders = new PimFolders(context, rootId, clock);
        this.itemSync = new PimItemSync(context);
        this.events = new EventItems(context, new EventConverter(userZone), owner);
        this.tasks = new TaskItems(context, new TaskConverter(userZone));
    }

    @Override
    public List<PimCollection> collections() throws BackendException {
        return folders.collections();
    }

    @Override
    public PimCollection createCollection(CollectionKind kind, String parentId, String resourceName,
            String displayName) throws BackendException {
        return folders.create(kind, parentId, resourceName, displayName);
    }

    @Override
    public PimCollection updateCollection(String collectionId, CollectionChange change) throws BackendException {
        return folders.update(collectionId, change);
    }

    @Override
    public void deleteCollection(String collectionId) throws BackendException {
        folders.delete(collectionId);
        indexes.remove(collectionId);
    }

    @Override
    public SyncChanges sync(String collectionId, String token) throws BackendException {
        PimIndex index = index(collectionId);
        synchronized (index) {
            if (token == null) {
                index.clear();
            }
            return itemSync.since(collectionId, index, token);
        }
    }

    @Override
    public List<PimItem> get(String collectionId, Collection<String> resourceNames) throws BackendException {
        PimIndex index = index(collectionId);
        List<PimIndex.Entry> entries = entries(collectionId, index, resourceNames);
        ItemBodies bodies = bodies(index.kind());
        List<PimItem> found = new ArrayList<>();
        for (List<PimIndex.Entry> batch : Batches.of(entries, EventItems.BATCH)) {
            List<ItemId> ids = new ArrayList<>();
            for (PimIndex.Entry entry : batch) {
                ids.add(MailContext.itemId(entry.itemId()));
            }
            var responses = context.call("GetItem", () -> context.service().bindToItems(ids, bodies.shape()));
            List<Item> items = new ArrayList<>();
            int n = 0;
            for (GetItemResponse response : responses) {
                PimIndex.Entry entry = batch.get(n++);
                if (MailContext.succeeded(response)) {
                    items.add(response.getItem());
                } else if (response.getErrorCode() != null
                        && response.getErrorCode().name().equals("ErrorItemNotFound")) {
                    index.remove(entry.itemId());
                } else {
                    throw MailContext.failureOf(response);
                }
            }
            Map<String, String> rendered = bodies.render(items);
            for (Item item : items) {
                ItemId itemId = idOf(item);
                String body = rendered.get(itemId.getUniqueId());
                PimIndex.Entry entry = index.byId(itemId.getUniqueId()).orElse(null);
                if (body != null && entry != null) {
                    found.add(new PimItem(new ItemRef(entry.name(), itemId.getUniqueId(), itemId.getChangeKey()),
                            body));
                }
            }
        }
        return found;
    }

    @Override
    public List<ItemRef> findInRange(String collectionId, Instant start, Instant end) throws BackendException {
        PimIndex index = index(collectionId);
        if (start == null && end == null || index.kind() == CollectionKind.CONTACTS) {
            return listing(collectionId, index);
        }
        Instant from = start != null ? start : end.minus(OPEN_RANGE);
        Instant to = end != null ? end : start.plus(OPEN_RANGE);
        if (index.kind() == CollectionKind.TASKS) {
            return tasksInRange(collectionId, index, from, to);
        }
        complete(collectionId, index);
        var found = context.call("FindItem", () -> {
            CalendarView view = new CalendarView(Date.from(from), Date.from(to));
            view.setPropertySet(IN_RANGE);
            return context.service().findAppointments(MailContext.folderId(collectionId), view);
        });
        Map<String, ItemRef> series = new LinkedHashMap<>();
        boolean refreshed = false;
        for (Appointment occurrence : found.getItems()) {
            Optional<PimIndex.Entry> entry = seriesOf(index, occurrence);
            if (entry.isEmpty() && !refreshed) {
                itemSync.refresh(collectionId, index);
                refreshed = true;
                entry = seriesOf(index, occurrence);
            }
            entry.ifPresent(e -> series.putIfAbsent(e.name(), e.ref()));
        }
        return List.copyOf(series.values());
    }

    /** The index entry of the series (or single event) an item of a CalendarView belongs to. */
    private static Optional<PimIndex.Entry> seriesOf(PimIndex index, Appointment occurrence) {
        String name = PimProperties.string(occurrence, PimProperties.RESOURCE_NAME);
        if (name != null) {
            Optional<PimIndex.Entry> named = index.byName(name);
            if (named.isPresent()) {
                return named;
            }
        }
        ItemId id = EventConverter.optional(occurrence::getId);
        return index.byId(id == null ? "" : id.getUniqueId())
                .or(() -> index.byUid(EventConverter.optional(occurrence::getICalUid)));
    }

    private List<ItemRef> tasksInRange(String collectionId, PimIndex index, Instant from, Instant to)
            throws BackendException {
        List<ItemRef> all = listing(collectionId, index);
        List<ItemRef> inRange = new ArrayList<>();
        for (List<ItemRef> batch : Batches.of(all, EventItems.BATCH)) {
            List<ItemId> ids = batch.stream().map(ref -> MailContext.itemId(ref.itemId())).toList();
            var responses = context.call("GetItem", () -> context.service().bindToItems(ids, tasks.shape()));
            int n = 0;
            for (GetItemResponse response : responses) {
                ItemRef ref = batch.get(n++);
                if (MailContext.succeeded(response) && TaskItems.overlaps(tasks.read(response.getItem()), from, to)) {
                    inRange.add(ref);
                }
            }
        }
        return inRange;
    }

    private List<ItemRef> listing(String collectionId, PimIndex index) throws BackendException {
        synchronized (index) {
            itemSync.refresh(collectionId, index);
            return index.entries().stream().map(PimIndex.Entry::ref).toList();
        }
    }

    @Override
    public ItemRef put(String collectionId, String resourceName, String body, Precondition precondition)
            throws BackendException {
        PimIndex index = index(collectionId);
        ItemBodies bodies = bodies(index.kind());
        synchronized (index) {
            Optional<PimIndex.Entry> existing = lookUp(collectionId, index, resourceName);
            if (existing.isPresent() && precondition.ifNoneMatchAny()) {
                throw new PreconditionFailedException(resourceName + " exists already", null);
            }
            if (existing.isEmpty() && precondition.ifMatch() != null) {
                throw new PreconditionFailedException(resourceName + " does not exist", null);
            }
            ItemId stored;
            if (existing.isEmpty()) {
                stored = bodies.create(collectionId, resourceName, body);
            } else {
                Item loaded = context.call("GetItem", () -> Item.bind(context.service(),
                        MailContext.itemId(existing.get().itemId()), bodies.shape()));
                stored = bodies.replace(loaded, resourceName, body, precondition.ifMatch());
            }
            PimIndex.Entry entry = new PimIndex.Entry(resourceName, stored.getUniqueId(), stored.getChangeKey(),
                    existing.map(PimIndex.Entry::uid).orElse(null));
            index.put(entry);
            folders.written(collectionId);
            return entry.ref();
        }
    }

    @Override
    public void delete(String collectionId, String resourceName, Precondition precondition) throws BackendException {
        PimIndex index = index(collectionId);
        synchronized (index) {
            PimIndex.Entry entry = lookUp(collectionId, index, resourceName)
                    .orElseThrow(() -> new NotFoundException("No item " + resourceName, null));
            ItemId id = MailContext.itemId(entry.itemId());
            if (precondition.ifMatch() != null) {
                String current = context.call("GetItem", () -> Item.bind(context.service(), id,
                        new PropertySet(BasePropertySet.IdOnly)).getId().getChangeKey());
                if (!precondition.ifMatch().equals(current)) {
                    throw new PreconditionFailedException(resourceName + " changed since it was read", null);
                }
            }
            var responses = context.call("DeleteItem", () -> context.service().deleteItems(List.of(id),
                    DeleteMode.MoveToDeletedItems,
                    index.kind() == CollectionKind.CALENDAR ? SendCancellationsMode.SendToNone : null,
                    index.kind() == CollectionKind.TASKS ? AffectedTaskOccurrence.AllOccurrences : null));
            for (var response : responses) {
                boolean gone = response.getErrorCode() != null
                        && response.getErrorCode().name().equals("ErrorItemNotFound");
                if (!MailContext.succeeded(response) && !gone) {
                    throw MailContext.failureOf(response);
                }
            }
            index.remove(entry.itemId());
            folders.written(collectionId);
        }
    }

    @Override
    public ItemRef respond(String collectionId, String resourceName, MeetingResponse response,
            boolean notifyOrganizer, String comment) throws BackendException {
        throw new UnsupportedOperationException("meeting responses are not available from this backend yet");
    }

    @Override
    public Map<String, FreeBusy> freeBusy(List<String> addresses, Instant start, Instant end) throws BackendException {
        throw new UnsupportedOperationException("free/busy is not available from this backend yet");
    }

    @Override
    public List<PimItem> schedulingInbox() throws BackendException {
        throw new UnsupportedOperationException("the scheduling inbox is not available from this backend yet");
    }

    @Override
    public void deleteFromSchedulingInbox(String resourceName) throws BackendException {
        throw new UnsupportedOperationException("the scheduling inbox is not available from this backend yet");
    }

    private ItemId idOf(Item item) throws BackendException {
        try {
            return item.getId();
        } catch (Exception e) {
            throw context.failure(e);
        }
    }

    private PimIndex index(String collectionId) throws BackendException {
        PimIndex index = indexes.get(collectionId);
        if (index == null) {
            CollectionKind kind = folders.byId(collectionId).kind();
            index = indexes.computeIfAbsent(collectionId, id -> new PimIndex(kind));
        }
        return index;
    }

    private ItemBodies bodies(CollectionKind kind) {
        return switch (kind) {
            case CALENDAR -> events;
            case TASKS -> tasks;
            case CONTACTS -> throw new UnsupportedOperationException(
                    "address book items are not available from this backend yet");
        };
    }

    /** The index as a full listing, built on first use; true if it was just brought up to date. */
    private boolean complete(String collectionId, PimIndex index) throws BackendException {
        synchronized (index) {
            if (!index.complete()) {
                itemSync.refresh(collectionId, index);
                return true;
            }
            return false;
        }
    }

    /** An item by name; an unknown name is looked for once more after catching up with Exchange. */
    private Optional<PimIndex.Entry> lookUp(String collectionId, PimIndex index, String name) throws BackendException {
        boolean current = complete(collectionId, index);
        Optional<PimIndex.Entry> entry = index.byName(name);
        if (entry.isPresent() || current) {
            return entry;
        }
        itemSync.refresh(collectionId, index);
        return index.byName(name);
    }

    private List<PimIndex.Entry> entries(String collectionId, PimIndex index, Collection<String> names)
            throws BackendException {
        boolean current = complete(collectionId, index);
        LinkedHashSet<String> wanted = new LinkedHashSet<>(names);
        if (!current && wanted.stream().anyMatch(name -> index.byName(name).isEmpty())) {
            synchronized (index) {
                itemSync.refresh(collectionId, index);
            }
        }
        List<PimIndex.Entry> entries = new ArrayList<>();
        for (String name : wanted) {
            index.byName(name).ifPresent(entries::add);
        }
        return entries;
    }
}
