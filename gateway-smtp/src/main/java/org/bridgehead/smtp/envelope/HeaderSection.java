package org.bridgehead.smtp.envelope;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The header section of a message (RFC 5322 2.2), kept byte for byte.
 *
 * @param fields the fields in order, continuation lines included in their field
 * @param separator the empty line that ended the section, or empty if the message has no body
 */
public record HeaderSection(List<HeaderField> fields, String separator) {

    /** A bound for reading headers: far above what real mail carries, far below a message. */
    public static final int DEFAULT_MAX_BYTES = 256 * 1024;

    public HeaderSection {
        fields = List.copyOf(fields);
    }

    /**
     * Reads the header section and the empty line after it; {@code in} is left at the body.
     *
     * @param in the message, buffered by the caller (read byte by byte)
     * @throws HeaderSectionTooLargeException if the section exceeds {@code maxBytes}
     */
    public static HeaderSection read(InputStream in, int maxBytes) throws IOException {
        List<StringBuilder> raw = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int total = 0;
        while (true) {
            int b = in.read();
            if (b >= 0 && ++total > maxBytes) {
                throw new HeaderSectionTooLargeException(maxBytes);
            }
            if (b >= 0) {
                line.append((char) b);
                if (b != '\n') {
                    continue;
                }
            }
            String text = line.toString();
            line.setLength(0);
            boolean emptyLine = text.equals("\r\n") || text.equals("\n");
            if (b < 0 || emptyLine) {
                if (!text.isEmpty() && !emptyLine) {
                    addLine(raw, names, text);
                }
                return new HeaderSection(toFields(raw, names), emptyLine ? text : "");
            }
            addLine(raw, names, text);
        }
    }

    /** The unfolded values of every field with this name, in order. */
    public List<String> values(String name) {
        return fields.stream().filter(field -> field.is(name)).map(HeaderField::value).toList();
    }

    /** The unfolded value of the first field with this name. */
    public Optional<String> first(String name) {
        return fields.stream().filter(field -> field.is(name)).map(HeaderField::value).findFirst();
    }

    private static void addLine(List<StringBuilder> raw, List<String> names, String text) {
        boolean continuation = (text.charAt(0) == ' ' || text.charAt(0) == '\t') && !raw.isEmpty();
        if (continuation) {
            raw.get(raw.size() - 1).append(text);
            return;
        }
        int colon = text.indexOf(':');
        names.add(colon > 0 ? text.substring(0, colon).strip() : "");
        raw.add(new StringBuilder(text));
    }

    private static List<HeaderField> toFields(List<StringBuilder> raw, List<String> names) {
        List<HeaderField> fields = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            fields.add(new HeaderField(names.get(i), raw.get(i).toString()));
        }
        return fields;
    }
}
