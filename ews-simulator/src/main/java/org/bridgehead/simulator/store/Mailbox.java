package org.bridgehead.simulator.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One user's mailbox: a folder tree like Exchange's with its messages, guarded by one lock, and a
 * change sequence that numbers every change (the source of change keys and sync states). Item
 * changes are published to {@link MailboxListener}s after the lock is released.
 */
public final class Mailbox {
    private static final Comparator<Folder> BY_NAME =
            Comparator.comparing((Folder f) -> f.displayName.toLowerCase(Locale.ROOT)).thenComparingLong(f -> f.number);

    private final String address;
    private final UUID guid;
    private final Clock clock;
    private final Object lock = new Object();
    private final Map<Long, Folder> folders = new HashMap<>();
    private final Map<DistinguishedFolder, Folder> wellKnown = new EnumMap<>(DistinguishedFolder.class);
    private final Map<Long, MailItem> items = new HashMap<>();
    private final MailboxEvents events;
    private final Supplier<MailLimits> limits;
    private long lastNumber;
    private long lastItemNumber;
    private long sequence;
    private long totalSize;

    Mailbox(String address, UUID guid, Clock clock, Supplier<MailLimits> limits) {
        this.address = address;
        this.guid = guid;
        this.clock = clock;
        this.limits = limits;
        this.events = new MailboxEvents(lock, clock);
        for (DistinguishedFolder d : DistinguishedFolder.values()) {
            Folder parent = d.parent() == null ? null : wellKnown.get(d.parent());
            Folder folder = new Folder(++lastNumber, ++sequence, d, d.kind(), parent, d.displayName(),
                    d.folderClass(), clock.instant());
            if (parent != null) {
                parent.children.add(folder);
            }
            folders.put(folder.number, folder);
            wellKnown.put(d, folder);
        }
    }

    /** The owner's primary SMTP address. */
    public String address() {
        return address;
    }

    /** The mailbox GUID; part of every entry id of the mailbox. */
    public UUID guid() {
        return guid;
    }

    public FolderState folder(DistinguishedFolder distinguished) {
        synchronized (lock) {
            return wellKnown.get(distinguished).snapshot();
        }
    }

    /** A live folder by number. */
    public Optional<FolderState> folder(long number) {
        synchronized (lock) {
            Folder f = folders.get(number);
            return f == null || f.deleted ? Optional.empty() : Optional.of(f.snapshot());
        }
    }

    /** A folder's subfolders, by display name (case-insensitive). */
    public List<FolderState> children(long number) throws FolderOperationException {
        synchronized (lock) {
            return live(number).children.stream().sorted(BY_NAME).map(Folder::snapshot).toList();
        }
    }

    /** All folders below a folder, depth first, siblings by display name. */
    public List<FolderState> descendants(long number) throws FolderOperationException {
        synchronized (lock) {
            List<FolderState> result = new ArrayList<>();
            collect(live(number), result);
            return List.copyOf(result);
        }
    }

    /** Finds a subfolder by name (case-insensitive, as Exchange compares folder names). */
    public Optional<FolderState> child(long parent, String name) throws FolderOperationException {
        synchronized (lock) {
            return live(parent).children.stream().filter(c -> c.displayName.equalsIgnoreCase(name)).findFirst()
                    .map(Folder::snapshot);
        }
    }

    /**
     * Creates a folder.
     *
     * @param folderClass the container class, e.g. IPF.Note, or null for none
     * @param kind        the kind of folder; {@link FolderKind#forFolderClass} gives the usual one
     */
    public FolderState createFolder(long parentNumber, String name, String folderClass, FolderKind kind,
                                    Map<ExtendedPropertyKey, List<String>> properties) throws FolderOperationException {
        synchronized (lock) {
            Folder parent = live(parentNumber);
            checkName(parent, name, null);
            Folder folder = new Folder(++lastNumber, ++sequence, null, kind, parent, name, folderClass,
                    clock.instant());
            properties.forEach((key, values) -> folder.extendedProperties.put(key, List.copyOf(values)));
            parent.children.add(folder);
            folders.put(folder.number, folder);
            return folder.snapshot();
        }
    }

    /** Creates a folder of the kind its class implies. */
    public FolderState createFolder(long parentNumber, String name, String folderClass)
            throws FolderOperationException {
        return createFolder(parentNumber, name, folderClass, FolderKind.forFolderClass(folderClass), Map.of());
    }

    /**
     * Renames a folder and sets or removes extended properties, as one change.
     *
     * @param newName the new name, or null to keep the name
     */
    public FolderState update(long number, String newName, Map<ExtendedPropertyKey, List<String>> set,
                              Set<ExtendedPropertyKey> removed) throws FolderOperationException {
        synchronized (lock) {
            Folder folder = live(number);
            if (newName != null && !newName.equals(folder.displayName)) {
                if (folder.parent != null) {
                    checkName(folder.parent, newName, folder);
                }
                folder.displayName = newName;
            }
            removed.forEach(folder.extendedProperties::remove);
            set.forEach((key, values) -> folder.extendedProperties.put(key, List.copyOf(values)));
            changed(folder);
            return folder.snapshot();
        }
    }

    public FolderState move(long number, long newParentNumber) throws FolderOperationException {
        synchronized (lock) {
            Folder folder = live(number);
            Folder target = live(newParentNumber);
            if (folder.distinguished != null) {
                throw new FolderOperationException(FolderOperationException.Reason.DISTINGUISHED_NOT_MOVABLE,
                        "Cannot move distinguished folder.");
            }
            if (target == folder || target.ancestors().contains(folder.number)) {
                throw new FolderOperationException(FolderOperationException.Reason.MOVE_INTO_OWN_SUBTREE,
                        "Cannot move a folder into itself or one of its subfolders.");
            }
            if (target != folder.parent) {
                checkName(target, folder.displayName, folder);
                relocate(folder, target);
            }
            return folder.snapshot();
        }
    }

    /**
     * Moves a folder into a well-known folder (Deleted Items, Recoverable Items\Deletions) as a
     * deletion does; a name taken there gets a number appended, so that a deletion never fails on
     * a name clash.
     */
    public FolderState moveForDeletion(long number, DistinguishedFolder target) throws FolderOperationException {
        synchronized (lock) {
            Folder folder = live(number);
            checkDeletable(folder);
            Folder destination = wellKnown.get(target);
            if (folder.parent == destination) {
                return folder.snapshot();
            }
            String base = folder.displayName;
            for (int n = 1; nameTaken(destination, folder.displayName, folder); n++) {
                folder.displayName = base + " " + n;
            }
            relocate(folder, destination);
            return folder.snapshot();
        }
    }

    /** Deletes a folder and everything below it for good. */
    public void delete(long number) throws FolderOperationException {
        synchronized (lock) {
            Folder folder = live(number);
            checkDeletable(folder);
            folder.parent.children.remove(folder);
            markDeleted(folder);
        }
    }

    /** The changes below {@code scope} (not including it) after {@code position}, oldest first. */
    public HierarchyChanges changesSince(long position, long scope) throws FolderOperationException {
        synchronized (lock) {
            live(scope);
            List<HierarchyChange> changes = new ArrayList<>();
            folders.values().stream()
                    .filter(f -> f.lastEvent() > position)
                    .sorted(Comparator.comparingLong(Folder::lastEvent))
                    .forEach(f -> {
                        HierarchyChange.Type type = changeType(f, position, scope);
                        if (type != null) {
                            changes.add(new HierarchyChange(type, f.snapshot()));
                        }
                    });
            return new HierarchyChanges(changes, sequence);
        }
    }

    /** Registers a listener for the mailbox's events, from the next change on. */
    public void addListener(MailboxListener listener) {
        events.addListener(listener);
    }

    public void removeListener(MailboxListener listener) {
        events.removeListener(listener);
    }

    /** The watermark of the latest event, 0 before the first. */
    public long watermark() {
        synchronized (lock) {
            return events.watermark();
        }
    }

    /** Total size of the mailbox's items in bytes, as quotas count it. */
    public long totalSize() {
        synchronized (lock) {
            return totalSize;
        }
    }

    /** A live item by number. */
    public Optional<ItemState> item(long number) {
        synchronized (lock) {
            MailItem item = items.get(number);
            return item == null ? Optional.empty() : Optional.of(item.snapshot());
        }
    }

    /** A folder's items in order of arrival (ascending article numbers). */
    public List<ItemState> items(long folderNumber) throws FolderOperationException {
        synchronized (lock) {
            return live(folderNumber).items.values().stream().map(MailItem::snapshot).toList();
        }
    }

    /**
     * Stores a message in a folder; it gets the folder's next article number.
     *
     * @throws ItemOperationException NOT_FOUND for a missing folder, MESSAGE_TOO_LARGE, QUOTA_EXCEEDED
     */
    public ItemState createItem(long folderNumber, NewItem item) throws ItemOperationException {
        return create(folderNumber, item, MailboxEvent.Type.CREATED);
    }

    /**
     * Delivers a received message into the Inbox: unread, received now, announced as new mail.
     *
     * @throws ItemOperationException MESSAGE_TOO_LARGE, QUOTA_EXCEEDED
     */
    public ItemState deliver(byte[] mime) throws ItemOperationException {
        return create(wellKnown.get(DistinguishedFolder.INBOX).number, NewItem.received(mime).withRead(false),
                MailboxEvent.Type.NEW_MAIL);
    }

    /**
     * Delivers a message with properties of its own (a meeting message) into the Inbox, announced as
     * new mail.
     *
     * @throws ItemOperationException MESSAGE_TOO_LARGE, QUOTA_EXCEEDED
     */
    public ItemState deliver(NewItem item) throws ItemOperationException {
        return create(wellKnown.get(DistinguishedFolder.INBOX).number, item, MailboxEvent.Type.NEW_MAIL);
    }

    private ItemState create(long folderNumber, NewItem item, MailboxEvent.Type announced)
            throws ItemOperationException {
        MessageSummary summary = item.pim() != null && item.mime().length == 0 ? MessageSummary.withoutMime(item.pim().text("Subject").orElse(null))
                : MimeParser.summarize(item.mime());
        ItemState result;
        synchronized (lock) {
            Folder folder = liveFolder(folderNumber);
            checkSize(item.mime().length);
            Instant now = clock.instant();
            MailItem mail = new MailItem(++lastItemNumber, item.mime(), summary, now,
                    item.viaTransport() ? HeaderBlock.transportText(item.mime()) : null);
            mail.subject = summary.subject();
            mail.read = item.read();
            mail.draft = item.draft();
            mail.flag = item.flag();
            mail.categories = new ArrayList<>(item.categories());
            mail.importance = item.importance() != null ? item.importance() : summary.importance();
            mail.received = item.received() != null ? item.received() : now;
            mail.lastModified = now;
            mail.extendedProperties.putAll(item.extendedProperties());
            mail.pim = item.pim();
            place(mail, folder);
            if (announced == MailboxEvent.Type.NEW_MAIL) {
                events.add(MailboxEvent.Type.NEW_MAIL, mail.number, folder.number, 0, 0);
            }
            events.add(MailboxEvent.Type.CREATED, mail.number, folder.number, 0, 0);
            events.add(MailboxEvent.Type.MODIFIED, 0, folder.number, 0, 0);
            result = mail.snapshot();
        }
        events.publish();
        return result;
    }

    /**
     * Changes an item.
     *
     * @param expectedChangeNumber the change number the caller last saw, or -1 to overwrite regardless
     * @throws ItemOperationException NOT_FOUND, or CONFLICT when the item changed since
     */
    public ItemState updateItem(long number, long expectedChangeNumber, ItemUpdate update)
            throws ItemOperationException {
        ItemState result;
        synchronized (lock) {
            MailItem item = liveItem(number);
            if (expectedChangeNumber >= 0 && expectedChangeNumber != item.changeNumber()) {
                throw new ItemOperationException(ItemOperationException.Reason.CONFLICT,
                        "The change key passed in the request does not match the current change key for the item.");
            }
            Folder folder = item.folder;
            boolean wasRead = item.read;
            item.apply(update);
            if (wasRead != item.read) {
                folder.unreadCount += item.read ? -1 : 1;
            }
            long change = ++sequence;
            if (update.readFlagOnly()) {
                item.readSequence = change;
            } else {
                item.changeSequence = change;
            }
            item.lastModified = clock.instant();
            contentChanged(folder);
            events.add(MailboxEvent.Type.MODIFIED, item.number, folder.number, 0, 0);
            events.add(MailboxEvent.Type.MODIFIED, 0, folder.number, 0, 0);
            result = item.snapshot();
        }
        events.publish();
        return result;
    }

    /** Moves an item; the moved item has a new number and the target folder's next article number. */
    public ItemState moveItem(long number, long targetFolderNumber) throws ItemOperationException {
        return relocateItem(number, targetFolderNumber, true);
    }

    /** Copies an item into a folder (possibly its own). */
    public ItemState copyItem(long number, long targetFolderNumber) throws ItemOperationException {
        return relocateItem(number, targetFolderNumber, false);
    }

    private ItemState relocateItem(long number, long targetFolderNumber, boolean move)
            throws ItemOperationException {
        ItemState result;
        synchronized (lock) {
            MailItem item = liveItem(number);
            Folder target = liveFolder(targetFolderNumber);
            Folder source = item.folder;
            if (!move) {
                checkSize(item.mime.length);
            }
            MailItem placed = item.duplicate(++lastItemNumber, clock.instant());
            if (move) {
                removeFromFolder(item);
            }
            place(placed, target);
            events.add(move ? MailboxEvent.Type.MOVED : MailboxEvent.Type.COPIED, placed.number, target.number,
                    item.number, source.number);
            if (move) {
                events.add(MailboxEvent.Type.MODIFIED, 0, source.number, 0, 0);
            }
            events.add(MailboxEvent.Type.MODIFIED, 0, target.number, 0, 0);
            result = placed.snapshot();
        }
        events.publish();
        return result;
    }

    /** Deletes an item for good. */
    public void deleteItem(long number) throws ItemOperationException {
        synchronized (lock) {
            MailItem item = liveItem(number);
            Folder folder = item.folder;
            removeFromFolder(item);
            events.add(MailboxEvent.Type.DELETED, item.number, folder.number, 0, 0);
            events.add(MailboxEvent.Type.MODIFIED, 0, folder.number, 0, 0);
        }
        events.publish();
    }

    /**
     * The changes to a folder's items after a sync position (0: every item as created), oldest first.
     *
     * @param max     the most changes to return
     * @param ignored item numbers to leave out
     */
    public ItemChanges itemChangesSince(long folderNumber, long position, int max, Set<Long> ignored)
            throws FolderOperationException {
        synchronized (lock) {
            Folder folder = live(folderNumber);
            List<ItemChange> changes = new ArrayList<>();
            for (MailItem item : folder.items.values()) {
                ItemChange.Type type = item.enteredSequence > position ? ItemChange.Type.CREATE
                        : item.changeSequence > position ? ItemChange.Type.UPDATE
                        : item.readSequence > position ? ItemChange.Type.READ_FLAG_CHANGE : null;
                if (type != null && !ignored.contains(item.number)) {
                    changes.add(new ItemChange(type, item.snapshot(), item.changeNumber()));
                }
            }
            for (Folder.Tombstone t : folder.tombstones) {
                if (t.removedSequence() > position && t.enteredSequence() <= position
                        && !ignored.contains(t.item().number())) {
                    changes.add(new ItemChange(ItemChange.Type.DELETE, t.item(), t.removedSequence()));
                }
            }
            changes.sort(Comparator.comparingLong(ItemChange::sequence));
            if (changes.size() <= max) {
                return new ItemChanges(changes, sequence, true);
            }
            List<ItemChange> page = changes.subList(0, max);
            return new ItemChanges(page, page.get(max - 1).sequence(), false);
        }
    }

    private void place(MailItem item, Folder folder) {
        folder.addItem(item);
        items.put(item.number, item);
        totalSize += item.mime.length;
        item.enteredSequence = ++sequence;
        contentChanged(folder);
    }

    private void removeFromFolder(MailItem item) {
        Folder folder = item.folder;
        folder.removeItem(item, ++sequence);
        items.remove(item.number);
        totalSize -= item.mime.length;
        contentChanged(folder);
    }

    private void contentChanged(Folder folder) {
        changed(folder);
        folder.lastContentChange = folder.lastModified;
    }

    /** Checks that a message of this size may be added: the size limit and the quota. */
    private void checkSize(long size) throws ItemOperationException {
        MailLimits current = limits.get();
        if (size > current.maxMessageBytes()) {
            throw new ItemOperationException(ItemOperationException.Reason.MESSAGE_TOO_LARGE,
                    "The message exceeds the maximum supported size.");
        }
        if (totalSize > current.mailboxQuotaBytes() - size) {
            throw new ItemOperationException(ItemOperationException.Reason.QUOTA_EXCEEDED,
                    "The mailbox quota has been exceeded.");
        }
    }

    private MailItem liveItem(long number) throws ItemOperationException {
        MailItem item = items.get(number);
        if (item == null) {
            throw new ItemOperationException(ItemOperationException.Reason.NOT_FOUND,
                    "The specified object was not found in the store.");
        }
        return item;
    }

    private Folder liveFolder(long number) throws ItemOperationException {
        Folder f = folders.get(number);
        if (f == null || f.deleted) {
            throw new ItemOperationException(ItemOperationException.Reason.NOT_FOUND,
                    "The specified folder could not be found in the store.");
        }
        return f;
    }

    private HierarchyChange.Type changeType(Folder f, long position, long scope) {
        boolean wasInScope = f.createdSequence <= position && f.ancestorsAfter(position).contains(scope);
        boolean isInScope = !f.deleted && f.ancestors().contains(scope);
        if (wasInScope && !isInScope) {
            return HierarchyChange.Type.DELETE;
        }
        if (!wasInScope && isInScope) {
            return HierarchyChange.Type.CREATE;
        }
        if (wasInScope && f.changeNumber > position) {
            return HierarchyChange.Type.UPDATE;
        }
        return null;
    }

    private void collect(Folder folder, List<FolderState> into) {
        for (Folder child : folder.children.stream().sorted(BY_NAME).toList()) {
            into.add(child.snapshot());
            collect(child, into);
        }
    }

    private void relocate(Folder folder, Folder target) {
        recordRelocation(folder);
        folder.parent.children.remove(folder);
        folder.parent = target;
        target.children.add(folder);
        changed(folder);
    }

    /** Every folder of a moved subtree changes place, so each gets its own relocation record. */
    private void recordRelocation(Folder folder) {
        folder.relocations.add(new Folder.Relocation(++sequence, folder.ancestors()));
        folder.children.forEach(this::recordRelocation);
    }

    private void markDeleted(Folder folder) {
        folder.relocations.add(new Folder.Relocation(++sequence, folder.ancestors()));
        folder.deleted = true;
        for (MailItem item : folder.items.values()) {
            items.remove(item.number);
            totalSize -= item.mime.length;
        }
        folder.children.forEach(this::markDeleted);
    }

    private void changed(Folder folder) {
        folder.changeNumber = ++sequence;
        folder.lastModified = clock.instant();
    }

    private Folder live(long number) throws FolderOperationException {
        Folder f = folders.get(number);
        if (f == null || f.deleted) {
            throw new FolderOperationException(FolderOperationException.Reason.NOT_FOUND,
                    "The specified object was not found in the store.");
        }
        return f;
    }

    private static void checkDeletable(Folder folder) throws FolderOperationException {
        if (folder.distinguished != null) {
            throw new FolderOperationException(FolderOperationException.Reason.DISTINGUISHED_NOT_DELETABLE,
                    "Distinguished folders cannot be deleted.");
        }
    }

    private static void checkName(Folder parent, String name, Folder self) throws FolderOperationException {
        if (name == null || name.isBlank()) {
            throw new FolderOperationException(FolderOperationException.Reason.INVALID_NAME,
                    "A folder name cannot be empty.");
        }
        if (nameTaken(parent, name, self)) {
            throw new FolderOperationException(FolderOperationException.Reason.NAME_EXISTS,
                    "A folder with the specified name already exists.");
        }
    }

    private static boolean nameTaken(Folder parent, String name, Folder self) {
        return parent.children.stream().anyMatch(c -> c != self && c.displayName.equalsIgnoreCase(name));
    }
}
