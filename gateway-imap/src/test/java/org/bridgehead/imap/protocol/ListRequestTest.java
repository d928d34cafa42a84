package org.bridgehead.imap.protocol;

import static org.bridgehead.imap.protocol.Commands.arguments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListRequestTest {

    private static ListPattern pattern(String text) {
        return ListPattern.of("", text, '/');
    }

    @Test
    void starMatchesAcrossLevelsPercentWithinOne() {
        assertTrue(pattern("*").matches("INBOX"));
        assertTrue(pattern("*").matches("Archive/2024/Q1"));
        assertTrue(pattern("%").matches("Archive"));
        assertFalse(pattern("%").matches("Archive/2024"));
        assertTrue(pattern("Archive/%").matches("Archive/2024"));
        assertFalse(pattern("Archive/%").matches("Archive/2024/Q1"));
        assertFalse(pattern("Archive/%").matches("Archive"));
        assertTrue(pattern("*/Sent").matches("Old/Deep/Sent"));
        assertTrue(pattern("Ar%ve").matches("Archive"));
        assertFalse(pattern("Ar%ve").matches("Ar/ve"));
        assertTrue(pattern("Archive").matches("Archive"));
        assertFalse(pattern("Archive").matches("archive"));
    }

    @Test
    void inboxMatchesWhateverItsCase() {
        assertTrue(pattern("inbox").matches("INBOX"));
        assertTrue(pattern("Inbox/%").matches("INBOX/Sub"));
        assertTrue(pattern("%").matches("inbox"));
    }

    @Test
    void referenceIsPrefixedWithoutDoublingTheDelimiter() {
        assertEquals("Archive/%", ListPattern.of("Archive/", "%", '/').pattern());
        assertEquals("Archive/%", ListPattern.of("Archive/", "/%", '/').pattern());
        assertTrue(ListPattern.of("Archive/", "%", '/').matches("Archive/2024"));
    }

    @Test
    void manyWildcardsStayFast() {
        // A backtracking matcher would explode on this; the DP matcher is linear per pattern character.
        assertFalse(pattern("*a*a*a*a*a*a*a*a*a*a*a*a*b").matches("a".repeat(200)));
    }

    @Test
    void basicListDecodesModifiedUtf7() throws Exception {
        ListRequest request = ListRequest.parse(arguments("\"\" \"R&AOk-unions/*\""));
        assertEquals(List.of("Réunions/*"), request.patterns());
        assertTrue(request.compiledPatterns().get(0).matches("Réunions/2024"));
        assertTrue(request.selection().isEmpty());
    }

    @Test
    void delimiterQueryIsRecognised() throws Exception {
        assertTrue(ListRequest.parse(arguments("\"\" \"\"")).asksForDelimiter());
        assertFalse(ListRequest.parse(arguments("\"\" %")).asksForDelimiter());
    }

    @Test
    void extendedListWithSelectionPatternsAndReturnOptions() throws Exception {
        ListRequest request = ListRequest.parse(arguments(
                "(SUBSCRIBED RECURSIVEMATCH) \"\" (\"INBOX\" Drafts/*) RETURN (CHILDREN special-use STATUS (MESSAGES UNSEEN))"));
        assertEquals(Set.of(ListRequest.Selection.SUBSCRIBED, ListRequest.Selection.RECURSIVEMATCH), request.selection());
        assertEquals(List.of("INBOX", "Drafts/*"), request.patterns());
        assertEquals(Set.of(ListRequest.ReturnOption.CHILDREN, ListRequest.ReturnOption.SPECIAL_USE,
                ListRequest.ReturnOption.STATUS), request.returns());
        assertEquals(Set.of(StatusItem.MESSAGES, StatusItem.UNSEEN), request.statusItems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"(RECURSIVEMATCH) \"\" *", "(BOGUS) \"\" *", "\"\" ()", "\"\" * RETURN (NOPE)",
            "\"\"", "\"\" * extra"})
    void malformedListsAreSyntaxErrors(String text) {
        assertThrows(ImapSyntaxException.class, () -> ListRequest.parse(arguments(text)));
    }

    @Test
    void aPatternThatIsNotModifiedUtf7MatchesNothing() throws Exception {
        assertEquals(List.of(), ListRequest.parse(arguments("\"\" &Jjo")).patterns());
        assertEquals(List.of("a"), ListRequest.parse(arguments("\"\" (& a)")).patterns());
    }

    @Test
    void extendedFormsAreKnown() throws Exception {
        assertFalse(ListRequest.parse(arguments("\"\" *")).extended());
        assertTrue(ListRequest.parse(arguments("(SUBSCRIBED) \"\" *")).extended());
        assertTrue(ListRequest.parse(arguments("\"\" (a b)")).extended());
        assertTrue(ListRequest.parse(arguments("\"\" * RETURN (CHILDREN)")).extended());
    }

    @Test
    void statusItemsParse() throws Exception {
        assertEquals(Set.of(StatusItem.MESSAGES, StatusItem.UIDNEXT, StatusItem.UIDVALIDITY, StatusItem.UNSEEN,
                StatusItem.RECENT), StatusItem.parseList(arguments("(messages UIDNEXT UIDVALIDITY UNSEEN RECENT)").list()));
        assertThrows(ImapSyntaxException.class, () -> StatusItem.parseList(arguments("()").list()));
        assertThrows(ImapSyntaxException.class, () -> StatusItem.parseList(arguments("(MESSAGES FOO)").list()));
    }
}
