package org.bridgehead.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Properties;
import org.bridgehead.config.PropertiesParser.Entry;
import org.bridgehead.config.PropertiesParser.SyntaxError;
import org.junit.jupiter.api.Test;

class PropertiesParserTest {

    @Test
    void readsTheThreeSeparatorsAndKeepsLineNumbers() {
        String text = "# comment\n"
                + "! another comment\n"
                + "\n"
                + "a=1\n"
                + "  b : 2\n"
                + "c 3\n"
                + "d\t=\t 4 \n"
                + "e\n";
        assertEquals(List.of(
                new Entry("a", "1", 4),
                new Entry("b", "2", 5),
                new Entry("c", "3", 6),
                new Entry("d", "4 ", 7),
                new Entry("e", "", 8)), PropertiesParser.parse(text));
    }

    @Test
    void continuationLinesJoinAndTheEntryKeepsItsFirstLine() {
        String text = "first=one\n"
                + "long = alpha, \\\n"
                + "       beta, \\\n"
                + "       gamma\n"
                + "after=x\n";
        assertEquals(List.of(
                new Entry("first", "one", 1),
                new Entry("long", "alpha, beta, gamma", 2),
                new Entry("after", "x", 5)), PropertiesParser.parse(text));
    }

    @Test
    void anEvenNumberOfTrailingBackslashesIsNotAContinuation() {
        String text = "path=C:\\\\\nnext=1\n";
        assertEquals(List.of(new Entry("path", "C:\\", 1), new Entry("next", "1", 2)),
                PropertiesParser.parse(text));
    }

    @Test
    void aCommentEndingInBackslashDoesNotSwallowTheNextLine() {
        assertEquals(List.of(new Entry("a", "1", 2)), PropertiesParser.parse("# note \\\na=1\n"));
    }

    @Test
    void escapesInKeysAndValuesAreDecoded() {
        String text = "key\\ with\\=odd\\:chars = tab\\tnew\\nline \\u00e9t\\u00E9 \\# not a comment\n";
        assertEquals(List.of(new Entry("key with=odd:chars", "tab\tnew\nline été # not a comment", 1)),
                PropertiesParser.parse(text));
    }

    @Test
    void crAndCrLfLineEndingsCountAsOneLineEach() {
        assertEquals(List.of(new Entry("a", "1", 1), new Entry("b", "2", 2), new Entry("c", "3", 3)),
                PropertiesParser.parse("a=1\r\nb=2\rc=3"));
    }

    @Test
    void malformedUnicodeEscapeIsAnErrorOnItsLineAndOtherEntriesSurvive() {
        assertEquals(List.of(
                new Entry("a", "1", 1),
                new SyntaxError(2, "malformed \\uHHHH escape"),
                new SyntaxError(3, "malformed \\uHHHH escape"),
                new Entry("d", "4", 4)), PropertiesParser.parse("a=1\nb=\\u12G4\nc=\\u12\nd=4\n"));
    }

    @Test
    void agreesWithJavaUtilPropertiesOnATrickyFile() throws IOException {
        String text = "  spaced.key   spaced value\n"
                + "colon:value:with:colons\n"
                + "equals==leading equals\n"
                + "multi = a\\\n"
                + "\\\n"
                + "   b\n"
                + "unicode=\\u0041\\u0062c\n"
                + "trailing=ends with backslash\\";
        Properties reference = new Properties();
        reference.load(new StringReader(text));
        List<PropertiesParser.Line> entries = PropertiesParser.parse(text);
        assertEquals(reference.size(), entries.size());
        for (PropertiesParser.Line line : entries) {
            Entry entry = (Entry) line;
            assertEquals(reference.getProperty(entry.key()), entry.value(), entry.key());
        }
    }
}
