package org.bridgehead.imap.protocol.mime;

/**
 * One header field of a message or MIME part, located in the raw message bytes.
 *
 * @param name     the field name as written
 * @param start    offset of the field's first byte
 * @param end      offset just past the field's line end, folded lines included
 * @param rawValue the text after the colon, folding kept (UTF-8, or ISO-8859-1 when not valid UTF-8)
 */
public record HeaderField(String name, int start, int end, String rawValue) {

    /** The value unfolded (line breaks removed) and trimmed, as IMAP envelopes carry it. */
    public String value() {
        return rawValue.replace("\r", "").replace("\n", "").strip();
    }

    public boolean hasName(String fieldName) {
        return name.equalsIgnoreCase(fieldName);
    }
}
