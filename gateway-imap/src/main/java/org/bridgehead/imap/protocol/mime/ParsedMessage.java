package org.bridgehead.imap.protocol.mime;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

import org.bridgehead.imap.protocol.FetchAttribute;
import org.bridgehead.imap.protocol.ImapValue;
import org.bridgehead.imap.protocol.SectionSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stored message with its MIME structure, answering the FETCH items that look inside it:
 * ENVELOPE, BODYSTRUCTURE, BODY and BODY[section]. Built from the raw bytes and never failing
 * on malformed mail. The bytes are used in place, never copied: a message spooled to a file is
 * parsed from a read-only mapping of it, so its size costs no heap; callers must not modify them.
 */
public final class ParsedMessage {

    private static final Logger LOG = LoggerFactory.getLogger(ParsedMessage.class);

    private final ByteBuffer bytes;
    private final MimePart root;

    private ParsedMessage(ByteBuffer bytes, MimePart root) {
        this.bytes = bytes;
        this.root = root;
    }

    public static ParsedMessage parse(byte[] bytes) {
        return parse(ByteBuffer.wrap(bytes));
    }

    /** Parses the buffer's bytes from position 0 to its limit. */
    public static ParsedMessage parse(ByteBuffer buffer) {
        ByteBuffer bytes = buffer.duplicate().clear().limit(buffer.limit()).asReadOnlyBuffer();
        try {
            return new ParsedMessage(bytes, MimeParser.parseMessage(bytes));
        } catch (RuntimeException e) {
            // Last resort for a structure the parser did not foresee: one opaque text body.
            LOG.warn("MIME structure of a {}-byte message could not be parsed; serving it as plain text",
                    bytes.limit(), e);
            MimePart flat = new MimePart(0, 0, bytes.limit(), new HeaderBlock(List.of(), 0), MediaType.TEXT_PLAIN,
                    List.of(), Optional.empty());
            return new ParsedMessage(bytes, flat);
        }
    }

    /** RFC822.SIZE: the exact stored length. */
    public int size() {
        return bytes.limit();
    }

    public Envelope envelope() {
        return Envelope.of(root.header());
    }

    /** The extensible BODYSTRUCTURE value. */
    public ImapValue bodyStructure() {
        return new BodyStructureWriter(bytes, true).write(root);
    }

    /** The non-extensible BODY value. */
    public ImapValue body() {
        return new BodyStructureWriter(bytes, false).write(root);
    }

    /** The bytes of a section, or empty when the message has no such part. */
    public Optional<ByteSlice> section(SectionSpec section) {
        return SectionExtractor.extract(bytes, root, section);
    }

    /** The value of a {@code BODY[section]<partial>} item: a literal, empty for a missing part (as Dovecot). */
    public ImapValue fetch(FetchAttribute.BodySection item) {
        Optional<ByteSlice> content = section(item.section());
        if (content.isEmpty()) {
            return ImapValue.string("");
        }
        ByteSlice slice = item.partial().map(p -> content.get().partial(p.offset(), p.length())).orElse(content.get());
        return slice.toLiteral();
    }

    /** The top-level header fields, for SEARCH HEADER when the backend cannot answer it. */
    public List<HeaderField> headerFields() {
        return root.headerFields();
    }

    /** The whole message (RFC822, BODY[]). */
    public ByteSlice whole() {
        return ByteSlice.of(bytes, 0, bytes.limit());
    }
}
