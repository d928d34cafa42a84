package org.bridgehead.imap.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ImapWriterTest {

    private final ByteArrayOutputStream wire = new ByteArrayOutputStream();
    private final ImapWriter writer = new ImapWriter(wire);

    private String written() throws IOException {
        writer.flush();
        return wire.toString(StandardCharsets.UTF_8);
    }

    private static String render(ImapValue value) {
        return new String(ImapWriter.render(value), StandardCharsets.UTF_8);
    }

    @Test
    void taggedResponsesCarryResponseCodes() throws IOException {
        writer.tagged("A003", ResponseStatus.OK, ResponseCode.appendUid(38505, SequenceSet.of(List.of(3955L))),
                "APPEND completed");
        writer.tagged("A004", ResponseStatus.OK,
                ResponseCode.copyUid(38505, SequenceSet.of(List.of(304L, 319L, 320L)),
                        SequenceSet.of(List.of(3956L, 3957L, 3958L))), "Done");
        writer.tagged("A005", ResponseStatus.NO, ResponseCode.tryCreate(), "No such mailbox");
        writer.tagged("A006", ResponseStatus.NO, ResponseCode.authenticationFailed(), "Authentication failed");
        writer.tagged("A007", ResponseStatus.NO, ResponseCode.unavailable(), "Exchange is unreachable");
        assertEquals("A003 OK [APPENDUID 38505 3955] APPEND completed\r\n"
                + "A004 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n"
                + "A005 NO [TRYCREATE] No such mailbox\r\n"
                + "A006 NO [AUTHENTICATIONFAILED] Authentication failed\r\n"
                + "A007 NO [UNAVAILABLE] Exchange is unreachable\r\n", written());
    }

    @Test
    void untaggedSelectResponses() throws IOException {
        writer.data(ImapValue.number(172), ImapValue.atom("EXISTS"));
        writer.untagged(ResponseStatus.OK, ResponseCode.uidValidity(3857529045L), "UIDs valid");
        writer.untagged(ResponseStatus.OK, ResponseCode.uidNext(4392), "Predicted next UID");
        writer.untagged(ResponseStatus.OK, ResponseCode.permanentFlags(List.of(Flag.DELETED, Flag.SEEN, Flag.ANY_KEYWORD)),
                "Limited");
        writer.untagged(ResponseStatus.OK, ResponseCode.alert(), "System shutdown\r\nin 10 minutes");
        writer.data(ImapValue.atom("FLAGS"), ImapValue.list(ImapValue.atom("\\Answered"), ImapValue.atom("\\Seen")));
        assertEquals("* 172 EXISTS\r\n"
                + "* OK [UIDVALIDITY 3857529045] UIDs valid\r\n"
                + "* OK [UIDNEXT 4392] Predicted next UID\r\n"
                + "* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n"
                + "* OK [ALERT] System shutdown  in 10 minutes\r\n"
                + "* FLAGS (\\Answered \\Seen)\r\n", written());
    }

    @Test
    void continuationAndBye() throws IOException {
        writer.continuation("Ready for literal data");
        writer.untagged(ResponseStatus.BYE, "Logging out");
        assertEquals("+ Ready for literal data\r\n* BYE Logging out\r\n", wire.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void stringFormFollowsContent() {
        assertEquals("\"hello world\"", render(ImapValue.string("hello world")));
        assertEquals("\"\"", render(ImapValue.string("")));
        assertEquals("\"say \\\"hi\\\" \\\\o/\"", render(ImapValue.string("say \"hi\" \\o/")));
        assertEquals("{6}\r\nab\r\ncd", render(ImapValue.string("ab\r\ncd")));
        assertEquals("{3}\r\na\u0000b", render(ImapValue.string("a\u0000b")));
        String longText = "x".repeat(ImapWriter.MAX_QUOTED_LENGTH + 1);
        assertEquals("{" + longText.length() + "}\r\n" + longText, render(ImapValue.string(longText)));
    }

    @Test
    void literalCarriesExactUtf8ByteCount() {
        byte[] rendered = ImapWriter.render(ImapValue.string("Réunion"));
        assertEquals("{8}\r\nRéunion", new String(rendered, StandardCharsets.UTF_8));
    }

    @Test
    void astringUsesAtomOnlyWhenSafe() {
        assertEquals("INBOX", render(ImapValue.astring("INBOX")));
        assertEquals("\"NIL\"", render(ImapValue.astring("NIL")));
        assertEquals("\"My Folder\"", render(ImapValue.astring("My Folder")));
        assertEquals("\"\"", render(ImapValue.astring("")));
        assertEquals("\"a%b\"", render(ImapValue.astring("a%b")));
    }

    @Test
    void nilListsAndAdjacentValues() {
        assertEquals("NIL", render(ImapValue.nstring(Optional.empty())));
        assertEquals("(1 NIL \"x\" ())", render(ImapValue.list(ImapValue.number(1), ImapValue.NIL,
                ImapValue.string("x"), ImapValue.list())));
        assertEquals("((\"A\")(\"B\") \"MIXED\")", render(ImapValue.list(
                new ImapValue.Adjacent(List.of(ImapValue.list(ImapValue.string("A")),
                        ImapValue.list(ImapValue.string("B")))), ImapValue.string("MIXED"))));
    }

    @Test
    void fetchResponseStreamsLiteralBody() throws IOException {
        byte[] body = "Subject: hi\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
        writer.data(ImapValue.number(12), ImapValue.atom("FETCH"), ImapValue.list(ImapValue.atom("UID"),
                ImapValue.number(7), ImapValue.atom("BODY[]"), ImapValue.literal(body)));
        assertEquals("* 12 FETCH (UID 7 BODY[] {21}\r\nSubject: hi\r\n\r\nbody\r\n)\r\n", written());
    }

    @Test
    void literalStreamsExactlyTheAnnouncedLengthFromAnInputStream() throws IOException {
        ByteArrayInputStream source = new ByteArrayInputStream("0123456789".getBytes(StandardCharsets.US_ASCII));
        writer.data(ImapValue.number(1), ImapValue.atom("FETCH"),
                ImapValue.list(ImapValue.atom("BODY[]<0>"), ImapValue.literal(4, source)));
        assertEquals("* 1 FETCH (BODY[]<0> {4}\r\n0123)\r\n", written());
        assertThrows(IOException.class, () -> writer.data(ImapValue.literal(20, source)));
    }

    @Test
    void flagListsAndFlagValidation() throws Exception {
        assertEquals("(\\Seen $Junk)", render(ImapValue.flags(List.of(Flag.SEEN, Flag.parse("$Junk")))));
        assertEquals(Flag.ANSWERED, Flag.parse("\\ANSWERED"));
        assertThrows(ImapSyntaxException.class, () -> Flag.parse("\\NonStandard"));
        assertThrows(ImapSyntaxException.class, () -> Flag.parse("\\"));
        assertThrows(ImapSyntaxException.class, () -> Flag.parse("with%wildcard"));
    }

    @Test
    void responseCodesCannotBreakTheLine() {
        assertThrows(IllegalArgumentException.class, () -> new ResponseCode("ALERT", "x]y"));
        assertThrows(IllegalArgumentException.class, () -> new ResponseCode("ALERT", "x\r\n* OK"));
        assertThrows(IllegalArgumentException.class, () -> ImapValue.atom("A\r\nB"));
    }

    @Test
    void literalSourceWritingTheWrongLengthFails() {
        ImapValue shortLiteral = new ImapValue.Literal(10, out -> out.write(new byte[3]));
        assertThrows(IOException.class, () -> writer.data(shortLiteral));
    }
}
