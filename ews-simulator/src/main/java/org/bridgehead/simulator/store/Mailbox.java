package org.bridgehead.simulator.store;

import java.time.Clock;
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

/**
 * One user's mailbox: a folder tree like Exchange's, guarded by one lock, and a change sequence
 * that numbers every hierarchy change (the source of change keys and sync states).
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
    private long lastNumber;
    private long sequence;

    Mailbox(String address, UUID guid, Clock clock) {
        this.address = address;
        this.guid = guid;
        this.clock = clock;
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
