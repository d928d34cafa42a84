package org.bridgehead.simulator.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A folder's mutable state, guarded by its mailbox's lock; the outside world sees
 * {@link FolderState} snapshots only. The counts, content size and content clock follow its items.
 */
final class Folder {
    /** A past change of the folder's place, kept so hierarchy syncs can tell what a client knew. */
    record Relocation(long sequence, Set<Long> ancestorsBefore) {
    }

    /** An item that left the folder, kept so item syncs can report its deletion. */
    record Tombstone(ItemState item, long enteredSequence, long removedSequence) {
    }

    final long number;
    final long createdSequence;
    final DistinguishedFolder distinguished;
    final FolderKind kind;
    final List<Folder> children = new ArrayList<>();
    final List<Relocation> relocations = new ArrayList<>();
    final Map<ExtendedPropertyKey, List<String>> extendedProperties = new LinkedHashMap<>();
    /** The folder's items in order of arrival. */
    final Map<Long, MailItem> items = new LinkedHashMap<>();
    final List<Tombstone> tombstones = new ArrayList<>();
    Folder parent;
    String displayName;
    String folderClass;
    long changeNumber;
    boolean deleted;
    Instant lastModified;
    Instant lastContentChange;
    long nextArticleNumber = 1;
    int totalCount;
    int unreadCount;
    long contentSize;

    Folder(long number, long sequence, DistinguishedFolder distinguished, FolderKind kind, Folder parent,
           String displayName, String folderClass, Instant now) {
        this.number = number;
        this.createdSequence = sequence;
        this.changeNumber = sequence;
        this.distinguished = distinguished;
        this.kind = kind;
        this.parent = parent;
        this.displayName = displayName;
        this.folderClass = folderClass;
        this.lastModified = now;
        this.lastContentChange = now;
    }

    /** Numbers of all folders above this one, up to the root; empty once deleted. */
    Set<Long> ancestors() {
        Set<Long> result = new HashSet<>();
        if (deleted) {
            return result;
        }
        for (Folder f = parent; f != null; f = f.parent) {
            result.add(f.number);
        }
        return result;
    }

    /** The folder's ancestors as they were just after the given sync position. */
    Set<Long> ancestorsAfter(long position) {
        for (Relocation r : relocations) {
            if (r.sequence() > position) {
                return r.ancestorsBefore();
            }
        }
        return ancestors();
    }

    /** The sequence number of the folder's latest change of any kind. */
    long lastEvent() {
        long last = changeNumber;
        for (Relocation r : relocations) {
            last = Math.max(last, r.sequence());
        }
        return last;
    }

    boolean isIpm() {
        for (Folder f = this; f != null; f = f.parent) {
            if (f.distinguished == DistinguishedFolder.MSG_FOLDER_ROOT) {
                return true;
            }
        }
        return false;
    }

    void addItem(MailItem item) {
        items.put(item.number, item);
        item.folder = this;
        item.articleNumber = nextArticleNumber++;
        totalCount++;
        if (!item.read) {
            unreadCount++;
        }
        contentSize += item.mime.length;
    }

    void removeItem(MailItem item, long sequence) {
        items.remove(item.number);
        tombstones.add(new Tombstone(item.snapshot(), item.enteredSequence, sequence));
        totalCount--;
        if (!item.read) {
            unreadCount--;
        }
        contentSize -= item.mime.length;
    }

    FolderState snapshot() {
        return new FolderState(number, parent == null ? 0 : parent.number, distinguished, displayName, folderClass,
                kind, changeNumber, totalCount, unreadCount, children.size(), isIpm(), lastModified,
                lastContentChange, nextArticleNumber, contentSize, extendedProperties);
    }
}
