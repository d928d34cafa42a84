package org.bridgehead.imap.protocol;

import java.time.LocalDate;
import java.util.List;

/** One SEARCH criterion (RFC 3501 6.4.4) as a tree; juxtaposed keys are an {@link And}. */
public sealed interface SearchKey {

    /** Which date a date key compares. */
    enum DateField {
        /** The INTERNALDATE, without its time and zone (BEFORE, ON, SINCE). */
        INTERNAL,
        /** The Date: header, without its time and zone (SENTBEFORE, SENTON, SENTSINCE). */
        SENT
    }

    /** How a date key compares. */
    enum Comparison { BEFORE, ON, SINCE }

    record All() implements SearchKey {
    }

    record And(List<SearchKey> keys) implements SearchKey {
        public And {
            keys = List.copyOf(keys);
        }
    }

    record Or(SearchKey left, SearchKey right) implements SearchKey {
    }

    record Not(SearchKey key) implements SearchKey {
    }

    /** ANSWERED, DELETED, DRAFT, FLAGGED, RECENT, SEEN, KEYWORD. */
    record HasFlag(Flag flag) implements SearchKey {
    }

    /** UNANSWERED, UNDELETED, UNDRAFT, UNFLAGGED, UNSEEN, UNKEYWORD, OLD. */
    record LacksFlag(Flag flag) implements SearchKey {
    }

    /** HEADER, and FROM / TO / CC / BCC / SUBJECT as their header names; an empty value matches presence. */
    record Header(String field, String substring) implements SearchKey {
    }

    record Body(String substring) implements SearchKey {
    }

    /** Header or body contains the text. */
    record Text(String substring) implements SearchKey {
    }

    record DateKey(DateField field, Comparison comparison, LocalDate date) implements SearchKey {
    }

    /** RFC822.SIZE greater than {@code size}. */
    record Larger(long size) implements SearchKey {
    }

    /** RFC822.SIZE less than {@code size}. */
    record Smaller(long size) implements SearchKey {
    }

    record SequenceNumbers(SequenceSet set) implements SearchKey {
    }

    /** MODSEQ (RFC 7162 3.1.5): the message's modSeq is at least {@code modSeq}. */
    record ModSeq(long modSeq) implements SearchKey {
    }

    record Uids(SequenceSet set) implements SearchKey {
    }
}
