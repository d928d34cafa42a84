package org.bridgehead.imap.protocol;

import java.util.Optional;

/** One data item a FETCH asks for. */
public sealed interface FetchAttribute {

    /** The items without arguments. */
    enum Simple implements FetchAttribute {
        FLAGS("FLAGS"),
        UID("UID"),
        INTERNALDATE("INTERNALDATE"),
        RFC822("RFC822"),
        RFC822_HEADER("RFC822.HEADER"),
        RFC822_SIZE("RFC822.SIZE"),
        RFC822_TEXT("RFC822.TEXT"),
        ENVELOPE("ENVELOPE"),
        /** The non-extensible body structure. */
        BODY("BODY"),
        BODYSTRUCTURE("BODYSTRUCTURE"),
        /** The message's modification sequence (CONDSTORE, RFC 7162 3.1.5). */
        MODSEQ("MODSEQ");

        private final String wireName;

        Simple(String wireName) {
            this.wireName = wireName;
        }

        /** The item name in requests and responses. */
        public String wireName() {
            return wireName;
        }
    }

    /**
     * {@code BODY[section]<offset.length>} or its {@code BODY.PEEK} form.
     *
     * @param peek    BODY.PEEK: the fetch does not set \Seen
     * @param section what to return
     * @param partial the byte range requested, if any
     */
    record BodySection(boolean peek, SectionSpec section, Optional<Partial> partial) implements FetchAttribute {

        /** The item name of the response: always BODY, with only the origin of a partial. */
        public String responseName() {
            return "BODY[" + section + "]" + partial.map(p -> "<" + p.offset() + ">").orElse("");
        }
    }

    /**
     * A {@code <offset.length>} byte range.
     *
     * @param offset first byte, from 0
     * @param length most bytes returned, at least 1
     */
    record Partial(long offset, long length) {
        public Partial {
            if (offset < 0 || length < 1) {
                throw new IllegalArgumentException("invalid partial range");
            }
        }
    }

    /** Whether fetching this item marks the message \Seen (RFC 3501 6.4.5). */
    default boolean setsSeen() {
        return this == Simple.RFC822 || this == Simple.RFC822_TEXT
                || (this instanceof BodySection section && !section.peek());
    }
}
