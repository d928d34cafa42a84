package org.bridgehead.imap.protocol.mime;

import static org.bridgehead.imap.protocol.mime.Messages.parse;
import static org.bridgehead.imap.protocol.mime.Messages.render;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.bridgehead.imap.protocol.FetchAttribute;
import org.bridgehead.imap.protocol.FetchRequest;
import org.junit.jupiter.api.Test;

class MalformedMessageTest {

    @Test
    void textWithoutHeaderIsAPlainBodyWithEmptyEnvelope() {
        ParsedMessage message = parse("this is not a message");
        assertEquals("(NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL)", render(message.envelope().toImapValue()));
        assertEquals("(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 21 0)", render(message.body()));
    }

    @Test
    void partStartingWithItsBodyHasNoHeader() throws Exception {
        String message = "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n  indented text\r\nmore\r\n"
                + "--b\r\nplain: looks like a field\r\n\r\nafter\r\n--b--\r\n";
        ParsedMessage parsed = parse(message);
        assertEquals("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 21 1)"
                + "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 5 0) \"MIXED\")", render(parsed.body()));
        FetchAttribute.BodySection mime = (FetchAttribute.BodySection) FetchRequest.parseAttribute("BODY[1.MIME]");
        assertEquals("{0}\r\n", render(parsed.fetch(mime)));
    }

    @Test
    void missingCloseDelimiterRunsLastPartToTheEnd() {
        ParsedMessage message = parse("Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n"
                + "Content-Type: text/plain\r\n\r\nunterminated");
        assertEquals("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 12 0) \"MIXED\")",
                render(message.body()));
    }

    @Test
    void multipartWithoutBoundaryIsPlainText() {
        assertEquals("(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 4 0)",
                render(parse("Content-Type: multipart/mixed\r\n\r\nabcd").body()));
    }

    @Test
    void multipartWithoutDelimitersGetsOneEmptyPart() {
        assertEquals("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 0 0) \"MIXED\")",
                render(parse("Content-Type: multipart/mixed; boundary=q\r\n\r\nno parts here\r\n").body()));
    }

    @Test
    void unparsableContentTypeFallsBackToTextPlain() {
        assertEquals("(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 1 0)",
                render(parse("Content-Type: ;;;===\r\n\r\nx").body()));
    }

    @Test
    void base64MessagePartIsNotParsedButStaysGrammatical() {
        String message = "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: message/rfc822\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nU3ViamVjdDogeA0KDQp5\r\n--b--\r\n";
        assertEquals("((\"MESSAGE\" \"RFC822\" NIL NIL NIL \"BASE64\" 20 (NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL) "
                + "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 0 0) 0) \"MIXED\")",
                render(parse(message).body()));
    }

    @Test
    void headerWithoutBodyHasEmptyText() throws Exception {
        ParsedMessage message = parse("Subject: only a header\r\n");
        assertEquals("(NIL \"only a header\" NIL NIL NIL NIL NIL NIL NIL NIL)", render(message.envelope().toImapValue()));
        FetchAttribute.BodySection text = (FetchAttribute.BodySection) FetchRequest.parseAttribute("BODY[TEXT]");
        assertEquals("{0}\r\n", render(message.fetch(text)));
    }

    @Test
    void randomAndTruncatedInputNeverThrows() throws Exception {
        Random random = new Random(20240601);
        List<FetchAttribute.BodySection> sections = List.of(
                (FetchAttribute.BodySection) FetchRequest.parseAttribute("BODY[]"),
                (FetchAttribute.BodySection) FetchRequest.parseAttribute("BODY[1.2]"),
                (FetchAttribute.BodySection) FetchRequest.parseAttribute("BODY[2.HEADER]"),
                (FetchAttribute.BodySection) FetchRequest.parseAttribute("BODY[1.MIME]<3.9>"),
                (FetchAttribute.BodySection) FetchRequest.parseAttribute("BODY[HEADER.FIELDS (From To)]"));
        String[] seeds = {Messages.RFC3501, Messages.ALTERNATIVE, Messages.MIXED, Messages.NESTED};
        for (int round = 0; round < 400; round++) {
            byte[] seed = seeds[round % seeds.length].getBytes(StandardCharsets.UTF_8);
            byte[] input = Arrays.copyOf(seed, random.nextInt(seed.length + 1));
            for (int flips = random.nextInt(6); flips > 0 && input.length > 0; flips--) {
                input[random.nextInt(input.length)] = (byte) random.nextInt(256);
            }
            ParsedMessage message = ParsedMessage.parse(input);
            render(message.envelope().toImapValue());
            render(message.bodyStructure());
            render(message.body());
            for (FetchAttribute.BodySection section : sections) {
                render(message.fetch(section));
            }
            assertArrayEquals(input, message.whole().toByteArray());
        }
    }
}
