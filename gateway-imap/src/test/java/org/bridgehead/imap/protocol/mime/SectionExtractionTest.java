package org.bridgehead.imap.protocol.mime;

import static org.bridgehead.imap.protocol.mime.Messages.parse;
import static org.bridgehead.imap.protocol.mime.Messages.render;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.bridgehead.imap.protocol.FetchAttribute;
import org.bridgehead.imap.protocol.FetchRequest;
import org.bridgehead.imap.protocol.ImapValue;
import org.bridgehead.imap.protocol.SectionSpec;
import org.junit.jupiter.api.Test;

class SectionExtractionTest {

    /** The bytes a FETCH item returns, or null for a missing part (answered with an empty string). */
    private static String fetch(String message, String item) throws Exception {
        ImapValue value = parse(message).fetch((FetchAttribute.BodySection) FetchRequest.parseAttribute(item));
        String rendered = render(value);
        if (rendered.equals("\"\"")) {
            return null;
        }
        return rendered.substring(rendered.indexOf("}\r\n") + 3);
    }

    @Test
    void wholeMessageIsByteIdenticalAndSizeIsItsLength() {
        for (String text : new String[] {Messages.RFC3501, Messages.ALTERNATIVE, Messages.MIXED, Messages.NESTED}) {
            byte[] raw = text.getBytes(StandardCharsets.UTF_8);
            ParsedMessage message = ParsedMessage.parse(raw);
            assertArrayEquals(raw, message.whole().toByteArray());
            assertEquals(raw.length, message.size());
        }
    }

    @Test
    void headerAndTextSplitAtTheBlankLine() throws Exception {
        String header = Messages.ALTERNATIVE.substring(0, Messages.ALTERNATIVE.indexOf("\r\n\r\n") + 4);
        assertEquals(header, fetch(Messages.ALTERNATIVE, "BODY.PEEK[HEADER]"));
        assertEquals(Messages.ALTERNATIVE.substring(header.length()), fetch(Messages.ALTERNATIVE, "BODY[TEXT]"));
        assertEquals(Messages.ALTERNATIVE, fetch(Messages.ALTERNATIVE, "BODY[]"));
    }

    @Test
    void partsAndTheirMimeHeaders() throws Exception {
        assertEquals("R=C3=A9union demain", fetch(Messages.ALTERNATIVE, "BODY[1]"));
        assertEquals("<p>Réunion demain</p>", fetch(Messages.ALTERNATIVE, "BODY[2]"));
        assertEquals("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n",
                fetch(Messages.ALTERNATIVE, "BODY[1.MIME]"));
        assertEquals(null, fetch(Messages.ALTERNATIVE, "BODY[3]"));
    }

    @Test
    void singlePartMessageHasOnlyPartOne() throws Exception {
        assertEquals("Hello Joe, do you think we can meet at 3:30 tomorrow?\r\n", fetch(Messages.RFC3501, "BODY[1]"));
        assertEquals(null, fetch(Messages.RFC3501, "BODY[2]"));
        assertEquals(null, fetch(Messages.RFC3501, "BODY[1.1]"));
    }

    @Test
    void headerFieldsKeepFoldingAndMessageOrder() throws Exception {
        assertEquals("Subject: Report\r\n with a folded subject\r\n\r\n",
                fetch(Messages.MIXED, "BODY.PEEK[HEADER.FIELDS (SUBJECT)]"));
        assertEquals("From: =?UTF-8?Q?Ren=C3=A9_Dupont?= <rene@example.fr>\r\nSubject: =?UTF-8?B?UsOpdW5pb24=?=\r\n\r\n",
                fetch(Messages.ALTERNATIVE, "BODY[HEADER.FIELDS (subject FROM)]"));
        assertEquals("\r\n", fetch(Messages.ALTERNATIVE, "BODY[HEADER.FIELDS (X-ABSENT)]"));
    }

    @Test
    void headerFieldsNotReturnsTheOthers() throws Exception {
        assertEquals("To: undisclosed-recipients:;\r\n\r\n",
                fetch(Messages.MIXED, "BODY[HEADER.FIELDS.NOT (From Subject Content-Type)]"));
    }

    @Test
    void encapsulatedMessageSections() throws Exception {
        String nested = Messages.NESTED;
        String inner = nested.substring(nested.indexOf("From: dave"), nested.indexOf("\r\n--outer--"));
        assertEquals(inner, fetch(nested, "BODY[2]"));
        assertEquals(inner.substring(0, inner.indexOf("\r\n\r\n") + 4), fetch(nested, "BODY[2.HEADER]"));
        assertEquals(inner.substring(inner.indexOf("\r\n\r\n") + 4), fetch(nested, "BODY[2.TEXT]"));
        assertEquals("Subject: Lunch\r\n\r\n", fetch(nested, "BODY[2.HEADER.FIELDS (Subject)]"));
        assertEquals("Content-Type: message/rfc822\r\n\r\n", fetch(nested, "BODY[2.MIME]"));
        assertEquals("Noon?", fetch(nested, "BODY[2.1]"));
        assertEquals("<b>Noon?</b>", fetch(nested, "BODY[2.2]"));
        assertEquals("Content-Type: text/html\r\n\r\n", fetch(nested, "BODY[2.2.MIME]"));
        assertEquals("See below.", fetch(nested, "BODY[1]"));
        assertEquals(null, fetch(nested, "BODY[1.HEADER]"));
        assertEquals(null, fetch(nested, "BODY[2.3]"));
        assertEquals(null, fetch(nested, "BODY[2.1.1]"));
    }

    @Test
    void partialRangesSliceTheSection() throws Exception {
        assertEquals("=A9un", fetch(Messages.ALTERNATIVE, "BODY[1]<4.5>"));
        assertEquals("demain", fetch(Messages.ALTERNATIVE, "BODY[1]<13.100>"));
        assertEquals("", fetch(Messages.ALTERNATIVE, "BODY[1]<100.5>"));
        assertEquals("From", fetch(Messages.ALTERNATIVE, "BODY.PEEK[]<0.4>"));
    }

    @Test
    void sectionApiReportsMissingParts() {
        ParsedMessage message = parse(Messages.MIXED);
        assertEquals(Optional.empty(), message.section(new SectionSpec(List.of(9), SectionSpec.Text.CONTENT, List.of())));
        ByteSlice attachment = message.section(new SectionSpec(List.of(2), SectionSpec.Text.CONTENT, List.of()))
                .orElseThrow();
        assertEquals("JVBERi0xLjQK\r\nJSVFT0YK", new String(attachment.toByteArray(), StandardCharsets.US_ASCII));
        assertEquals(22, attachment.length());
    }
}
