package org.bridgehead.imap.mailbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.exchange.mail.FolderSnapshot;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.MessageSummary;
import org.bridgehead.exchange.mail.SystemFlag;
import org.bridgehead.imap.protocol.Flag;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.ImapValue;
import org.bridgehead.imap.protocol.SequenceSet;
import org.bridgehead.imap.protocol.UntaggedResponse;

/**
 * The mailbox a connection has selected, as its client knows it. Sequence numbers are positions
 * in {@link #messages}; a message expunged elsewhere stays in place (as "vanished") until an
 * EXPUNGE response may be sent, so sequence numbers never shift while the client cannot know.
 * Thread-safe: the IDLE pusher synchronises it while the connection thread waits for DONE.
 */
public final class SelectedMailbox {

    private final String folderId;
    private final String name;
    private final boolean readOnly;
    private final long uidValidity;
    private long uidNext;
    /** Ascending by UID, like the snapshots. */
    private final List<MessageSummary> messages = new ArrayList<>();
    private final Set<Long> vanished = new HashSet<>();
    private final Set<Long> recent = new HashSet<>();
    private final RecentClaims.Claim recentClaim;
    private final Keywords keywords = new Keywords();
    private int reportedRecent;
    private long highestModSeq;
    private boolean condstore;
    private boolean qresync;
    private boolean stale;
    /** The UIDs SEARCH RETURN (SAVE) kept, ascending: what {@code $} names (RFC 5182). */
    private List<Long> savedResult = List.of();
    /** EXPUNGE or VANISHED responses went out since {@link #takeExpungesReported()} was last asked. */
    private boolean expungesReported;

    /** A mailbox in which no message is \Recent (tests, and folders nobody claims for). */
    public SelectedMailbox(String name, boolean readOnly, FolderSnapshot snapshot) {
        this(name, readOnly, snapshot, RecentClaims.NONE);
    }

    /**
     * @param recentClaim the folder's \Recent claims; a read-write selection claims the unclaimed
     *                    messages, a read-only one only counts them
     */
    public SelectedMailbox(String name, boolean readOnly, FolderSnapshot snapshot, RecentClaims.Claim recentClaim) {
        this.folderId = snapshot.folderId();
        this.name = name;
        this.readOnly = readOnly;
        this.uidValidity = snapshot.uidValidity();
        this.recentClaim = recentClaim;
        this.messages.addAll(snapshot.messages());
        this.uidNext = Math.max(snapshot.uidNext(), highestUid() + 1);
        this.highestModSeq = snapshot.highestModSeq();
        markRecent(0);
        messages.forEach(m -> keywords.learn(m.flags()));
    }

    public String folderId() {
        return folderId;
    }

    /** The decoded IMAP name it was selected by. */
    public String name() {
        return name;
    }

    /** EXAMINE: flags and expunges are refused. */
    public boolean readOnly() {
        return readOnly;
    }

    public long uidValidity() {
        return uidValidity;
    }

    public synchronized long uidNext() {
        return uidNext;
    }

    public synchronized int exists() {
        return messages.size();
    }

    /** How many messages are \Recent in this session; SELECT reports it, later changes come as RECENT. */
    public synchronized int recentCount() {
        reportedRecent = recent.size();
        return reportedRecent;
    }

    /** The folder's highest modification sequence as this session last learnt it (RFC 7162). */
    public synchronized long highestModSeq() {
        return highestModSeq;
    }

    /** The folder reached this modSeq by this connection's own change (an expunge, say). */
    public synchronized void modSeqReached(long modSeq) {
        highestModSeq = Math.max(highestModSeq, modSeq);
    }

    /**
     * Whether EXPUNGE or VANISHED responses went out since the last call: the tagged OK then carries
     * HIGHESTMODSEQ under CONDSTORE (RFC 7162), since an expunge changes it unseen.
     */
    public synchronized boolean takeExpungesReported() {
        boolean reported = expungesReported;
        expungesReported = false;
        return reported;
    }

    /** CONDSTORE is on for this mailbox: FETCH responses about flag changes carry MODSEQ. */
    public synchronized void enableCondstore() {
        condstore = true;
    }

    public synchronized boolean condstore() {
        return condstore;
    }

    /** QRESYNC is on: expunges are reported as VANISHED, never EXPUNGE (RFC 7162 3.2.10). */
    public synchronized void enableQresync() {
        condstore = true;
        qresync = true;
    }

    public synchronized boolean qresync() {
        return qresync;
    }

    /** FLAGS and PERMANENTFLAGS as SELECT announces them: the system flags and every keyword in use. */
    public synchronized List<UntaggedResponse> flagsAnnouncement() {
        return keywords.announce(readOnly);
    }

    /**
     * FLAGS and PERMANENTFLAGS again if a message now has a keyword the client has not been told
     * of, to be written before any FETCH that shows it (RFC 3501 7.2.6); empty otherwise.
     */
    public synchronized List<UntaggedResponse> announceNewKeywords() {
        boolean learnt = false;
        for (MessageSummary message : messages) {
            learnt |= keywords.learn(message.flags());
        }
        return learnt ? keywords.announce(readOnly) : List.of();
    }

    /** The sequence number of the first message without \Seen, if any (SELECT's UNSEEN code). */
    public synchronized Optional<Integer> firstUnseen() {
        for (int i = 0; i < messages.size(); i++) {
            if (!messages.get(i).flags().has(SystemFlag.SEEN)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    /** Every message, in sequence order. */
    public synchronized List<MessageRef> all() {
        List<MessageRef> refs = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            refs.add(ref(i));
        }
        return List.copyOf(refs);
    }

    /**
     * The messages a sequence set names, in sequence order. UIDs not in the mailbox are skipped
     * (RFC 3501 6.4.8); a sequence number beyond the last message is a client error.
     */
    public synchronized List<MessageRef> resolve(SequenceSet set, boolean byUid) throws ImapSyntaxException {
        List<MessageRef> refs = new ArrayList<>();
        if (set.saved()) {
            // $ names messages, not numbers: the same ones for FETCH and UID FETCH; gone ones drop out.
            for (long uid : savedResult) {
                int index = indexOf(uid);
                if (index >= 0) {
                    refs.add(ref(index));
                }
            }
            return List.copyOf(refs);
        }
        if (byUid) {
            if (messages.isEmpty()) {
                return List.of();
            }
            long max = highestUid();
            for (int i = 0; i < messages.size(); i++) {
                if (set.contains(messages.get(i).uid(), max)) {
                    refs.add(ref(i));
                }
            }
            return List.copyOf(refs);
        }
        if (messages.isEmpty() || set.highest(messages.size()) > messages.size()) {
            throw new ImapSyntaxException("Invalid message sequence number (mailbox has " + messages.size()
                    + " messages)");
        }
        set.numbers(messages.size()).forEach(n -> refs.add(ref((int) n - 1)));
        return List.copyOf(refs);
    }

    /** Keeps a SEARCH result as {@code $}; a new selection starts with none. */
    public synchronized void saveResult(Collection<Long> uids) {
        savedResult = uids.stream().sorted().distinct().toList();
    }

    /** The UIDs {@code $} names, ascending; some may have been expunged since. */
    public synchronized List<Long> savedResult() {
        return savedResult;
    }

    public synchronized Optional<MessageRef> byUid(long uid) {
        int index = indexOf(uid);
        return index < 0 ? Optional.empty() : Optional.of(ref(index));
    }

    /**
     * Records flags this connection has just stored, so the next synchronisation does not report them
     * back; {@code modSeq} is the message's new modification sequence, 0 if unknown.
     */
    public synchronized void flagsChanged(long uid, MessageFlags flags, long modSeq) {
        int index = indexOf(uid);
        if (index >= 0) {
            MessageSummary old = messages.get(index);
            long newModSeq = Math.max(old.modSeq(), modSeq);
            messages.set(index, new MessageSummary(uid, flags, old.size(), old.internalDate(), newModSeq));
            highestModSeq = Math.max(highestModSeq, newModSeq);
        }
    }

    /**
     * Records a message's exact length once its content has been read, so that RFC822.SIZE equals
     * the length of BODY[] from then on, even where the backend had only an estimate.
     */
    public synchronized void contentSeen(long uid, long length) {
        int index = indexOf(uid);
        if (index >= 0 && messages.get(index).size() != length) {
            MessageSummary old = messages.get(index);
            messages.set(index, new MessageSummary(uid, old.flags(), length, old.internalDate(), old.modSeq()));
        }
    }

    /**
     * Messages this connection has expunged or moved away: removed at once with EXPUNGE responses
     * when allowed, otherwise kept as vanished until the next point that allows them.
     */
    public synchronized List<UntaggedResponse> removed(Collection<Long> uids, boolean allowExpunge) {
        for (long uid : uids) {
            if (indexOf(uid) >= 0) {
                vanished.add(uid);
            }
        }
        return allowExpunge ? flushVanished() : List.of();
    }

    /**
     * Applies a fresh snapshot: messages gone become vanished (and EXPUNGE responses if allowed),
     * changed flags become FETCH responses, new messages an EXISTS response.
     */
    public synchronized List<UntaggedResponse> synchronize(FolderSnapshot snapshot, boolean allowExpunge)
            throws MailboxRecreatedException {
        stale = false;
        if (snapshot.uidValidity() != uidValidity) {
            throw new MailboxRecreatedException(name);
        }
        Map<Long, MessageSummary> current = new HashMap<>();
        snapshot.messages().forEach(m -> current.put(m.uid(), m));
        for (MessageSummary known : messages) {
            if (!current.containsKey(known.uid())) {
                vanished.add(known.uid());
            }
        }
        // Flag changes first, numbered as the client still numbers its messages; the expunges after.
        List<UntaggedResponse> responses = new ArrayList<>();
        boolean learnt = false;
        for (MessageSummary message : snapshot.messages()) {
            learnt |= keywords.learn(message.flags());
        }
        if (learnt) {
            responses.addAll(keywords.announce(readOnly));
        }
        for (int i = 0; i < messages.size(); i++) {
            MessageSummary known = messages.get(i);
            MessageSummary now = current.get(known.uid());
            if (now != null && !now.flags().equals(known.flags())) {
                MessageSummary changed = new MessageSummary(known.uid(), now.flags(), known.size(),
                        known.internalDate(), Math.max(known.modSeq(), now.modSeq()));
                messages.set(i, changed);
                responses.add(flagsResponse(i + 1, changed, qresync));
            } else if (now != null && now.modSeq() > known.modSeq()) {
                messages.set(i, new MessageSummary(known.uid(), known.flags(), known.size(), known.internalDate(),
                        now.modSeq()));
            }
        }
        if (allowExpunge) {
            responses.addAll(flushVanished());
        }
        long highest = highestUid();
        int before = messages.size();
        for (MessageSummary message : snapshot.messages()) {
            if (message.uid() > highest) {
                messages.add(message);
            }
        }
        if (messages.size() > before) {
            markRecent(highest);
            responses.add(new UntaggedResponse.Exists(messages.size()));
        }
        if (recent.size() != reportedRecent) {
            reportedRecent = recent.size();
            responses.add(new UntaggedResponse.Recent(reportedRecent));
        }
        uidNext = Math.max(uidNext, Math.max(snapshot.uidNext(), highestUid() + 1));
        highestModSeq = Math.max(highestModSeq, snapshot.highestModSeq());
        return List.copyOf(responses);
    }

    /** EXPUNGE responses for every vanished message, highest sequence number first so none shifts. */
    public synchronized List<UntaggedResponse> flushVanished() {
        if (vanished.isEmpty()) {
            return List.of();
        }
        List<UntaggedResponse> responses = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        for (int i = messages.size() - 1; i >= 0; i--) {
            long uid = messages.get(i).uid();
            if (vanished.remove(uid)) {
                messages.remove(i);
                recent.remove(uid);
                gone.add(uid);
                responses.add(new UntaggedResponse.Expunge(i + 1));
            }
        }
        vanished.clear();
        expungesReported |= !gone.isEmpty();
        if (qresync && !gone.isEmpty()) {
            return List.of(new UntaggedResponse.Vanished(false, SequenceSet.of(gone)));
        }
        return Collections.unmodifiableList(responses);
    }

    /** A change notice arrived: synchronise at the next opportunity. */
    public synchronized void markStale() {
        stale = true;
        notifyAll();
    }

    public synchronized boolean isStale() {
        return stale;
    }

    /** Waits until the mailbox is stale or {@link #wake()} is called; true if stale. */
    public synchronized boolean awaitStale(long timeoutMillis) throws InterruptedException {
        if (!stale) {
            wait(timeoutMillis);
        }
        return stale;
    }

    /** Wakes a thread in {@link #awaitStale}. */
    public synchronized void wake() {
        notifyAll();
    }

    /**
     * The FETCH response announcing a message's flags, and its MODSEQ under CONDSTORE.
     *
     * @param withUid include the UID (UID commands; every FETCH once QRESYNC is on, RFC 7162 3.2.4)
     */
    public synchronized UntaggedResponse flagsResponse(int sequenceNumber, MessageSummary message, boolean withUid) {
        List<UntaggedResponse.Fetch.Item> items = new ArrayList<>();
        if (withUid || qresync) {
            items.add(new UntaggedResponse.Fetch.Item("UID", ImapValue.number(message.uid())));
        }
        items.add(new UntaggedResponse.Fetch.Item("FLAGS", ImapValue.flags(imapFlags(message))));
        if (condstore) {
            items.add(new UntaggedResponse.Fetch.Item("MODSEQ", ImapValue.list(ImapValue.number(
                    Math.max(1, message.modSeq())))));
        }
        return new UntaggedResponse.Fetch(sequenceNumber, items);
    }

    /**
     * The FETCH response a silent STORE still owes a CONDSTORE client: the new MODSEQ, with the UID
     * where {@link #flagsResponse} would give it (RFC 7162 3.1.3).
     */
    public synchronized UntaggedResponse modSeqResponse(int sequenceNumber, MessageSummary message,
            boolean withUid) {
        List<UntaggedResponse.Fetch.Item> items = new ArrayList<>();
        if (withUid || qresync) {
            items.add(new UntaggedResponse.Fetch.Item("UID", ImapValue.number(message.uid())));
        }
        items.add(new UntaggedResponse.Fetch.Item("MODSEQ", ImapValue.list(ImapValue.number(
                Math.max(1, message.modSeq())))));
        return new UntaggedResponse.Fetch(sequenceNumber, items);
    }

    /** A message's IMAP flags in this session, \Recent included. */
    public synchronized List<Flag> imapFlags(MessageSummary message) {
        List<Flag> flags = new ArrayList<>(FlagMapping.toImap(message.flags()));
        if (recent.contains(message.uid())) {
            flags.add(Flag.RECENT);
        }
        return List.copyOf(flags);
    }

    /** Claims (or, read-only, counts) the unclaimed messages above a UID as this session's \Recent. */
    private void markRecent(long aboveUid) {
        long highest = highestUid();
        long first = readOnly ? recentClaim.peek(highest) : recentClaim.claim(highest);
        for (MessageSummary message : messages) {
            if (message.uid() > aboveUid && message.uid() >= first) {
                recent.add(message.uid());
            }
        }
    }

    private MessageRef ref(int index) {
        MessageSummary summary = messages.get(index);
        return new MessageRef(index + 1, summary, vanished.contains(summary.uid()), recent.contains(summary.uid()));
    }

    private long highestUid() {
        return messages.isEmpty() ? 0 : messages.get(messages.size() - 1).uid();
    }

    private int indexOf(long uid) {
        int low = 0;
        int high = messages.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midUid = messages.get(mid).uid();
            if (midUid < uid) {
                low = mid + 1;
            } else if (midUid > uid) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
