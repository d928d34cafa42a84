package org.bridgehead.exchange.ews;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.util.Collections;
import java.util.List;
import org.apache.commons.codec.binary.Base64InputStream;
import org.apache.http.Header;
import org.apache.http.entity.AbstractHttpEntity;
import org.bridgehead.exchange.mail.Content;

/**
 * A request body of the XML before the MIME content, the content in base64 (read from its
 * {@link Content} while it is sent), and the XML after it. Repeatable, as NTLM's handshake may send
 * it twice, and of known length.
 */
final class SplicedMimeEntity extends AbstractHttpEntity {

    private static final int COPY_BUFFER = 64 * 1024;

    private final byte[] before;
    private final Content content;
    private final byte[] after;

    SplicedMimeEntity(byte[] before, Content content, byte[] after, Header contentType) {
        this.before = before.clone();
        this.content = content;
        this.after = after.clone();
        setContentType(contentType);
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }

    @Override
    public long getContentLength() {
        return before.length + base64Length(content.length()) + after.length;
    }

    @Override
    public InputStream getContent() throws IOException {
        // Line length 0: one unbroken base64 text, as xs:base64Binary is usually written.
        InputStream base64 = new Base64InputStream(content.openStream(), true, 0, null);
        return new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(before), base64, new ByteArrayInputStream(after))));
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        try (InputStream in = getContent()) {
            byte[] buffer = new byte[COPY_BUFFER];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        }
        out.flush();
    }

    @Override
    public boolean isStreaming() {
        return false;
    }

    static long base64Length(long bytes) {
        return (bytes + 2) / 3 * 4;
    }
}
