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

        assertEquals(List.of(new RecipientSplit.Recipient("Doe, John", "john.doe@example.com"),
                new RecipientSplit.Recipient(null, "carol@example.com")), split.to());
        assertEquals(List.of(new RecipientSplit.Recipient("Dave", "dave@example.org")), split.cc());
        assertEquals(List.of("eve@example.net"), addresses(split.bcc()));
    }

    @Test
    void headerBccRecipientsStayBcc() throws IOException {
        HeaderSection headers = headers("""
                To: bob@example.com
                Bcc: secret@example.com

                """);

        RecipientSplit split = RecipientSplit.of(headers, List.of("bob@example.com", "secret@example.com"));

        assertEquals(List.of("bob@example.com"), addresses(split.to()));
        assertEquals(List.of("secret@example.com"), addresses(split.bcc()));
    }

    @Test
    void foldedFieldsAndGroupsAreRead() throws IOException {
        HeaderSection headers = headers("To: team: ann@example.com,\r\n ben@example.com;\r\nCc: undisclosed-recipients:;\r\n\r\n");

        RecipientSplit split = RecipientSplit.of(headers, List.of("ann@example.com", "ben@example.com", "cat@example.com"));

        assertEquals(List.of("ann@example.com", "ben@example.com"), addresses(split.to()));
        assertEquals(List.of("cat@example.com"), addresses(split.bcc()));
    }

    @Test
    void recipientsOfAnUnparsableFieldBecomeBccSoNoneIsLost() throws IOException {
        HeaderSection headers = headers("To: <<broken>> frank@example.com (\r\nCc: gina@example.com\r\n\r\n");

        RecipientSplit split = RecipientSplit.of(headers, List.of("frank@example.com", "gina@example.com"));

        assertEquals(List.of("gina@example.com"), addresses(split.cc()));
        assertEquals(List.of("frank@example.com"), addresses(split.bcc()));
    }

    @Test
    void headerRecipientsTheEnvelopeLeavesOutAreInNoList() throws IOException {
        HeaderSection headers = headers("To: ann@example.com, ben@example.com\r\nCc: cat@example.com\r\n\r\n");

        RecipientSplit split = RecipientSplit.of(headers, List.of("ben@example.com"));

        assertEquals(List.of("ben@example.com"), addresses(split.to()));
        assertEquals(List.of(), split.cc());
        assertEquals(List.of(), split.bcc());
    }

    @Test
    void utf8DisplayNamesOfAnSmtputf8MessageAreDecoded() throws IOException {
        byte[] raw = "To: Jörg Müller <joerg@example.com>\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        HeaderSection headers = HeaderSection.read(new ByteArrayInputStream(raw), HeaderSection.DEFAULT_MAX_BYTES);

        assertEquals("Jörg Müller", RecipientSplit.of(headers, List.of("joerg@example.com")).to().get(0).displayName());
    }

    private static List<String> addresses(List<RecipientSplit.Recipient> recipients) {
        return recipients.stream().map(RecipientSplit.Recipient::address).toList();
    }

    static HeaderSection headers(String text) throws IOException {
        String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
        return HeaderSection.read(new ByteArrayInputStream(crlf.getBytes(StandardCharsets.ISO_8859_1)), HeaderSection.DEFAULT_MAX_BYTES);
    }
}
