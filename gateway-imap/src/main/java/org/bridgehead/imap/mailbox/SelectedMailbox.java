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
    private boolean stale;

    public SelectedMailbox(String name, boolean readOnly, FolderSnapshot snapshot) {
        this.folderId = snapshot.folderId();
        this.name = name;
        this.readOnly = readOnly;
        this.uidValidity = snapshot.uidValidity();
        this.messages.addAll(snapshot.messages());
        this.uidNext = Math.max(snapshot.uidNext(), highestUid() + 1);
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

    public synchronized Optional<MessageRef> byUid(long uid) {
        int index = indexOf(uid);
        return index < 0 ? Optional.empty() : Optional.of(ref(index));
    }

    /** Records flags this connection has just stored, so the next synchronisation does not report them back. */
    public synchronized void flagsChanged(long uid, MessageFlags flags) {
        int index = indexOf(uid);
        if (index >= 0) {
            MessageSummary old = messages.get(index);
            messages.set(index, new MessageSummary(uid, flags, old.size(), old.internalDate(), old.modSeq()));
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
        List<UntaggedResponse> responses = new ArrayList<>(allowExpunge ? flushVanished() : List.of());
        for (int i = 0; i < messages.size(); i++) {
            MessageSummary known = messages.get(i);
            MessageSummary now = current.get(known.uid());
            if (now != null && !now.flags().equals(known.flags())) {
                messages.set(i, new MessageSummary(known.uid(), now.flags(), known.size(), known.internalDate(),
                        now.modSeq()));
                responses.add(flagsResponse(i + 1, known.uid(), now.flags()));
            }
        }
        long highest = highestUid();
        int before = messages.size();
        for (MessageSummary message : snapshot.messages()) {
            if (message.uid() > highest) {
                messages.add(message);
            }
        }
        if (messages.size() > before) {
            responses.add(new UntaggedResponse.Exists(messages.size()));
        }
        uidNext = Math.max(uidNext, Math.max(snapshot.uidNext(), highestUid() + 1));
        return List.copyOf(responses);
    }

    /** EXPUNGE responses for every vanished message, highest sequence number first so none shifts. */
    public synchronized List<UntaggedResponse> flushVanished() {
        if (vanished.isEmpty()) {
            return List.of();
        }
        List<UntaggedResponse> responses = new ArrayList<>();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (vanished.remove(messages.get(i).uid())) {
                messages.remove(i);
                responses.add(new UntaggedResponse.Expunge(i + 1));
            }
        }
        vanished.clear();
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

    /** The FETCH response announcing a message's flags. */
    public static UntaggedResponse flagsResponse(int sequenceNumber, long uid, MessageFlags flags) {
        return new UntaggedResponse.Fetch(sequenceNumber, List.of(
                new UntaggedResponse.Fetch.Item("FLAGS", ImapValue.flags(FlagMapping.toImap(flags))),
                new UntaggedResponse.Fetch.Item("UID", ImapValue.number(uid))));
    }

    private MessageRef ref(int index) {
        MessageSummary summary = messages.get(index);
        return new MessageRef(index + 1, summary, vanished.contains(summary.uid()));
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
