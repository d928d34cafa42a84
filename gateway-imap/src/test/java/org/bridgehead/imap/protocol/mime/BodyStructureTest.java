package org.bridgehead.imap.protocol.mime;

import static org.bridgehead.imap.protocol.mime.Messages.parse;
import static org.bridgehead.imap.protocol.mime.Messages.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BodyStructureTest {

    @Test
    void singleTextPartAsInRfc3501() {
        ParsedMessage message = parse(Messages.RFC3501);
        assertEquals("(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 55 1)", render(message.body()));
        assertEquals("(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 55 1 NIL NIL NIL NIL)",
                render(message.bodyStructure()));
    }

    @Test
    void multipartAlternativeListsPartsWithoutSpacesThenSubtype() {
        ParsedMessage message = parse(Messages.ALTERNATIVE);
        assertEquals("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"QUOTED-PRINTABLE\" 19 0 NIL NIL NIL NIL)"
                + "(\"TEXT\" \"HTML\" (\"CHARSET\" \"utf-8\") NIL NIL \"7BIT\" 22 0 NIL NIL NIL NIL) "
                + "\"ALTERNATIVE\" (\"BOUNDARY\" \"b1\") NIL NIL NIL)", render(message.bodyStructure()));
        assertEquals("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"QUOTED-PRINTABLE\" 19 0)"
                + "(\"TEXT\" \"HTML\" (\"CHARSET\" \"utf-8\") NIL NIL \"7BIT\" 22 0) \"ALTERNATIVE\")",
                render(message.body()));
    }

    @Test
    void attachmentCarriesIdDescriptionEncodingDispositionAndLanguages() {
        assertEquals("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 25 1 NIL NIL NIL NIL)"
                + "(\"APPLICATION\" \"PDF\" (\"NAME\" \"report.pdf\") \"<pdf1@example.com>\" \"Quarterly report\" "
                + "\"BASE64\" 22 NIL (\"ATTACHMENT\" (\"FILENAME\" \"report.pdf\")) (\"en\" \"fr\") NIL) "
                + "\"MIXED\" (\"BOUNDARY\" \"----=_Part_0\") NIL NIL NIL)", render(parse(Messages.MIXED).bodyStructure()));
    }

    @Test
    void nestedMessageHasEnvelopeStructureAndLineCount() {
        String envelope = "(NIL \"Lunch\" ((NIL NIL \"dave\" \"example.com\")) ((NIL NIL \"dave\" \"example.com\")) "
                + "((NIL NIL \"dave\" \"example.com\")) ((NIL NIL \"bob\" \"example.com\")) NIL NIL NIL "
                + "\"<lunch@example.com>\")";
        assertEquals("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 10 0 NIL NIL NIL NIL)"
                + "(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 252 " + envelope + " "
                + "((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 5 0 NIL NIL NIL NIL)"
                + "(\"TEXT\" \"HTML\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 12 0 NIL NIL NIL NIL) "
                + "\"ALTERNATIVE\" (\"BOUNDARY\" \"inner\") NIL NIL NIL) 14 NIL NIL NIL NIL) "
                + "\"MIXED\" (\"BOUNDARY\" \"outer\") NIL NIL NIL)", render(parse(Messages.NESTED).bodyStructure()));
        assertEquals("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 10 0)"
                + "(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 252 " + envelope + " "
                + "((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 5 0)"
                + "(\"TEXT\" \"HTML\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 12 0) \"ALTERNATIVE\") 14) \"MIXED\")",
                render(parse(Messages.NESTED).body()));
    }

    @Test
    void rfc2231ParametersAreJoinedAndNonAsciiValuesBecomeLiterals() {
        String message = "Content-Type: application/octet-stream;\r\n"
                + " name*=UTF-8''R%C3%A9union.txt\r\n"
                + "Content-Disposition: inline\r\n"
                + "Content-Location: http://example.com/r.txt\r\n\r\nabc";
        assertEquals("(\"APPLICATION\" \"OCTET-STREAM\" (\"NAME\" {12}\r\nRéunion.txt) NIL NIL \"7BIT\" 3 NIL "
                + "(\"INLINE\" NIL) NIL \"http://example.com/r.txt\")", render(parse(message).bodyStructure()));
    }

    @Test
    void digestPartsDefaultToMessageRfc822() {
        String message = "Content-Type: multipart/digest; boundary=d\r\n\r\n--d\r\n\r\nSubject: one\r\n\r\nbody\r\n--d--\r\n";
        assertEquals("((\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" 20 (NIL \"one\" NIL NIL NIL NIL NIL NIL NIL NIL) "
                + "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 4 0) 2) \"DIGEST\")",
                render(parse(message).body()));
    }

    @Test
    void bareLineFeedMessagesAreMeasuredAsStored() {
        String message = "Content-Type: multipart/mixed; boundary=z\n\n--z\nContent-Type: text/plain\n\nline1\nline2\n--z--\n";
        assertEquals("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 11 1) \"MIXED\")",
                render(parse(message).body()));
    }
}
