package org.bridgehead.imap.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.bridgehead.exchange.mail.Content;
import org.bridgehead.imap.protocol.FetchAttribute;
import org.bridgehead.imap.protocol.ImapValue;
import org.bridgehead.imap.protocol.SectionSpec;
import org.bridgehead.imap.protocol.mime.ParsedMessage;

/**
 * One message's content during a FETCH. The whole message (BODY[], RFC822) is streamed from the
 * backend's content; the MIME structure is parsed only when an item looks inside, and only once.
 */
final class FetchedMessage {

    private static final int COPY_BUFFER = 8192;

    private final Content content;
    private ParsedMessage parsed;

    FetchedMessage(Content content) {
        this.content = content;
    }

    /** A message known by its header block alone: it answers the items {@link FetchSource#HEADERS} covers. */
    static FetchedMessage header(byte[] header) {
        return new FetchedMessage(Content.of(header));
    }

    /** Parsed from the content's buffer: a read-only mapping of the cache file for a spooled message, not a copy. */
    ParsedMessage parsed() throws IOException {
        if (parsed == null) {
            parsed = ParsedMessage.parse(content.buffer());
        }
        return parsed;
    }

    /** The value of a {@code BODY[section]<partial>} item. */
    ImapValue section(FetchAttribute.BodySection item) throws IOException {
        if (!item.section().equals(SectionSpec.WHOLE_MESSAGE)) {
            return parsed().fetch(item);
        }
        long offset = item.partial().map(FetchAttribute.Partial::offset).orElse(0L);
        long available = Math.max(0, content.length() - offset);
        long length = item.partial().map(p -> Math.min(p.length(), available)).orElse(available);
        return new ImapValue.Literal(length, out -> copy(offset, length, out));
    }

    /** The whole message as a literal, streamed. */
    ImapValue whole() {
        return new ImapValue.Literal(content.length(), out -> copy(0, content.length(), out));
    }

    private void copy(long offset, long length, OutputStream out) throws IOException {
        if (length == 0) {
            return; // a partial starting at or past the end: nothing to read, nothing to skip
        }
        try (InputStream in = content.openStream()) {
            in.skipNBytes(offset);
            byte[] buffer = new byte[COPY_BUFFER];
            long remaining = length;
            while (remaining > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (n < 0) {
                    throw new IOException("message content ended " + remaining + " bytes early");
                }
                out.write(buffer, 0, n);
                remaining -= n;
            }
        }
    }
}
