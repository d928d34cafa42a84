package org.bridgehead.smtp.envelope;

import java.util.Locale;

/**
 * One header field exactly as received.
 *
 * @param name the field name as written, or empty for a line that is not a field
 * @param raw the field's lines with their line endings, decoded byte for byte (ISO-8859-1)
 */
public record HeaderField(String name, String raw) {

    /** True if this field has the given name, compared without regard to case. */
    public boolean is(String fieldName) {
        return name.toLowerCase(Locale.ROOT).equals(fieldName.toLowerCase(Locale.ROOT));
    }

    /** The value after the colon, unfolded (RFC 5322 2.2.3) and trimmed. */
    public String value() {
        int colon = raw.indexOf(':');
        String value = colon < 0 ? raw : raw.substring(colon + 1);
        return value.replace("\r\n", "").replace("\n", "").strip();
    }
}
