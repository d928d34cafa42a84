package org.bridgehead.imap.differential;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages both servers receive, read from an mbox resource. Each message's first line,
 * {@code X-Diff-Append: flags date}, gives the APPEND's flags and date and is not sent; lines end
 * in CRLF on the wire, and 8-bit bytes are kept as they are.
 */
final class TestMailbox {

    record Message(String flags, String date, byte[] content) {
    }

    private TestMailbox() {
    }

    static List<Message> load(String resource) throws IOException {
        byte[] bytes;
        try (InputStream in = TestMailbox.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            bytes = in.readAllBytes();
        }
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<Message> messages = new ArrayList<>();
        for (String chunk : text.split("(?m)^From [^\n]*\n")) {
            if (!chunk.startsWith("X-Diff-Append: ")) {
                continue; // the file's own comment before the first message
            }
            int endOfFirst = chunk.indexOf('\n');
            String append = chunk.substring("X-Diff-Append: ".length(), endOfFirst);
            int dateStart = append.lastIndexOf(" \"");
            String body = chunk.substring(endOfFirst + 1);
            if (body.endsWith("\n\n")) {
                body = body.substring(0, body.length() - 1); // the blank line mbox puts between messages
            }
            body = body.replaceAll("(?m)^>From ", "From ");
            ByteArrayOutputStream crlf = new ByteArrayOutputStream();
            for (byte b : body.getBytes(StandardCharsets.ISO_8859_1)) {
                if (b == '\n') {
                    crlf.write('\r');
                }
                crlf.write(b);
            }
            messages.add(new Message(append.substring(0, dateStart), append.substring(dateStart + 1),
                    crlf.toByteArray()));
        }
        return List.copyOf(messages);
    }
}
