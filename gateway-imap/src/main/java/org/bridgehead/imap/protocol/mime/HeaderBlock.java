package org.bridgehead.imap.protocol.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The header of a message or part: its fields and where the body starts. The header ends at
 * the first empty line; without one, everything is header. A part whose first line is not a
 * header field has no header at all (RFC 2046 allows a part to start with its body).
 *
 * @param fields    the well-formed fields in order; lines that are not fields are skipped
 * @param bodyStart offset of the body: just past the empty line that ends the header
 */
record HeaderBlock(List<HeaderField> fields, int bodyStart) {

    HeaderBlock {
        fields = List.copyOf(fields);
    }

    Optional<HeaderField> first(String name) {
        return fields.stream().filter(f -> f.hasName(name)).findFirst();
    }

    /** The unfolded, trimmed value of the first field with this name. */
    Optional<String> value(String name) {
        return first(name).map(HeaderField::value);
    }

    static HeaderBlock parse(ByteBuffer bytes, int start, int end) {
        List<HeaderField> fields = new ArrayList<>();
        int position = start;
        int fieldStart = -1;
        int colon = -1;
        boolean firstLine = true;
        while (position < end) {
            int lineEnd = lineEnd(bytes, position, end);
            if (isEmptyLine(bytes, position, lineEnd)) {
                addField(bytes, fieldStart, colon, position, fields);
                return new HeaderBlock(fields, lineEnd);
            }
            boolean continuation = bytes.get(position) == ' ' || bytes.get(position) == '\t';
            if (firstLine && (continuation || fieldNameEnd(bytes, position, lineEnd) < 0)) {
                return new HeaderBlock(List.of(), start);
            }
            if (!continuation) {
                addField(bytes, fieldStart, colon, position, fields);
                fieldStart = -1;
                int nameEnd = fieldNameEnd(bytes, position, lineEnd);
                if (nameEnd >= 0) {
                    fieldStart = position;
                    colon = nameEnd;
                }
            }
            firstLine = false;
            position = lineEnd;
        }
        addField(bytes, fieldStart, colon, end, fields);
        return new HeaderBlock(fields, end);
    }

    private static void addField(ByteBuffer bytes, int fieldStart, int colon, int fieldEnd, List<HeaderField> fields) {
        if (fieldStart < 0) {
            return;
        }
        String name = StandardCharsets.ISO_8859_1.decode(bytes.slice(fieldStart, colon - fieldStart)).toString().strip();
        fields.add(new HeaderField(name, fieldStart, fieldEnd, decode(bytes, colon + 1, fieldEnd)));
    }

    /** Offset of the colon ending a field name on this line, or -1 when the line is no field. */
    private static int fieldNameEnd(ByteBuffer bytes, int lineStart, int lineEnd) {
        int i = lineStart;
        while (i < lineEnd && bytes.get(i) > 0x20 && bytes.get(i) < 0x7f && bytes.get(i) != ':') {
            i++;
        }
        if (i == lineStart) {
            return -1;
        }
        // RFC 5322 obs-optional: blanks may precede the colon.
        while (i < lineEnd && (bytes.get(i) == ' ' || bytes.get(i) == '\t')) {
            i++;
        }
        return i < lineEnd && bytes.get(i) == ':' ? i : -1;
    }

    static int lineEnd(ByteBuffer bytes, int position, int end) {
        for (int i = position; i < end; i++) {
            if (bytes.get(i) == '\n') {
                return i + 1;
            }
        }
        return end;
    }

    private static boolean isEmptyLine(ByteBuffer bytes, int lineStart, int lineEnd) {
        int length = lineEnd - lineStart;
        return (length == 1 && bytes.get(lineStart) == '\n')
                || (length == 2 && bytes.get(lineStart) == '\r' && bytes.get(lineStart + 1) == '\n');
    }

    /** Header text is ASCII by RFC 5322, often UTF-8 in practice, occasionally a legacy charset. */
    static String decode(ByteBuffer bytes, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes.slice(from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return StandardCharsets.ISO_8859_1.decode(bytes.slice(from, to - from)).toString();
        }
    }
}
