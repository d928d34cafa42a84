package org.bridgehead.imap.protocol;

import static org.bridgehead.imap.protocol.Commands.arguments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.bridgehead.imap.protocol.SearchKey.DateField;
import org.bridgehead.imap.protocol.SearchKey.Comparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchRequestTest {

    private static SearchKey search(String text) throws Exception {
        return SearchRequest.parse(arguments(text), false).key();
    }

    @Test
    void modSeqKeyParsesWithAndWithoutAnEntry() throws Exception {
        assertEquals(new SearchKey.ModSeq(7), SearchRequest.parse(arguments("MODSEQ 7"), false).key());
        assertEquals(new SearchKey.ModSeq(7),
                SearchRequest.parse(arguments("MODSEQ \"/flags/\\\\Flagged\" all 7"), false).key());
        assertThrows(ImapSyntaxException.class, () -> SearchRequest.parse(arguments("MODSEQ \"/other\" all 7"), false));
        assertThrows(ImapSyntaxException.class, () -> SearchRequest.parse(arguments("MODSEQ x"), false));
    }

    @Test
    void rfc3501ExampleIsAndOfJuxtaposedKeys() throws Exception {
        assertEquals(new SearchKey.And(List.of(
                        new SearchKey.HasFlag(Flag.FLAGGED),
                        new SearchKey.DateKey(DateField.INTERNAL, Comparison.SINCE, LocalDate.of(1994, 2, 1)),
                        new SearchKey.Not(new SearchKey.Header("From", "Smith")))),
                search("FLAGGED SINCE 1-Feb-1994 NOT FROM \"Smith\""));
    }

    @Test
    void orTakesTwoKeysAndGroupsAreParenthesised() throws Exception {
        assertEquals(new SearchKey.Or(
                        new SearchKey.And(List.of(new SearchKey.HasFlag(Flag.SEEN), new SearchKey.Larger(100))),
                        new SearchKey.LacksFlag(Flag.DELETED)),
                search("OR (SEEN LARGER 100) UNDELETED"));
    }

    @Test
    void singleKeyIsNotWrapped() throws Exception {
        assertEquals(new SearchKey.All(), search("ALL"));
    }

    @Test
    void sequenceSetsAndUidSetsAreKeys() throws Exception {
        assertEquals(new SearchKey.And(List.of(new SearchKey.SequenceNumbers(SequenceSet.parse("2,4:7")),
                        new SearchKey.Uids(SequenceSet.parse("100:*")))),
                search("2,4:7 UID 100:*"));
    }

    @Test
    void everyRfc3501KeyParses() throws Exception {
        SearchKey key = search("ALL ANSWERED BCC a BEFORE 1-Jan-2020 BODY b CC c DELETED DRAFT FLAGGED FROM d "
                + "HEADER X-Spam yes KEYWORD $Junk LARGER 5 NEW NOT SEEN OLD ON 2-Jan-2020 OR SEEN DRAFT RECENT SEEN "
                + "SENTBEFORE 3-Jan-2020 SENTON \"4-Jan-2020\" SENTSINCE 5-Jan-2020 SINCE 6-Jan-2020 SMALLER 6 "
                + "SUBJECT e TEXT f TO g UID 1:3 UNANSWERED UNDELETED UNDRAFT UNFLAGGED UNKEYWORD $Work UNSEEN 1:*");
        List<SearchKey> keys = ((SearchKey.And) key).keys();
        assertEquals(36, keys.size());
        assertEquals(new SearchKey.Header("Bcc", "a"), keys.get(2));
        assertEquals(new SearchKey.Header("X-Spam", "yes"), keys.get(10));
        assertEquals(new SearchKey.HasFlag(new Flag("$Junk")), keys.get(11));
        assertEquals(new SearchKey.And(List.of(new SearchKey.HasFlag(Flag.RECENT), new SearchKey.LacksFlag(Flag.SEEN))),
                keys.get(13));
        assertEquals(new SearchKey.LacksFlag(Flag.RECENT), keys.get(15));
        assertEquals(new SearchKey.DateKey(DateField.SENT, Comparison.ON, LocalDate.of(2020, 1, 4)), keys.get(21));
        assertEquals(new SearchKey.LacksFlag(new Flag("$Work")), keys.get(33));
    }

    @Test
    void literalSearchStringIsDecodedWithDeclaredCharset() throws Exception {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.writeBytes("T1 X CHARSET ISO-8859-1 SUBJECT {7+}\r\n".getBytes(StandardCharsets.US_ASCII));
        wire.writeBytes("R\u00e9union".getBytes(StandardCharsets.ISO_8859_1));
        wire.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        SearchRequest request = SearchRequest.parse(arguments(wire.toByteArray()), true);
        assertEquals(new SearchKey.Header("Subject", "R\u00e9union"), request.key());
        assertEquals(StandardCharsets.ISO_8859_1, request.charset());
        assertEquals(true, request.byUid());
    }

    @Test
    void utf8QuotedStringIsKept() throws Exception {
        assertEquals(new SearchKey.Text("会議"), search("CHARSET UTF-8 TEXT \"会議\""));
    }

    @Test
    void unknownCharsetIsBadCharsetNotSyntaxError() {
        assertThrows(BadCharsetException.class, () -> search("CHARSET X-NO-SUCH-CHARSET ALL"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FOO", "SINCE 31-Foo-2020", "SINCE 32-Feb-2020", "OR SEEN", "()", "NOT", "LARGER x",
            "KEYWORD \\Recent", "HEADER \"\" x", "UID", "0:3", "SUBJECT"})
    void malformedCriteriaAreSyntaxErrors(String criteria) {
        assertThrows(ImapSyntaxException.class, () -> search(criteria));
    }

    @Test
    void pathologicalNestingIsRefusedInsteadOfOverflowingTheStack() {
        assertThrows(ImapSyntaxException.class, () -> search("NOT ".repeat(5000) + "ALL"));
    }
}
