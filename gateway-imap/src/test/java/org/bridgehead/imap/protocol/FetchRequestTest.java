package org.bridgehead.imap.protocol;

import static org.bridgehead.imap.protocol.Commands.arguments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.bridgehead.imap.protocol.FetchAttribute.BodySection;
import org.bridgehead.imap.protocol.FetchAttribute.Partial;
import org.bridgehead.imap.protocol.FetchAttribute.Simple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FetchRequestTest {

    private static FetchRequest fetch(String text) throws Exception {
        return FetchRequest.parse(arguments(text), false);
    }

    @Test
    void changedSinceModifierImpliesModSeq() throws Exception {
        FetchRequest request = FetchRequest.parse(arguments("1:* (FLAGS) (CHANGEDSINCE 12345)"), true);
        assertEquals(java.util.OptionalLong.of(12345), request.changedSince());
        assertEquals(List.of(Simple.UID, Simple.FLAGS, Simple.MODSEQ), request.attributes());
        assertEquals(List.of(Simple.MODSEQ), FetchRequest.parse(arguments("1 MODSEQ"), false).attributes());
        assertThrows(ImapSyntaxException.class, () -> FetchRequest.parse(arguments("1 FLAGS (CHANGEDSINCE x)"), false));
        assertThrows(ImapSyntaxException.class, () -> FetchRequest.parse(arguments("1 FLAGS (VANISHED)"), false));
        assertTrue(FetchRequest.parse(arguments("1:* FLAGS (VANISHED CHANGEDSINCE 7)"), true).vanished());
        assertThrows(ImapSyntaxException.class, () -> FetchRequest.parse(arguments("1 FLAGS (CHANGEDSINCE 7 VANISHED)"), false));
    }

    @Test
    void macrosExpand() throws Exception {
        assertEquals(List.of(Simple.FLAGS, Simple.INTERNALDATE, Simple.RFC822_SIZE), fetch("1 fast").attributes());
        assertEquals(List.of(Simple.FLAGS, Simple.INTERNALDATE, Simple.RFC822_SIZE, Simple.ENVELOPE),
                fetch("1:* ALL").attributes());
        assertEquals(List.of(Simple.FLAGS, Simple.INTERNALDATE, Simple.RFC822_SIZE, Simple.ENVELOPE, Simple.BODY),
                fetch("1 FULL").attributes());
    }

    @Test
    void simpleItemsParseCaseInsensitively() throws Exception {
        assertEquals(List.of(Simple.FLAGS, Simple.UID, Simple.INTERNALDATE, Simple.RFC822, Simple.RFC822_HEADER,
                        Simple.RFC822_SIZE, Simple.RFC822_TEXT, Simple.ENVELOPE, Simple.BODY, Simple.BODYSTRUCTURE),
                fetch("2:4 (flags UID InternalDate RFC822 RFC822.HEADER RFC822.SIZE RFC822.TEXT ENVELOPE BODY "
                        + "BODYSTRUCTURE)").attributes());
    }

    @Test
    void bodySectionsWithPartsFieldsAndPartial() throws Exception {
        FetchRequest request = fetch("1 (BODY[] BODY.PEEK[1.2.HEADER.FIELDS (From \"To\")]<0.1024> BODY[3.MIME] "
                + "body[header.fields.not (Received)] BODY[TEXT] BODY[4.2.TEXT] BODY[1.2.3])");
        assertEquals(List.of(
                new BodySection(false, SectionSpec.WHOLE_MESSAGE, Optional.empty()),
                new BodySection(true, new SectionSpec(List.of(1, 2), SectionSpec.Text.HEADER_FIELDS,
                        List.of("From", "To")), Optional.of(new Partial(0, 1024))),
                new BodySection(false, new SectionSpec(List.of(3), SectionSpec.Text.MIME, List.of()), Optional.empty()),
                new BodySection(false, new SectionSpec(List.of(), SectionSpec.Text.HEADER_FIELDS_NOT,
                        List.of("Received")), Optional.empty()),
                new BodySection(false, new SectionSpec(List.of(), SectionSpec.Text.TEXT, List.of()), Optional.empty()),
                new BodySection(false, new SectionSpec(List.of(4, 2), SectionSpec.Text.TEXT, List.of()), Optional.empty()),
                new BodySection(false, new SectionSpec(List.of(1, 2, 3), SectionSpec.Text.CONTENT, List.of()),
                        Optional.empty())), request.attributes());
    }

    @Test
    void responseNameDropsPeekAndPartialLength() throws Exception {
        BodySection item = (BodySection) FetchRequest.parseAttribute("BODY.PEEK[1.2.HEADER.FIELDS (FROM TO)]<10.20>");
        assertEquals("BODY[1.2.HEADER.FIELDS (FROM TO)]<10>", item.responseName());
        assertEquals("BODY[]", ((BodySection) FetchRequest.parseAttribute("BODY[]")).responseName());
    }

    @Test
    void uidFetchAlwaysReturnsUid() throws Exception {
        FetchRequest request = FetchRequest.parse(arguments("1:* FLAGS"), true);
        assertEquals(List.of(Simple.UID, Simple.FLAGS), request.attributes());
        assertTrue(request.byUid());
    }

    @Test
    void onlyNonPeekBodyAndRfc822ItemsSetSeen() throws Exception {
        assertTrue(FetchRequest.parseAttribute("BODY[TEXT]").setsSeen());
        assertTrue(Simple.RFC822.setsSeen());
        assertTrue(Simple.RFC822_TEXT.setsSeen());
        assertFalse(FetchRequest.parseAttribute("BODY.PEEK[]").setsSeen());
        assertFalse(Simple.RFC822_HEADER.setsSeen());
        assertFalse(Simple.BODY.setsSeen());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 BOGUS", "1 ()", "1 (ALL)", "1 BODY[MIME]", "1 BODY[0]", "1 BODY[1.]",
            "1 BODY[HEADER.FIELDS ()]", "1 BODY[HEADER.FIELDS FROM]", "1 BODY[TEXT]<10.0>", "1 BODY[TEXT]<x.1>",
            "1 BODY[TEXT]<1>", "1 BODY[FOO]", "1 BINARY[1]", "x FLAGS", "1 FLAGS UID", "1 BODY[1]x"})
    void malformedFetchesAreSyntaxErrors(String text) {
        assertThrows(ImapSyntaxException.class, () -> fetch(text));
    }
}
