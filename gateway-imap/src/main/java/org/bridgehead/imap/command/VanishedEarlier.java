package org.bridgehead.imap.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.imap.mailbox.MessageRef;
import org.bridgehead.imap.mailbox.SelectedMailbox;
import org.bridgehead.imap.protocol.SelectParameters;
import org.bridgehead.imap.protocol.SequenceSet;
import org.bridgehead.imap.protocol.UntaggedResponse;

/**
 * {@code * VANISHED (EARLIER) uids} (RFC 7162 3.2.5, 3.2.6): the UIDs, among those a client names,
 * expunged since the modSeq it knew. The folder index remembers a bounded number of expunges; when
 * it no longer reaches back far enough, every named UID the mailbox lacks is reported (clients
 * ignore UIDs they do not have, RFC 7162 3.2.10), narrowed by the client's sequence-match data.
 */
final class VanishedEarlier {

    private VanishedEarlier() {
    }

    /**
     * The response, or empty when nothing among {@code named} vanished. Messages still in the
     * session's mailbox are left out: they are reported by a plain VANISHED once allowed.
     *
     * @param named the UIDs the client asks about ({@code *} is the mailbox's highest UID)
     */
    static Optional<UntaggedResponse> since(CommandContext context, SelectedMailbox mailbox, long modSeq,
            SequenceSet named, Optional<SelectParameters.SeqMatch> seqMatch) throws BackendException {
        List<MessageRef> present = mailbox.all();
        long highestUid = present.isEmpty() ? 0 : present.get(present.size() - 1).uid();
        Optional<List<Long>> expunged = context.mail().expungedSince(mailbox.folderId(), modSeq);
        List<SequenceSet.Range> ranges;
        if (expunged.isPresent()) {
            Set<Long> presentUids = new HashSet<>();
            present.forEach(m -> presentUids.add(m.uid()));
            List<Long> uids = expunged.get().stream().filter(uid -> !presentUids.contains(uid))
                    .filter(uid -> named.contains(uid, highestUid)).toList();
            ranges = uids.isEmpty() ? List.of() : SequenceSet.of(uids).ranges();
        } else {
            long lowest = seqMatch.map(match -> highestMatchingUid(match, present)).orElse(0L) + 1;
            ranges = missing(named.resolve(Math.max(highestUid, mailbox.uidNext() - 1)), present, lowest);
        }
        return ranges.isEmpty() ? Optional.empty()
                : Optional.of(new UntaggedResponse.Vanished(true, new SequenceSet(ranges)));
    }

    /**
     * The highest UID of a sequence-match pair that holds in the mailbox: if the client's message
     * number n has UID u and so does the server's, both know the same n messages up to u, so none
     * of them vanished (RFC 7162 3.2.5.2).
     */
    private static long highestMatchingUid(SelectParameters.SeqMatch match, List<MessageRef> present) {
        long highest = 0;
        PrimitiveIterator.OfLong numbers = match.sequenceNumbers().numbers(0).iterator();
        PrimitiveIterator.OfLong uids = match.uids().numbers(0).iterator();
        while (numbers.hasNext() && uids.hasNext()) {
            long number = numbers.nextLong();
            long uid = uids.nextLong();
            if (number <= present.size() && present.get((int) number - 1).uid() == uid) {
                highest = Math.max(highest, uid);
            }
        }
        return highest;
    }

    /** The parts of the ranges, from {@code lowest} up, that hold no UID of the mailbox. */
    private static List<SequenceSet.Range> missing(List<SequenceSet.Range> named, List<MessageRef> present,
            long lowest) {
        List<SequenceSet.Range> gaps = new ArrayList<>();
        int next = 0;
        for (SequenceSet.Range range : named) {
            long from = Math.max(Math.max(range.first(), lowest), 1);
            while (from <= range.last()) {
                while (next < present.size() && present.get(next).uid() < from) {
                    next++;
                }
                long until = next < present.size() ? Math.min(range.last(), present.get(next).uid() - 1)
                        : range.last();
                if (until >= from) {
                    gaps.add(new SequenceSet.Range(from, until));
                }
                from = until + 2;
            }
        }
        return gaps;
    }
}
