package org.bridgehead.imap.protocol;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Map;
import java.util.Set;

/** The untagged data responses of RFC 3501 7.2 - 7.4, written by {@link ImapWriter#write(UntaggedResponse)}. */
public sealed interface UntaggedResponse {

    /** {@code * CAPABILITY IMAP4rev1 ...}. */
    record Capability(List<String> capabilities) implements UntaggedResponse {
        public Capability {
            capabilities = List.copyOf(capabilities);
        }
    }

    /** {@code * LIST (\HasNoChildren) "/" "INBOX"} or its LSUB form; the name is given decoded. */
    record ListEntry(Kind kind, List<String> attributes, String mailbox) implements UntaggedResponse {
        /** Which command the entry answers. */
        public enum Kind { LIST, LSUB }

        public ListEntry {
            attributes = List.copyOf(attributes);
        }
    }

    /** {@code * STATUS "name" (MESSAGES 3 UNSEEN 1)}; the name is given decoded. */
    record Status(String mailbox, Map<StatusItem, Long> values) implements UntaggedResponse {
        public Status {
            values = Collections.unmodifiableMap(values.isEmpty() ? new EnumMap<>(StatusItem.class) : new EnumMap<>(values));
        }
    }

    /** {@code * SEARCH 2 84 882}. */
    /** {@code * SEARCH 2 3 [(MODSEQ 917)]}: the highest modSeq of the matches, when MODSEQ was searched (RFC 7162 3.1.5). */
    record SearchResult(List<Long> numbers, OptionalLong highestModSeq) implements UntaggedResponse {
        public SearchResult {
            numbers = List.copyOf(numbers);
        }

        public SearchResult(List<Long> numbers) {
            this(numbers, OptionalLong.empty());
        }
    }

    /** {@code * FLAGS (\Answered \Seen ...)}. */
    record Flags(Set<Flag> flags) implements UntaggedResponse {
        public Flags {
            flags = Collections.unmodifiableSet(new LinkedHashSet<>(flags));
        }
    }

    /** {@code * 23 EXISTS}. */
    record Exists(long count) implements UntaggedResponse {
    }

    /** {@code * 5 RECENT}. */
    record Recent(long count) implements UntaggedResponse {
    }

    /** {@code * 44 EXPUNGE}. */
    record Expunge(long sequenceNumber) implements UntaggedResponse {
    }

    /** {@code * VANISHED (EARLIER) 41,43:116} (RFC 7162 3.2.10): expunged UIDs, for QRESYNC clients. */
    record Vanished(boolean earlier, SequenceSet uids) implements UntaggedResponse {
    }

    /** {@code * OK [PERMANENTFLAGS (...)] text}: a status response with a code, outside a command's end. */
    record Condition(ResponseStatus status, ResponseCode code, String text) implements UntaggedResponse {
    }

    /** {@code * 12 FETCH (FLAGS (\Seen) UID 4827)}. */
    record Fetch(long sequenceNumber, List<Item> items) implements UntaggedResponse {
        public Fetch {
            items = List.copyOf(items);
        }

        /**
         * One returned data item.
         *
         * @param name  the response item name: {@code FLAGS}, {@code UID}, {@code BODY[1]<0>} ...
         * @param value its value
         */
        public record Item(String name, ImapValue value) {
        }
    }
}
