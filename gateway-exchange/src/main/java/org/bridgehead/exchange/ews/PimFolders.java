package org.bridgehead.exchange.ews;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.MapiPropertyType;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.enumeration.search.FolderTraversal;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.service.folder.CalendarFolder;
import microsoft.exchange.webservices.data.core.service.folder.ContactsFolder;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import microsoft.exchange.webservices.data.core.service.folder.TasksFolder;
import microsoft.exchange.webservices.data.core.service.schema.FolderSchema;
import microsoft.exchange.webservices.data.property.complex.FolderId;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;
import microsoft.exchange.webservices.data.search.FindFoldersResults;
import microsoft.exchange.webservices.data.search.FolderView;
import org.bridgehead.exchange.AccessDeniedException;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.NotFoundException;
import org.bridgehead.exchange.PreconditionFailedException;
import org.bridgehead.exchange.pim.CollectionChange;
import org.bridgehead.exchange.pim.CollectionKind;
import org.bridgehead.exchange.pim.PimCollection;

/**
 * The user's calendar, tasks and contacts folders as collections: one deep FindFolder from
 * msgfolderroot, kept for {@link FolderList#FRESHNESS} since DAV clients ask for the collections on
 * every request; this backend's own changes invalidate it at once.
 *
 * <p>The ctag is the folder's PR_LOCAL_COMMIT_TIME_MAX (Exchange's time of the last change to its
 * content) with its item count; Exchange gives that time to the second, so the number of this
 * session's own writes to the folder is part of it too, and two writes within one second still
 * change it.
 */
final class PimFolders {

    /** PR_LOCAL_COMMIT_TIME_MAX: when the folder's content last changed. */
    private static final ExtendedPropertyDefinition LAST_CONTENT_CHANGE = tag(0x670A, MapiPropertyType.SystemTime);

    private static final PropertySet PROPERTIES = new PropertySet(BasePropertySet.IdOnly, FolderSchema.DisplayName,
            FolderSchema.FolderClass, FolderSchema.ParentFolderId, FolderSchema.TotalCount, PimProperties.RESOURCE_NAME,
            PimProperties.COLOR, PimProperties.ORDER, LAST_CONTENT_CHANGE);

    private static final Map<CollectionKind, WellKnownFolderName> DEFAULTS = Map.of(
            CollectionKind.CALENDAR, WellKnownFolderName.Calendar,
            CollectionKind.TASKS, WellKnownFolderName.Tasks,
            CollectionKind.CONTACTS, WellKnownFolderName.Contacts);

    private final MailContext context;
    private final String rootId;
    private final Clock clock;
    private final Map<String, AtomicLong> ownWrites = new ConcurrentHashMap<>();
    private Map<CollectionKind, String> defaultIds;
    private List<PimCollection> collections;
    private Instant loadedAt = Instant.MIN;

    PimFolders(MailContext context, String rootId, Clock clock) {
        this.context = context;
        this.rootId = rootId;
        this.clock = clock;
    }

    synchronized List<PimCollection> collections() throws BackendException {
        Instant now = clock.instant();
        if (collections == null || java.time.Duration.between(loadedAt, now).compareTo(FolderList.FRESHNESS) > 0) {
            collections = load();
            loadedAt = now;
        }
        List<PimCollection> current = new ArrayList<>(collections.size());
        for (PimCollection c : collections) {
            AtomicLong own = ownWrites.get(c.id());
            String ctag = c.ctag() + "-" + (own == null ? 0 : own.get());
            current.add(new PimCollection(c.id(), c.parentId(), c.resourceName(), c.kind(), c.displayName(),
                    c.primary(), c.color(), c.order(), ctag));
        }
        return List.copyOf(current);
    }

    PimCollection byId(String collectionId) throws BackendException {
        for (PimCollection collection : collections()) {
            if (collection.id().equals(collectionId)) {
                return collection;
            }
        }
        throw new NotFoundException("No calendar, task list or address book with that id", null);
    }

    /** Counts a write of this session to the folder, so its ctag changes at once without a new listing. */
    void written(String collectionId) {
        ownWrites.computeIfAbsent(collectionId, id -> new AtomicLong()).incrementAndGet();
    }

    synchronized void invalidate() {
        collections = null;
    }

    PimCollection create(CollectionKind kind, String parentId, String resourceName, String displayName)
            throws BackendException {
        List<PimCollection> existing = collections();
        if (existing.stream().anyMatch(c -> c.resourceName().equalsIgnoreCase(resourceName))) {
            throw new PreconditionFailedException("A collection named " + resourceName + " exists", null);
        }
        String parent = parentId != null ? byId(parentId).id() : defaultIds().get(kind);
        FolderId created = context.callOnce("CreateFolder", () -> {
            Folder folder = switch (kind) {
                case CALENDAR -> new CalendarFolder(context.service());
                case TASKS -> new TasksFolder(context.service());
                case CONTACTS -> new ContactsFolder(context.service());
            };
            folder.setDisplayName(displayName);
            folder.setExtendedProperty(PimProperties.RESOURCE_NAME, resourceName);
            context.service().createFolder(folder, MailContext.folderId(parent));
            return folder.getId();
        });
        invalidate();
        return byId(created.getUniqueId());
    }

    PimCollection update(String collectionId, CollectionChange change) throws BackendException {
        PimCollection current = byId(collectionId);
        context.call("UpdateFolder", () -> {
            // bound first: ews-java-api refuses an answer for a CalendarFolder to a plain Folder object
            Folder folder = Folder.bind(context.service(), MailContext.folderId(collectionId),
                    new PropertySet(BasePropertySet.IdOnly));
            if (change.displayName().isPresent() && !current.primary()) {
                folder.setDisplayName(change.displayName().get());
                // the URL segment came from the old name: keep it
                folder.setExtendedProperty(PimProperties.RESOURCE_NAME, current.resourceName());
            }
            if (change.color().isPresent()) {
                folder.setExtendedProperty(PimProperties.COLOR, change.color().get());
            }
            if (change.order().isPresent()) {
                folder.setExtendedProperty(PimProperties.ORDER, change.order().get());
            }
            folder.update();
            return null;
        });
        invalidate();
        PimCollection updated = byId(collectionId);
        if (current.primary() && change.displayName().isPresent()) {
            // Exchange names its default folders itself; the client's name is kept only in its view
            return new PimCollection(updated.id(), updated.parentId(), updated.resourceName(), updated.kind(),
                    change.displayName().get(), true, updated.color(), updated.order(), updated.ctag());
        }
        return updated;
    }

    void delete(String collectionId) throws BackendException {
        if (byId(collectionId).primary()) {
            throw new AccessDeniedException("The default calendar, task list and address book cannot be deleted",
                    null);
        }
        context.call("DeleteFolder", () -> {
            context.service().deleteFolder(MailContext.folderId(collectionId), DeleteMode.MoveToDeletedItems);
            return null;
        });
        invalidate();
    }

    /** The ids of the default Calendar, Tasks and Contacts folders, learnt with one GetFolder. */
    private synchronized Map<CollectionKind, String> defaultIds() throws BackendException {
        if (defaultIds == null) {
            defaultIds = context.call("GetFolder", () -> {
                Map<CollectionKind, String> ids = new HashMap<>();
                List<CollectionKind> kinds = List.of(CollectionKind.values());
                var request = new microsoft.exchange.webservices.data.core.request.GetFolderRequest(
                        context.service(),
                        microsoft.exchange.webservices.data.core.enumeration.service.error.ServiceErrorHandling
                                .ReturnErrors);
                for (CollectionKind kind : kinds) {
                    request.getFolderIds().add(new FolderId(DEFAULTS.get(kind)));
                }
                request.setPropertySet(new PropertySet(BasePropertySet.IdOnly));
                var responses = request.execute();
                for (int i = 0; i < responses.getCount() && i < kinds.size(); i++) {
                    var response = responses.getResponseAtIndex(i);
                    if (MailContext.succeeded(response)) {
                        ids.put(kinds.get(i), response.getFolder().getId().getUniqueId());
                    }
                }
                return Map.copyOf(ids);
            });
        }
        return defaultIds;
    }

    private List<PimCollection> load() throws BackendException {
        Map<CollectionKind, String> defaults = defaultIds();
        List<Folder> folders = new ArrayList<>();
        int offset = 0;
        while (folders.size() < FolderTreeLoader.MAX_FOLDERS) {
            int pageOffset = offset;
            FindFoldersResults page = context.call("FindFolder", () -> {
                FolderView view = new FolderView(FolderTreeLoader.PAGE_SIZE, pageOffset);
                view.setTraversal(FolderTraversal.Deep);
                view.setPropertySet(PROPERTIES);
                return context.service().findFolders(MailContext.folderId(rootId), view);
            });
            folders.addAll(page.getFolders());
            Integer next = page.getNextPageOffset();
            if (!page.isMoreAvailable() || next == null || next <= offset) {
                break;
            }
            offset = next;
        }
        try {
            return toCollections(folders, defaults);
        } catch (Exception e) {
            throw context.failure(e);
        }
    }

    private List<PimCollection> toCollections(List<Folder> folders, Map<CollectionKind, String> defaults)
            throws Exception {
        Map<String, Folder> pim = new LinkedHashMap<>();
        Map<String, CollectionKind> kinds = new HashMap<>();
        for (Folder folder : folders) {
            Optional<CollectionKind> kind = kindOf(folder.getFolderClass());
            if (kind.isPresent()) {
                pim.put(folder.getId().getUniqueId(), folder);
                kinds.put(folder.getId().getUniqueId(), kind.get());
            }
        }
        Set<String> taken = new HashSet<>();
        for (Folder folder : pim.values()) {
            String stored = PimProperties.string(folder, PimProperties.RESOURCE_NAME);
            if (stored != null) {
                taken.add(stored.toLowerCase(Locale.ROOT));
            }
        }
        List<PimCollection> result = new ArrayList<>();
        for (String id : parentsFirst(pim)) {
            Folder folder = pim.get(id);
            CollectionKind kind = kinds.get(id);
            boolean primary = id.equals(defaults.get(kind));
            String parent = folder.getParentFolderId() == null ? null : folder.getParentFolderId().getUniqueId();
            String name = PimProperties.string(folder, PimProperties.RESOURCE_NAME);
            if (name == null) {
                name = primary ? kind.name().toLowerCase(Locale.ROOT) : unique(slug(folder.getDisplayName()), taken);
            }
            Object order = PimProperties.value(folder, PimProperties.ORDER);
            result.add(new PimCollection(id, pim.containsKey(parent) ? parent : null, name, kind,
                    folder.getDisplayName(), primary, Optional.ofNullable(PimProperties.string(folder,
                    PimProperties.COLOR)), Optional.ofNullable(order == null ? null : integer(order)),
                    ctag(folder)));
        }
        return List.copyOf(result);
    }

    /** The part of the ctag Exchange gives; {@link #collections()} adds this session's own writes. */
    private static String ctag(Folder folder) throws Exception {
        Object changed = PimProperties.value(folder, LAST_CONTENT_CHANGE);
        String time = changed instanceof Date date ? Long.toString(date.getTime()) : String.valueOf(changed);
        return time + "-" + folder.getTotalCount();
    }

    /** Folder ids, each parent before its children (FindFolder Deep lists depth first already). */
    private static List<String> parentsFirst(Map<String, Folder> folders) throws Exception {
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (String id : folders.keySet()) {
            place(id, folders, placed, ordered, 0);
        }
        return ordered;
    }

    private static void place(String id, Map<String, Folder> folders, Set<String> placed, List<String> ordered,
            int depth) throws Exception {
        if (placed.contains(id) || depth > 64) {
            return;
        }
        FolderId parent = folders.get(id).getParentFolderId();
        if (parent != null && folders.containsKey(parent.getUniqueId())) {
            place(parent.getUniqueId(), folders, placed, ordered, depth + 1);
        }
        if (placed.add(id)) {
            ordered.add(id);
        }
    }

    static Optional<CollectionKind> kindOf(String folderClass) {
        if (folderClass == null) {
            return Optional.empty();
        }
        // sub-classes such as IPF.Appointment.Birthday are calendars too
        String upper = folderClass.toUpperCase(Locale.ROOT);
        if (upper.equals("IPF.APPOINTMENT") || upper.startsWith("IPF.APPOINTMENT.")) {
            return Optional.of(CollectionKind.CALENDAR);
        }
        if (upper.equals("IPF.TASK") || upper.startsWith("IPF.TASK.")) {
            return Optional.of(CollectionKind.TASKS);
        }
        if (upper.equals("IPF.CONTACT") || upper.startsWith("IPF.CONTACT.")) {
            return Optional.of(CollectionKind.CONTACTS);
        }
        return Optional.empty();
    }

    /** A URL segment from a folder's name: lower-case letters, digits and dashes. */
    static String slug(String displayName) {
        String plain = Normalizer.normalize(displayName == null ? "" : displayName, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return plain.isEmpty() ? "folder" : plain;
    }

    private static String unique(String base, Set<String> taken) {
        String name = base;
        for (int n = 2; taken.contains(name) || isReserved(name); n++) {
            name = base + "-" + n;
        }
        taken.add(name);
        return name;
    }

    /** The names the DAV layout gives the default folders and its own collections. */
    private static boolean isReserved(String name) {
        return Set.of("calendar", "tasks", "contacts", "inbox", "outbox", "gal").contains(name);
    }

    private static Integer integer(Object value) {
        try {
            return value instanceof Number number ? number.intValue() : Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ExtendedPropertyDefinition tag(int tag, MapiPropertyType type) {
        try {
            return new ExtendedPropertyDefinition(tag, type);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
