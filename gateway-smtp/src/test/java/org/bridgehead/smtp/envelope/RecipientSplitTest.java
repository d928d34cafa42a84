package org.bridgehead.smtp.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientSplitTest {

    @Test
    void envelopeRecipientsMissingFromToAndCcBecomeBcc() throws IOException {
        HeaderSection headers = headers("""
                From: Alice <alice@example.com>
                To: "Doe, John" <John.Doe@example.com>, carol@example.com
                Cc: Dave <dave@example.org>
                Subject: hello

                """);

        RecipientSplit split = RecipientSplit.of(headers,
                List.of("john.doe@example.com", "eve@example.net", "dave@example.org", "carol@example.com"));

        assertEquals(List.of("john.doe@example.com", "dave@example.org", "carol@example.com"), split.visible());
        assertEquals(List.of("eve@example.net"), split.bcc());
    }

    @Test
    void headerBccRecipientsStayBcc() throws IOException {
        HeaderSection headers = headers("""
                To: bob@example.com
                Bcc: secret@example.com

                """);

        RecipientSplit split = RecipientSplit.of(headers, List.of("bob@example.com", "secret@example.com"));

        assertEquals(List.of("bob@example.com"), split.visible());
        assertEquals(List.of("secret@example.com"), split.bcc());
    }

    @Test
    void foldedFieldsAndGroupsAreRead() throws IOException {
        HeaderSection headers = headers("To: team: ann@example.com,\r\n ben@example.com;\r\nCc: undisclosed-recipients:;\r\n\r\n");

        RecipientSplit split = RecipientSplit.of(headers, List.of("ann@example.com", "ben@example.com", "cat@example.com"));

        assertEquals(List.of("ann@example.com", "ben@example.com"), split.visible());
        assertEquals(List.of("cat@example.com"), split.bcc());
    }

    @Test
    void recipientsOfAnUnparsableFieldBecomeBccSoNoneIsLost() throws IOException {
        HeaderSection headers = headers("To: <<broken>> frank@example.com (\r\nCc: gina@example.com\r\n\r\n");

        RecipientSplit split = RecipientSplit.of(headers, List.of("frank@example.com", "gina@example.com"));

        assertEquals(List.of("gina@example.com"), split.visible());
        assertEquals(List.of("frank@example.com"), split.bcc());
    }

    static HeaderSection headers(String text) throws IOException {
        String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
        return HeaderSection.read(new ByteArrayInputStream(crlf.getBytes(StandardCharsets.ISO_8859_1)), HeaderSection.DEFAULT_MAX_BYTES);
    }
}
