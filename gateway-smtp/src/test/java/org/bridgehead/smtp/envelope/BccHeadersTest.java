package org.bridgehead.smtp.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BccHeadersTest {

    private static final String MESSAGE = "From: alice@example.com\r\n"
            + "To: bob@example.com\r\n"
            + "Bcc: secret@example.com,\r\n"
            + "\tother@example.com\r\n"
            + "Subject: plans\r\n"
            + "bcc: lower@example.com\r\n"
            + "\r\n"
            + "Bcc: this line is body text\r\n"
            + "\u00e9\r\n";

    @Test
    void recipientsCopyHasNoBccFieldAndIsOtherwiseByteIdentical() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        BccHeaders.copyWithoutBcc(stream(MESSAGE), out, HeaderSection.DEFAULT_MAX_BYTES);

        assertEquals("From: alice@example.com\r\n"
                + "To: bob@example.com\r\n"
                + "Subject: plans\r\n"
                + "\r\n"
                + "Bcc: this line is body text\r\n"
                + "\u00e9\r\n", out.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void sentItemsCopyListsEveryBlindCopyInOneField() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        BccHeaders.copyWithBcc(stream(MESSAGE), out, List.of("secret@example.com", "envelope-only@example.net"),
                HeaderSection.DEFAULT_MAX_BYTES);

        assertEquals("From: alice@example.com\r\n"
                + "To: bob@example.com\r\n"
                + "Bcc: secret@example.com, envelope-only@example.net\r\n"
                + "Subject: plans\r\n"
                + "\r\n"
                + "Bcc: this line is body text\r\n"
                + "\u00e9\r\n", out.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void bccFieldIsAddedWhenTheMessageHadNone() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        BccHeaders.copyWithBcc(stream("To: bob@example.com\r\n\r\nhi\r\n"), out, List.of("eve@example.net"), 1000);

        assertEquals("To: bob@example.com\r\nBcc: eve@example.net\r\n\r\nhi\r\n", out.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void longBccListIsFolded() throws IOException {
        List<String> many = List.of("first.recipient@example.com", "second.recipient@example.com",
                "third.recipient@example.com", "fourth.recipient@example.com");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        BccHeaders.copyWithBcc(stream("To: bob@example.com\r\n\r\n"), out, many, 1000);

        String[] lines = out.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        for (String line : lines) {
            assertEquals(true, line.length() <= 78, () -> "line too long: " + line);
        }
        assertEquals(many, List.of(RecipientSplitTest.headers(out.toString(StandardCharsets.ISO_8859_1))
                .first("Bcc").orElseThrow().split(", ")));
    }

    @Test
    void headerSectionOverTheBoundIsRefused() {
        String huge = "X-Filler: " + "y".repeat(2000) + "\r\n\r\nbody";

        assertThrows(HeaderSectionTooLargeException.class,
                () -> BccHeaders.copyWithoutBcc(stream(huge), new ByteArrayOutputStream(), 1000));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
