package org.bridgehead.imap.protocol;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a {@code BODY[...]} fetch addresses: a part path ({@code 1.2.3}, empty for the whole
 * message) and which piece of it.
 *
 * @param part         part numbers from the top, each at least 1; empty for the message itself
 * @param text         which piece of the addressed part
 * @param headerFields the field names of HEADER.FIELDS / HEADER.FIELDS.NOT, empty otherwise
 */
public record SectionSpec(List<Integer> part, Text text, List<String> headerFields) {

    /** The piece of a part a section names. */
    public enum Text {
        /** The whole part: {@code BODY[]} or {@code BODY[1.2]}. */
        CONTENT(""),
        HEADER("HEADER"),
        HEADER_FIELDS("HEADER.FIELDS"),
        HEADER_FIELDS_NOT("HEADER.FIELDS.NOT"),
        TEXT("TEXT"),
        MIME("MIME");

        private final String wireName;

        Text(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /** {@code BODY[]}: the whole message. */
    public static final SectionSpec WHOLE_MESSAGE = new SectionSpec(List.of(), Text.CONTENT, List.of());

    public SectionSpec {
        part = List.copyOf(part);
        headerFields = List.copyOf(headerFields);
        boolean takesFields = text == Text.HEADER_FIELDS || text == Text.HEADER_FIELDS_NOT;
        if (takesFields == headerFields.isEmpty()) {
            throw new IllegalArgumentException("header fields go with HEADER.FIELDS[.NOT] only");
        }
        if (text == Text.MIME && part.isEmpty()) {
            throw new IllegalArgumentException("MIME needs a part number");
        }
        if (part.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("part numbers start at 1");
        }
    }

    /** The section as echoed in a FETCH response, between the brackets. */
    @Override
    public String toString() {
        String path = part.stream().map(String::valueOf).collect(Collectors.joining("."));
        String piece = text.wireName();
        if (!headerFields.isEmpty()) {
            piece += " (" + String.join(" ", headerFields) + ")";
        }
        return path.isEmpty() || piece.isEmpty() ? path + piece : path + "." + piece;
    }
}
