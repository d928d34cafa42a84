package org.bridgehead.smtp.envelope;

import jakarta.mail.internet.MimeUtility;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the Bcc field of a message. Recipients must never see it (RFC 5322 3.6.3); the
 * sender's Sent Items copy should list every blind copy, including those given only in the
 * envelope. Everything else is copied byte for byte.
 */
public final class BccHeaders {

    private BccHeaders() {
    }

    /** Copies the message without any Bcc field: the form that goes to recipients. */
    public static void copyWithoutBcc(InputStream message, OutputStream out, int maxHeaderBytes) throws IOException {
        copyReplacingBcc(message, out, List.of(), maxHeaderBytes);
    }

    /**
     * Copies the message with a single Bcc field listing {@code bcc} in place of any Bcc fields
     * it had: the form kept in Sent Items. With no blind copies, no Bcc field is written.
     */
    public static void copyWithBcc(InputStream message, OutputStream out, List<String> bcc, int maxHeaderBytes)
            throws IOException {
        copyReplacingBcc(message, out, bcc, maxHeaderBytes);
    }

    private static void copyReplacingBcc(InputStream message, OutputStream out, List<String> bcc, int maxHeaderBytes)
            throws IOException {
        InputStream in = new BufferedInputStream(message);
        HeaderSection headers = HeaderSection.read(in, maxHeaderBytes);
        List<HeaderField> fields = new ArrayList<>();
        int bccPosition = -1;
        for (HeaderField field : headers.fields()) {
            if (field.is("Bcc")) {
                bccPosition = bccPosition < 0 ? fields.size() : bccPosition;
            } else {
                fields.add(field);
            }
        }
        if (!bcc.isEmpty()) {
            fields.add(bccPosition < 0 ? fields.size() : bccPosition, bccField(bcc));
        }
        HeaderSection.write(fields, headers.separator(), out);
        in.transferTo(out);
    }

    private static HeaderField bccField(List<String> bcc) {
        String name = "Bcc";
        return new HeaderField(name, name + ": " + MimeUtility.fold(name.length() + 2, String.join(", ", bcc)) + "\r\n");
    }
}
