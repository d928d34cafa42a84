package org.bridgehead.imap.protocol;

import java.util.Optional;

/**
 * The select-params of SELECT and EXAMINE (RFC 4466 2.1): CONDSTORE (RFC 7162 3.1.8) and
 * {@code QRESYNC (uidvalidity modseq [known-uids [(known-sequence-set known-uid-set)]])} (RFC 7162 3.2.5).
 *
 * @param condstore CONDSTORE was asked for (QRESYNC implies it)
 * @param qresync   the client's last known state of the mailbox, if it asked to resynchronise
 */
public record SelectParameters(boolean condstore, Optional<Qresync> qresync) {

    public static final SelectParameters NONE = new SelectParameters(false, Optional.empty());

    /**
     * What a QRESYNC client last knew.
     *
     * @param uidValidity the UIDVALIDITY it knew; the rest means nothing if it changed
     * @param modSeq      the highest modSeq it had seen
     * @param knownUids   the UIDs it knows (all, if absent)
     * @param seqMatch    sample pairs of its sequence numbers and UIDs, for a server that no longer
     *                    knows every expunge since {@code modSeq}
     */
    public record Qresync(long uidValidity, long modSeq, Optional<SequenceSet> knownUids,
                          Optional<SeqMatch> seqMatch) {
    }

    /** Sequence numbers and the UIDs the client gives them, pairwise, ascending. */
    public record SeqMatch(SequenceSet sequenceNumbers, SequenceSet uids) {
    }

    /** Parses the parenthesised parameter list after the mailbox name, if there is one. */
    public static SelectParameters parse(TokenCursor arguments) throws ImapSyntaxException {
        if (!arguments.nextIsList()) {
            return NONE;
        }
        TokenCursor parameters = arguments.list();
        boolean condstore = false;
        Optional<Qresync> qresync = Optional.empty();
        if (!parameters.hasNext()) {
            throw new ImapSyntaxException("Empty SELECT parameter list");
        }
        while (parameters.hasNext()) {
            String name = parameters.atom();
            if (name.equalsIgnoreCase("CONDSTORE")) {
                condstore = true;
            } else if (name.equalsIgnoreCase("QRESYNC") && qresync.isEmpty()) {
                qresync = Optional.of(qresync(parameters.list()));
                condstore = true;
            } else {
                throw new ImapSyntaxException("Unknown SELECT parameter " + name);
            }
        }
        return new SelectParameters(condstore, qresync);
    }

    /** A set of the client's own knowledge: {@code $} means nothing here. */
    private static SequenceSet uidSet(String text) throws ImapSyntaxException {
        SequenceSet set = SequenceSet.parse(text);
        if (set.saved()) {
            throw new ImapSyntaxException("$ is not allowed in QRESYNC");
        }
        return set;
    }

    private static Qresync qresync(TokenCursor list) throws ImapSyntaxException {
        long uidValidity = list.number();
        if (uidValidity == 0 || uidValidity > 0xFFFF_FFFFL) {
            throw new ImapSyntaxException("Invalid QRESYNC UIDVALIDITY");
        }
        // RFC 7162 asks for 1 or more; 0 (know nothing) is taken, as Dovecot takes it.
        long modSeq = FetchRequest.modSequence(list.atom());
        Optional<SequenceSet> knownUids = Optional.empty();
        Optional<SeqMatch> seqMatch = Optional.empty();
        if (list.hasNext() && !list.nextIsList()) {
            knownUids = Optional.of(uidSet(list.atom()));
        }
        if (list.hasNext()) {
            TokenCursor match = list.list();
            SequenceSet numbers = uidSet(match.atom());
            SequenceSet uids = uidSet(match.atom());
            match.end();
            if (numbers.hasStar() || uids.hasStar() || numbers.count() != uids.count()) {
                throw new ImapSyntaxException("QRESYNC sequence-match sets must name as many numbers, without *");
            }
            seqMatch = Optional.of(new SeqMatch(numbers, uids));
        }
        list.end();
        return new Qresync(uidValidity, modSeq, knownUids, seqMatch);
    }
}
