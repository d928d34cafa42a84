package org.bridgehead.exchange.ews;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Reads an EWS response once, writing the base64 text of every t:MimeContent element, decoded,
 * to an output of its own as it arrives, and keeping the rest of the XML with a short stand-in in
 * place of each such text. The kept XML is small (ids and response codes), so a response with a
 * 50 MB message costs a few buffers of heap instead of the text, the bytes and a parser's copy.
 */
final class MimeContentFilter {

    /** The outputs of the MIME contents in document order, and their stand-ins. */
    interface Outputs {
        OutputStream open(int index) throws IOException;

        /** Called once the element's text has ended; the output is complete. */
        void complete(int index) throws IOException;

        /** The base64 text put into the XML in place of the content. */
        byte[] standIn(int index);
    }

    private static final int READ_BUFFER = 64 * 1024;
    /** Base64 text decoded at once: a multiple of 4. */
    private static final int QUADS_BUFFER = 64 * 1024;
    private static final byte[] ELEMENT = "MimeContent".getBytes(StandardCharsets.US_ASCII);
    private static final int LONGEST_NAME = 64;

    private enum State { TEXT, NAME, START_TAG, MIME_TEXT, OTHER_TAG }

    private final long largestXml;
    private final Outputs outputs;
    private final ByteArrayOutputStream xml = new ByteArrayOutputStream();
    private final byte[] name = new byte[LONGEST_NAME];
    private int nameLength;
    private State state = State.TEXT;
    private byte quote;
    private byte previous;
    private final byte[] quads = new byte[QUADS_BUFFER];
    private final byte[] decoded = new byte[QUADS_BUFFER / 4 * 3];
    private int quadsLength;
    private OutputStream current;
    private int count;

    private MimeContentFilter(long largestXml, Outputs outputs) {
        this.largestXml = largestXml;
        this.outputs = outputs;
    }

    /** The response without the MIME contents' text; each content went to its output. */
    static byte[] filter(InputStream in, long largestXml, Outputs outputs) throws IOException {
        MimeContentFilter filter = new MimeContentFilter(largestXml, outputs);
        byte[] buffer = new byte[READ_BUFFER];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            filter.accept(buffer, n);
        }
        if (filter.state == State.MIME_TEXT) {
            throw new IOException("the response ended inside a MimeContent element");
        }
        return filter.xml.toByteArray();
    }

    private void accept(byte[] buffer, int length) throws IOException {
        int keptFrom = 0;
        for (int i = 0; i < length; i++) {
            byte b = buffer[i];
            switch (state) {
                case TEXT -> {
                    if (b == '<') {
                        state = State.NAME;
                        nameLength = 0;
                    }
                }
                case NAME -> name(b);
                case START_TAG -> startTag(b);
                case OTHER_TAG -> {
                    if (b == '<') {
                        state = State.NAME;
                        nameLength = 0;
                    }
                }
                case MIME_TEXT -> {
                    if (b == '<') {
                        endContent();
                        keptFrom = i;
                        state = State.NAME;
                        nameLength = 0;
                    } else {
                        base64(b);
                    }
                    continue;
                }
                default -> throw new IllegalStateException(state.name());
            }
            if (state == State.MIME_TEXT) {
                keep(buffer, keptFrom, i + 1);
                keptFrom = length; // nothing more of this buffer is kept until the text ends
                startContent();
            }
        }
        if (state != State.MIME_TEXT && keptFrom < length) {
            keep(buffer, keptFrom, length);
        }
    }

    private void name(byte b) {
        boolean ends = b == '>' || b == '/' && nameLength > 0 || b == ' ' || b == '\t' || b == '\r' || b == '\n';
        if (!ends) {
            if (nameLength < LONGEST_NAME) {
                name[nameLength] = b;
            }
            nameLength++;
            return;
        }
        if (!isMimeContent()) {
            state = State.OTHER_TAG;
            return;
        }
        previous = b;
        quote = 0;
        state = b == '>' ? State.MIME_TEXT : State.START_TAG;
    }

    /** {@code MimeContent} or {@code prefix:MimeContent}, not an end tag. */
    private boolean isMimeContent() {
        if (nameLength > LONGEST_NAME || nameLength < ELEMENT.length) {
            return false;
        }
        int start = nameLength - ELEMENT.length;
        if (start > 0 && name[start - 1] != ':' || name[0] == '/') {
            return false;
        }
        for (int i = 0; i < ELEMENT.length; i++) {
            if (name[start + i] != ELEMENT[i]) {
                return false;
            }
        }
        return true;
    }

    /** Inside the MimeContent start tag, among its attributes. */
    private void startTag(byte b) {
        if (quote != 0) {
            if (b == quote) {
                quote = 0;
            }
        } else if (b == '"' || b == '\'') {
            quote = b;
        } else if (b == '>') {
            state = previous == '/' ? State.TEXT : State.MIME_TEXT;
        }
        previous = b;
    }

    private void startContent() throws IOException {
        current = outputs.open(count);
        quadsLength = 0;
    }

    private void base64(byte b) throws IOException {
        if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
            return;
        }
        quads[quadsLength++] = b;
        if (quadsLength == quads.length) {
            decode();
        }
    }

    private void decode() throws IOException {
        try {
            byte[] text = quadsLength == quads.length ? quads : Arrays.copyOf(quads, quadsLength);
            int n = Base64.getDecoder().decode(text, decoded);
            current.write(decoded, 0, n);
        } catch (IllegalArgumentException e) {
            throw new IOException("MimeContent is not base64: " + e.getMessage(), e);
        }
        quadsLength = 0;
    }

    private void endContent() throws IOException {
        if (quadsLength > 0) {
            decode();
        }
        current = null;
        outputs.complete(count);
        byte[] standIn = outputs.standIn(count);
        keep(standIn, 0, standIn.length);
        count++;
    }

    private void keep(byte[] bytes, int from, int to) throws IOException {
        if (xml.size() + (long) (to - from) > largestXml) {
            throw new IOException("the response is larger than " + largestXml + " bytes besides its MIME content");
        }
        xml.write(bytes, from, to - from);
    }
}
