package org.bridgehead.imap.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.FolderPath;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.NotFoundException;
import org.bridgehead.exchange.PreconditionFailedException;
import org.bridgehead.exchange.SpecialUse;
import org.bridgehead.exchange.mail.AppendResult;
import org.bridgehead.exchange.mail.BatchResult;
import org.bridgehead.exchange.mail.Content;
import org.bridgehead.exchange.mail.CopyResult;
import org.bridgehead.exchange.mail.FlagChange;
import org.bridgehead.exchange.mail.FolderSnapshot;
import org.bridgehead.exchange.mail.FolderWatch;
import org.bridgehead.exchange.mail.HeaderBlocks;
import org.bridgehead.exchange.mail.MailSearch;
import org.bridgehead.exchange.mail.MailService;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.OutgoingRecipients;
import org.bridgehead.exchange.mail.MessageSummary;
import org.bridgehead.exchange.mail.SystemFlag;

/**
 * One user's mailbox held in memory, behaving as the MailService contract says: UIDs ascending
 * per folder, \Deleted kept until expunge, DRAFT fixed at append, watchers told of every change.
 * Also counts calls and can be told to fail, so tests can check what reaches the backend.
 */
public final class InMemoryMail implements MailService {

    private final AtomicLong ids = new AtomicLong();
    private final Map<String, FolderData> folders = new LinkedHashMap<>();
    private final List<Watch> watches = new CopyOnWriteArrayList<>();
    private final List<MailSearch> searches = new CopyOnWriteArrayList<>();
    private final AtomicLong contentsRead = new AtomicLong();
    private volatile BackendException nextFailure;
    private volatile Error nextError;

    public InMemoryMail() {
        addFolder(null, "Inbox", SpecialUse.INBOX);
        addFolder(null, "Drafts", SpecialUse.DRAFTS);
        addFolder(null, "Sent Items", SpecialUse.SENT);
        addFolder(null, "Deleted Items", SpecialUse.TRASH);
        addFolder(null, "Junk Email", SpecialUse.JUNK);
        addFolder(null, "Archive", SpecialUse.ARCHIVE);
    }

    /** The next call throws this error (once), as a JVM out of memory would. */
    public void failNextCall(Error error) {
        nextError = error;
    }

    /** The next call fails with this exception (once). */
    public void failNextCall(BackendException failure) {
        nextFailure = failure;
    }

    /** How many messages' full content fetch() has returned, to prove a FETCH needed no bodies. */
    public long contentsRead() {
        return contentsRead.get();
    }

    /** The criteria every search() received, to prove which keys reached the backend. */
    public List<MailSearch> searches() {
        return List.copyOf(searches);
    }

    // ---- arranging and changing mail "elsewhere" (another client, Exchange itself) ----

    /** Delivers a message as Exchange would: new UID, watchers notified. Returns the UID. */
    public long deliver(String path, String mime, SystemFlag... flags) {
        FolderData folder;
        long uid;
        synchronized (this) {
            folder = byPath(path);
            uid = folder.add(mime.getBytes(StandardCharsets.UTF_8), new MessageFlags(Set.of(flags), Set.of()),
                    Instant.parse("2024-03-01T10:00:00Z"));
        }
        notifyWatches(folder.id);
        return uid;
    }

    public void changeFlagsElsewhere(String path, long uid, MessageFlags flags) {
        FolderData folder;
        synchronized (this) {
            folder = byPath(path);
            folder.messages.get(uid).flags = flags;
            folder.messages.get(uid).modSeq = ids.incrementAndGet();
        }
        notifyWatches(folder.id);
    }

    public void expungeElsewhere(String path, long uid) {
        FolderData folder;
        synchronized (this) {
            folder = byPath(path);
            folder.remove(uid);
        }
        notifyWatches(folder.id);
    }

    /** Forgets the folder's expunge history, as a bounded index does after many expunges. */
    public synchronized void forgetExpunges(String path) {
        FolderData folder = byPath(path);
        folder.expunges.clear();
        folder.expungeFloor = ids.get();
    }

    public synchronized MessageFlags flagsOf(String path, long uid) {
        return byPath(path).messages.get(uid).flags;
    }

    public synchronized List<Long> uids(String path) {
        return List.copyOf(byPath(path).messages.keySet());
    }

    public synchronized byte[] content(String path, long uid) {
        return byPath(path).messages.get(uid).mime.clone();
    }

    public synchronized boolean exists(String path) {
        return folders.values().stream().anyMatch(f -> f.path.equals(path));
    }

    // ---- MailService ----

    @Override
    public synchronized List<MailFolder> folders() throws BackendException {
        failIfAsked();
        return folders.values().stream().map(FolderData::toMailFolder).toList();
    }

    @Override
    public synchronized MailFolder folder(String path) throws BackendException {
        failIfAsked();
        return folders.values().stream().filter(f -> f.path.equals(path)).findFirst()
                .map(FolderData::toMailFolder).orElseThrow(() -> new NotFoundException("No folder " + path, null));
    }

    @Override
    public synchronized MailFolder createFolder(String path) throws BackendException {
        failIfAsked();
        int slash = path.lastIndexOf(FolderPath.SEPARATOR);
        String parentId = null;
        if (slash > 0) {
            parentId = folderByPath(path.substring(0, slash)).id;
        }
        return addFolder(parentId, FolderPath.unescape(path.substring(slash + 1)), SpecialUse.NONE).toMailFolder();
    }

    @Override
    public synchronized MailFolder renameFolder(String folderId, String newPath) throws BackendException {
        failIfAsked();
        FolderData folder = byId(folderId);
        String oldPath = folder.path;
        int slash = newPath.lastIndexOf(FolderPath.SEPARATOR);
        folder.parentId = slash > 0 ? folderByPath(newPath.substring(0, slash)).id : null;
        folder.name = FolderPath.unescape(newPath.substring(slash + 1));
        for (FolderData f : folders.values()) {
            if (f.path.equals(oldPath) || f.path.startsWith(oldPath + "/")) {
                f.path = newPath + f.path.substring(oldPath.length());
            }
        }
        return folder.toMailFolder();
    }

    @Override
    public synchronized void deleteFolder(String folderId) throws BackendException {
        failIfAsked();
        String path = byId(folderId).path;
        folders.values().removeIf(f -> f.path.equals(path) || f.path.startsWith(path + "/"));
    }

    @Override
    public synchronized FolderSnapshot sync(String folderId) throws BackendException {
        failIfAsked();
        FolderData folder = byId(folderId);
        List<MessageSummary> summaries = new ArrayList<>();
        folder.messages.values().forEach(m -> summaries.add(m.summary()));
        long highest = Math.max(folder.expunges.isEmpty() ? 0 : folder.expunges.lastKey(),
                summaries.stream().mapToLong(MessageSummary::modSeq).max().orElse(0));
        return new FolderSnapshot(folderId, folder.uidValidity, folder.uidNext, highest, summaries);
    }

    @Override
    public synchronized Optional<List<Long>> expungedSince(String folderId, long modSeq) throws BackendException {
        failIfAsked();
        FolderData folder = byId(folderId);
        if (modSeq < folder.expungeFloor) {
            return Optional.empty();
        }
        return Optional.of(folder.expunges.tailMap(modSeq, false).values().stream().sorted().toList());
    }

    @Override
    public synchronized Map<Long, Content> fetch(String folderId, List<Long> uids) throws BackendException {
        failIfAsked();
        FolderData folder = byId(folderId);
        Map<Long, Content> result = new LinkedHashMap<>();
        for (long uid : uids) {
            StoredMessage message = folder.messages.get(uid);
            if (message != null) {
                result.put(uid, Content.of(message.mime));
                contentsRead.incrementAndGet();
            }
        }
        return result;
    }

    @Override
    public synchronized Map<Long, byte[]> headers(String folderId, List<Long> uids) throws BackendException {
        failIfAsked();
        FolderData folder = byId(folderId);
        Map<Long, byte[]> result = new LinkedHashMap<>();
        for (long uid : uids) {
            StoredMessage message = folder.messages.get(uid);
            if (message != null) {
                try {
                    result.put(uid, HeaderBlocks.read(new java.io.ByteArrayInputStream(message.mime)));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return result;
    }

    @Override
    public BatchResult setFlags(String folderId, List<Long> uids, FlagChange change, long unchangedSince)
            throws BackendException {
        FolderData folder;
        List<Long> done = new ArrayList<>();
        Map<Long, BackendException> failures = new HashMap<>();
        Map<Long, Long> modSeqs = new HashMap<>();
        synchronized (this) {
            failIfAsked();
            folder = byId(folderId);
            for (long uid : uids) {
                StoredMessage message = folder.messages.get(uid);
                if (message == null) {
                    failures.put(uid, new NotFoundException("No message " + uid, null));
                    continue;
                }
                if (message.modSeq > unchangedSince) {
                    failures.put(uid, new PreconditionFailedException("Changed since " + unchangedSince, null));
                    continue;
                }
                MessageFlags applied = message.flags.apply(change);
                // DRAFT is fixed at append: keep whatever the message had.
                Set<SystemFlag> system = new TreeSet<>(applied.system());
                system.remove(SystemFlag.DRAFT);
                if (message.flags.has(SystemFlag.DRAFT)) {
                    system.add(SystemFlag.DRAFT);
                }
                message.flags = new MessageFlags(system, applied.keywords());
                message.modSeq = ids.incrementAndGet();
                modSeqs.put(uid, message.modSeq);
                done.add(uid);
            }
        }
        notifyWatches(folderId);
        return new BatchResult(done, failures, modSeqs);
    }

    @Override
    public AppendResult append(String folderId, Content mime, MessageFlags flags, Instant internalDate)
            throws BackendException {
        byte[] bytes;
        try (InputStream in = mime.openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        AppendResult result;
        synchronized (this) {
            failIfAsked();
            FolderData folder = byId(folderId);
            long uid = folder.add(bytes, flags, internalDate == null ? Instant.now() : internalDate);
            result = new AppendResult(folder.uidValidity, uid);
        }
        notifyWatches(folderId);
        return result;
    }

    @Override
    public CopyResult copy(String folderId, List<Long> uids, String targetFolderId) throws BackendException {
        return transfer(folderId, uids, targetFolderId, false);
    }

    @Override
    public CopyResult move(String folderId, List<Long> uids, String targetFolderId) throws BackendException {
        return transfer(folderId, uids, targetFolderId, true);
    }

    private CopyResult transfer(String folderId, List<Long> uids, String targetFolderId, boolean move)
            throws BackendException {
        CopyResult result;
        synchronized (this) {
            failIfAsked();
            FolderData source = byId(folderId);
            FolderData target = byId(targetFolderId);
            Map<Long, Long> uidMap = new LinkedHashMap<>();
            Map<Long, BackendException> failures = new HashMap<>();
            for (long uid : new TreeSet<>(uids)) {
                StoredMessage message = source.messages.get(uid);
                if (message == null) {
                    failures.put(uid, new NotFoundException("No message " + uid, null));
                    continue;
                }
                uidMap.put(uid, target.add(message.mime, message.flags, message.internalDate));
                if (move) {
                    source.remove(uid);
                }
            }
            result = new CopyResult(target.uidValidity, uidMap, failures);
        }
        notifyWatches(folderId);
        notifyWatches(targetFolderId);
        return result;
    }

    @Override
    public BatchResult expunge(String folderId, List<Long> uids) throws BackendException {
        Map<Long, Long> modSeqs = new HashMap<>();
        synchronized (this) {
            failIfAsked();
            FolderData folder = byId(folderId);
            for (long uid : uids) {
                long modSeq = folder.remove(uid);
                if (modSeq > 0) {
                    modSeqs.put(uid, modSeq);
                }
            }
        }
        notifyWatches(folderId);
        return new BatchResult(uids, Map.of(), modSeqs);
    }

    @Override
    public synchronized Set<Long> search(String folderId, MailSearch criteria) throws BackendException {
        failIfAsked();
        searches.add(criteria);
        Set<Long> found = new TreeSet<>();
        byId(folderId).messages.forEach((uid, message) -> {
            if (matches(message, criteria)) {
                found.add(uid);
            }
        });
        return found;
    }

    @Override
    public FolderWatch watch(Collection<String> folderIds, FolderWatch.Listener listener) {
        Watch watch = new Watch(Set.copyOf(folderIds), listener);
        watches.add(watch);
        return watch;
    }

    /** Watches not closed yet. */
    public int openWatches() {
        return watches.size();
    }

    @Override
    public void send(Content mime, OutgoingRecipients recipients, boolean saveCopy) {
        throw new IllegalStateException("IMAP never sends");
    }

    // ---- internals ----

    private static boolean matches(StoredMessage message, MailSearch criteria) {
        String text = new String(message.mime, StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        String body = split < 0 ? "" : text.substring(split + 4);
        if (criteria instanceof MailSearch.BodyContains b) {
            return body.toLowerCase(Locale.ROOT).contains(b.text().toLowerCase(Locale.ROOT));
        }
        if (criteria instanceof MailSearch.And and) {
            return and.all().stream().allMatch(c -> matches(message, c));
        }
        if (criteria instanceof MailSearch.Or or) {
            return or.any().stream().anyMatch(c -> matches(message, c));
        }
        return !matches(message, ((MailSearch.Not) criteria).negated());
    }

    private void failIfAsked() throws BackendException {
        Error error = nextError;
        if (error != null) {
            nextError = null;
            throw error;
        }
        BackendException failure = nextFailure;
        if (failure != null) {
            nextFailure = null;
            throw failure;
        }
    }

    private void notifyWatches(String folderId) {
        for (Watch watch : watches) {
            if (watch.folderIds.contains(folderId)) {
                watch.listener.folderChanged(folderId);
            }
        }
    }

    private FolderData addFolder(String parentId, String name, SpecialUse role) {
        String parentPath = parentId == null ? "" : folders.get(parentId).path;
        FolderData folder = new FolderData("folder-" + ids.incrementAndGet(), parentId, name,
                FolderPath.child(parentPath, name), role, 1000 + ids.incrementAndGet());
        folders.put(folder.id, folder);
        return folder;
    }

    private FolderData byPath(String path) {
        return folders.values().stream().filter(f -> f.path.equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no folder " + path));
    }

    private FolderData folderByPath(String path) throws NotFoundException {
        return folders.values().stream().filter(f -> f.path.equals(path)).findFirst()
                .orElseThrow(() -> new NotFoundException("No folder " + path, null));
    }

    private FolderData byId(String id) throws NotFoundException {
        FolderData folder = folders.get(id);
        if (folder == null) {
            throw new NotFoundException("No folder " + id, null);
        }
        return folder;
    }

    private final class Watch implements FolderWatch {
        final Set<String> folderIds;
        final Listener listener;

        Watch(Set<String> folderIds, Listener listener) {
            this.folderIds = folderIds;
            this.listener = listener;
        }

        @Override
        public void close() {
            watches.remove(this);
        }
    }

    private final class FolderData {
        final String id;
        String parentId;
        String name;
        String path;
        final SpecialUse role;
        final long uidValidity;
        long uidNext = 1;
        final TreeMap<Long, StoredMessage> messages = new TreeMap<>();
        /** modSeq of each expunge to the UID expunged. */
        final TreeMap<Long, Long> expunges = new TreeMap<>();
        long expungeFloor;

        FolderData(String id, String parentId, String name, String path, SpecialUse role, long uidValidity) {
            this.id = id;
            this.parentId = parentId;
            this.name = name;
            this.path = path;
            this.role = role;
            this.uidValidity = uidValidity;
        }

        long add(byte[] mime, MessageFlags flags, Instant internalDate) {
            long uid = uidNext++;
            messages.put(uid, new StoredMessage(uid, mime.clone(), flags, internalDate, ids.incrementAndGet()));
            return uid;
        }

        long remove(long uid) {
            if (messages.remove(uid) == null) {
                return 0;
            }
            long modSeq = ids.incrementAndGet();
            expunges.put(modSeq, uid);
            return modSeq;
        }

        MailFolder toMailFolder() {
            int children = (int) folders.values().stream().filter(f -> id.equals(f.parentId)).count();
            int unread = (int) messages.values().stream().filter(m -> !m.flags.has(SystemFlag.SEEN)).count();
            return new MailFolder(id, parentId, name, path, role, "IPF.Note", messages.size(), unread, children);
        }
    }

    private static final class StoredMessage {
        final long uid;
        final byte[] mime;
        MessageFlags flags;
        final Instant internalDate;
        long modSeq;

        StoredMessage(long uid, byte[] mime, MessageFlags flags, Instant internalDate, long modSeq) {
            this.uid = uid;
            this.mime = mime;
            this.flags = flags;
            this.internalDate = internalDate;
            this.modSeq = modSeq;
        }

        MessageSummary summary() {
            return new MessageSummary(uid, flags, mime.length, internalDate, modSeq);
        }
    }
}
