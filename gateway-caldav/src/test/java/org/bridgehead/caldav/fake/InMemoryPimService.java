package org.bridgehead.caldav.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bridgehead.caldav.ical.Component;
import org.bridgehead.caldav.ical.ContentLines;
import org.bridgehead.caldav.ical.IcalTime;
import org.bridgehead.caldav.ical.MalformedContentException;
import org.bridgehead.caldav.ical.Recurrences;
import org.bridgehead.caldav.ical.TimeRange;
import org.bridgehead.exchange.AccessDeniedException;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.InvalidContentException;
import org.bridgehead.exchange.InvalidSyncTokenException;
import org.bridgehead.exchange.NotFoundException;
import org.bridgehead.exchange.PreconditionFailedException;
import org.bridgehead.exchange.ServerUnavailableException;
import org.bridgehead.exchange.pim.BusyPeriod;
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
 * A faithful stand-in for a backend's PimService, for testing the DAV layer alone: every write
 * changes the etag and the collection's ctag, preconditions are checked atomically, sync tokens
 * name a version and report changes and removals since it, bodies are refused when they cannot
 * be parsed, and an outage switch makes every call fail as Exchange being down would.
 */
public final class InMemoryPimService implements PimService {

    private final Map<String, Folder> folders = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, List<BusyPeriod>> busy = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final List<PimItem> inbox = new ArrayList<>();
    private volatile boolean down;

    public InMemoryPimService() {
        for (CollectionKind kind : CollectionKind.values()) {
            Folder folder = new Folder(new PimCollection("f" + ids.incrementAndGet(), null,
                    kind.name().toLowerCase(), kind, kind == CollectionKind.CONTACTS ? "Contacts"
                    : kind == CollectionKind.TASKS ? "Tasks" : "Calendar", true, Optional.empty(), Optional.empty(), "0"));
            folders.put(folder.meta.id(), folder);
        }
    }

    public void setDown(boolean down) {
        this.down = down;
    }

    public void setBusy(String address, List<BusyPeriod> periods) {
        busy.put(address, List.copyOf(periods));
    }

    public synchronized void addToInbox(PimItem item) {
        inbox.add(item);
    }

    /** How often a method was called. */
    public int calls(String method) {
        return calls.getOrDefault(method, new AtomicInteger()).get();
    }

    public synchronized String collectionId(CollectionKind kind) {
        return folders.values().stream().filter(f -> f.meta.primary() && f.meta.kind() == kind).findFirst()
                .orElseThrow().meta.id();
    }

    @Override
    public synchronized List<PimCollection> collections() throws BackendException {
        enter("collections");
        return folders.values().stream().map(f -> f.meta).toList();
    }

    @Override
    public synchronized PimCollection createCollection(CollectionKind kind, String parentId, String resourceName,
            String displayName) throws BackendException {
        enter("createCollection");
        if (folders.values().stream().anyMatch(f -> f.meta.resourceName().equals(resourceName))) {
            throw new PreconditionFailedException("a collection named " + resourceName + " exists", null);
        }
        String parent = parentId != null ? parentId : collectionId(kind);
        PimCollection meta = new PimCollection("f" + ids.incrementAndGet(), parent, resourceName, kind, displayName,
                false, Optional.empty(), Optional.empty(), "0");
        folders.put(meta.id(), new Folder(meta));
        return meta;
    }

    @Override
    public synchronized PimCollection updateCollection(String collectionId, CollectionChange change)
            throws BackendException {
        enter("updateCollection");
        Folder folder = folder(collectionId);
        PimCollection m = folder.meta;
        folder.meta = new PimCollection(m.id(), m.parentId(), m.resourceName(), m.kind(),
                change.displayName().orElse(m.displayName()), m.primary(), change.color().or(m::color),
                change.order().or(m::order), m.ctag());
        return folder.meta;
    }

    @Override
    public synchronized void deleteCollection(String collectionId) throws BackendException {
        enter("deleteCollection");
        if (folder(collectionId).meta.primary()) {
            throw new AccessDeniedException("default folders cannot be deleted", null);
        }
        folders.remove(collectionId);
    }

    @Override
    public synchronized SyncChanges sync(String collectionId, String token) throws BackendException {
        enter("sync");
        Folder folder = folder(collectionId);
        if (token == null) {
            return new SyncChanges(folder.items.values().stream().map(Stored::ref).toList(), List.of(),
                    collectionId + ":" + folder.version);
        }
        String[] parts = token.split(":");
        long since;
        try {
            since = parts.length == 2 && parts[0].equals(collectionId) ? Long.parseLong(parts[1]) : -1;
        } catch (NumberFormatException e) {
            since = -1;
        }
        if (since < 0 || since > folder.version) {
            throw new InvalidSyncTokenException("unknown sync state", null);
        }
        List<ItemRef> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, Long> change : folder.changedAt.entrySet()) {
            if (change.getValue() > since) {
                Stored stored = folder.items.get(change.getKey());
                if (stored != null) {
                    changed.add(stored.ref());
                } else {
                    removed.add(change.getKey());
                }
            }
        }
        return new SyncChanges(changed, removed, collectionId + ":" + folder.version);
    }

    @Override
    public synchronized List<PimItem> get(String collectionId, Collection<String> resourceNames)
            throws BackendException {
        enter("get");
        Folder folder = folder(collectionId);
        List<PimItem> found = new ArrayList<>();
        for (String name : resourceNames) {
            Stored stored = folder.items.get(name);
            if (stored != null) {
                found.add(new PimItem(stored.ref(), stored.body));
            }
        }
        return found;
    }

    /** Overlap by each item's own times, series expanded as Exchange's CalendarView would. */
    @Override
    public synchronized List<ItemRef> findInRange(String collectionId, Instant start, Instant end)
            throws BackendException {
        enter("findInRange");
        TimeRange range = new TimeRange(start, end);
        List<ItemRef> found = new ArrayList<>();
        for (Stored stored : folder(collectionId).items.values()) {
            if (overlaps(stored.body, range)) {
                found.add(stored.ref());
            }
        }
        return found;
    }

    @Override
    public synchronized ItemRef put(String collectionId, String resourceName, String body, Precondition precondition)
            throws BackendException {
        enter("put");
        Folder folder = folder(collectionId);
        Stored existing = folder.items.get(resourceName);
        check(existing, precondition);
        Component parsed;
        try {
            parsed = ContentLines.parse(body);
        } catch (MalformedContentException e) {
            throw new InvalidContentException(e.getMessage(), null);
        }
        String expected = folder.meta.kind() == CollectionKind.CONTACTS ? "VCARD" : "VCALENDAR";
        if (!parsed.name().equals(expected)) {
            throw new InvalidContentException("expected " + expected, null);
        }
        String id = existing == null ? "i" + ids.incrementAndGet() : existing.id;
        Stored stored = new Stored(resourceName, id, "ck" + ids.incrementAndGet(), body);
        folder.items.put(resourceName, stored);
        folder.touch(resourceName);
        return stored.ref();
    }

    @Override
    public synchronized void delete(String collectionId, String resourceName, Precondition precondition)
            throws BackendException {
        enter("delete");
        Folder folder = folder(collectionId);
        Stored existing = folder.items.get(resourceName);
        if (existing == null) {
            throw new NotFoundException("no item " + resourceName, null);
        }
        check(existing, precondition);
        folder.items.remove(resourceName);
        folder.touch(resourceName);
    }

    @Override
    public synchronized ItemRef respond(String collectionId, String resourceName, MeetingResponse response,
            boolean notifyOrganizer, String comment) throws BackendException {
        enter("respond");
        Stored stored = folder(collectionId).items.get(resourceName);
        if (stored == null) {
            throw new NotFoundException("no item " + resourceName, null);
        }
        return stored.ref();
    }

    @Override
    public Map<String, FreeBusy> freeBusy(List<String> addresses, Instant start, Instant end) throws BackendException {
        enter("freeBusy");
        Map<String, FreeBusy> answer = new LinkedHashMap<>();
        for (String address : addresses) {
            List<BusyPeriod> periods = busy.get(address);
            answer.put(address, periods == null ? new FreeBusy(address, false, List.of())
                    : new FreeBusy(address, true, periods.stream()
                            .filter(p -> p.end().isAfter(start) && p.start().isBefore(end)).toList()));
        }
        return answer;
    }

    @Override
    public synchronized List<PimItem> schedulingInbox() throws BackendException {
        enter("schedulingInbox");
        return List.copyOf(inbox);
    }

    @Override
    public synchronized void deleteFromSchedulingInbox(String resourceName) throws BackendException {
        enter("deleteFromSchedulingInbox");
        if (!inbox.removeIf(item -> item.ref().resourceName().equals(resourceName))) {
            throw new NotFoundException("no scheduling message " + resourceName, null);
        }
    }

    private void enter(String method) throws ServerUnavailableException {
        calls.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
        if (down) {
            throw new ServerUnavailableException("connection refused", true, null);
        }
    }

    private Folder folder(String id) throws NotFoundException {
        Folder folder = folders.get(id);
        if (folder == null) {
            throw new NotFoundException("no folder " + id, null);
        }
        return folder;
    }

    private static void check(Stored existing, Precondition precondition) throws PreconditionFailedException {
        if (precondition.ifNoneMatchAny() && existing != null) {
            throw new PreconditionFailedException("the item exists", null);
        }
        if (precondition.ifMatch() != null && (existing == null || !existing.etag.equals(precondition.ifMatch()))) {
            throw new PreconditionFailedException("the item changed", null);
        }
    }

    private static boolean overlaps(String body, TimeRange range) {
        try {
            for (Component component : ContentLines.parse(body).components()) {
                if (!component.name().equals("VEVENT") && !component.name().equals("VTODO")) {
                    continue;
                }
                if (component.property("RRULE").isEmpty()) {
                    if (range.matches(component)) {
                        return true;
                    }
                    continue;
                }
                java.time.Duration length = component.property("DTEND").flatMap(IcalTime::instant)
                        .flatMap(e -> component.property("DTSTART").flatMap(IcalTime::instant)
                                .map(s -> java.time.Duration.between(s, e)))
                        .orElse(java.time.Duration.ZERO);
                for (Instant start : Recurrences.starts(component, range.end())) {
                    if (range.overlaps(start, start.plus(length))) {
                        return true;
                    }
                }
            }
        } catch (MalformedContentException e) {
            return false;
        }
        return false;
    }

    private record Stored(String name, String id, String etag, String body) {
        ItemRef ref() {
            return new ItemRef(name, id, etag);
        }
    }

    private static final class Folder {
        PimCollection meta;
        final Map<String, Stored> items = new LinkedHashMap<>();
        final Map<String, Long> changedAt = new LinkedHashMap<>();
        long version;

        Folder(PimCollection meta) {
            this.meta = meta;
        }

        void touch(String name) {
            version++;
            changedAt.remove(name);
            changedAt.put(name, version);
            PimCollection m = meta;
            meta = new PimCollection(m.id(), m.parentId(), m.resourceName(), m.kind(), m.displayName(), m.primary(),
                    m.color(), m.order(), Long.toString(version));
        }
    }
}
