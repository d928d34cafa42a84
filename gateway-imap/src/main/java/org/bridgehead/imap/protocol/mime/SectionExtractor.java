package org.bridgehead.imap.protocol.mime;

import java.nio.ByteBuffer;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

import org.bridgehead.imap.protocol.SectionSpec;

/**
 * Finds the bytes a {@code BODY[section]} names (RFC 3501 6.4.5). Every result is taken from
 * the stored message as is; HEADER.FIELDS joins the matching fields exactly as stored,
 * folding included, and ends with the blank line.
 */
final class SectionExtractor {

    private static final byte[] CRLF = {'\r', '\n'};

    private SectionExtractor() {
    }

    /** The section's bytes, or empty when the message has no such part. */
    static Optional<ByteSlice> extract(ByteBuffer bytes, MimePart root, SectionSpec section) {
        Optional<MimePart> addressed = resolve(root, section.part());
        if (addressed.isEmpty()) {
            return Optional.empty();
        }
        MimePart part = addressed.get();
        boolean whole = section.part().isEmpty();
        switch (section.text()) {
            case CONTENT:
                return Optional.of(whole ? ByteSlice.of(bytes, 0, bytes.limit())
                        : ByteSlice.of(bytes, part.bodyStart(), part.end()));
            case MIME:
                return Optional.of(ByteSlice.of(bytes, part.start(), part.bodyStart()));
            default:
                Optional<MimePart> message = whole ? Optional.of(root) : part.encapsulated();
                return message.map(m -> messagePiece(bytes, m, section));
        }
    }

    private static ByteSlice messagePiece(ByteBuffer bytes, MimePart message, SectionSpec section) {
        return switch (section.text()) {
            case HEADER -> ByteSlice.of(bytes, message.start(), message.bodyStart());
            case TEXT -> ByteSlice.of(bytes, message.bodyStart(), message.end());
            case HEADER_FIELDS -> headerFields(bytes, message, section.headerFields(), true);
            case HEADER_FIELDS_NOT -> headerFields(bytes, message, section.headerFields(), false);
            default -> throw new IllegalStateException("not a message piece: " + section.text());
        };
    }

    private static ByteSlice headerFields(ByteBuffer bytes, MimePart message, List<String> names, boolean wanted) {
        ByteArrayOutputStream selected = new ByteArrayOutputStream();
        for (HeaderField field : message.headerFields()) {
            boolean named = names.stream().anyMatch(field::hasName);
            if (named == wanted) {
                byte[] stored = new byte[field.end() - field.start()];
                bytes.get(field.start(), stored);
                selected.write(stored, 0, stored.length);
            }
        }
        selected.write(CRLF, 0, CRLF.length);
        byte[] joined = selected.toByteArray();
        return ByteSlice.of(ByteBuffer.wrap(joined), 0, joined.length);
    }

    /**
     * Walks a part path. A non-multipart message has the single part 1 (its own body); after a
     * message/rfc822 part the path continues inside the encapsulated message.
     */
    private static Optional<MimePart> resolve(MimePart root, List<Integer> path) {
        MimePart container = root;
        MimePart current = root;
        // container: the multipart or message whose parts the next number counts
        for (int i = 0; i < path.size(); i++) {
            List<MimePart> parts = partsOf(container);
            int index = path.get(i);
            if (index > parts.size()) {
                return Optional.empty();
            }
            current = parts.get(index - 1);
            if (i < path.size() - 1) {
                if (current.mediaType().isMultipart()) {
                    container = current;
                } else if (current.encapsulated().isPresent()) {
                    container = current.encapsulated().get();
                } else {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(current);
    }

    private static List<MimePart> partsOf(MimePart container) {
        return container.mediaType().isMultipart() ? container.children() : List.of(container);
    }
}
