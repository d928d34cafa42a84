package org.bridgehead.imap.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImapReaderTest {

    @TempDir
    Path spool;

    private final AtomicInteger continuations = new AtomicInteger();

    private ImapReader reader(String wire) {
        return reader(wire.getBytes(StandardCharsets.UTF_8), new ImapReaderLimits(256, 1000, 100, spool));
    }

    private ImapReader reader(byte[] wire, ImapReaderLimits limits) {
        return new ImapReader(new ByteArrayInputStream(wire), limits, continuations::incrementAndGet);
    }

    private static ImapCommand next(ImapReader reader) throws Exception {
        return reader.readCommand().orElseThrow();
    }

    private static ImapToken atom(String value) {
        return new ImapToken.Atom(value);
    }

    private static ImapToken quoted(String value) {
        return new ImapToken.QuotedString(value);
    }

    @Test
    void readsTagNameAndAtomArguments() throws Exception {
        ImapCommand command = next(reader("a001 fetch 1:* FLAGS\r\n"));
        assertEquals("a001", command.tag());
        assertEquals("FETCH", command.name());
        assertEquals(List.of(atom("1:*"), atom("FLAGS")), command.arguments());
    }

    @Test
    void commandWithoutArgumentsHasNone() throws Exception {
        ImapCommand command = next(reader("A1 NOOP\r\n"));
        assertEquals("NOOP", command.name());
        assertTrue(command.arguments().isEmpty());
    }

    @Test
    void acceptsBareLineFeedAsLineEnd() throws Exception {
        ImapReader reader = reader("A1 NOOP\nA2 CAPABILITY\n");
        assertEquals("NOOP", next(reader).name());
        assertEquals("CAPABILITY", next(reader).name());
    }

    @Test
    void quotedStringsUnescapeQuoteAndBackslash() throws Exception {
        ImapCommand command = next(reader("A1 LOGIN \"jo\\\"e\" \"pa\\\\ss word\"\r\n"));
        assertEquals(List.of(quoted("jo\"e"), quoted("pa\\ss word")), command.arguments());
    }

    @Test
    void quotedStringsMayCarryUtf8() throws Exception {
        ImapCommand command = next(reader("A1 SEARCH CHARSET UTF-8 SUBJECT \"Réunion 会議\"\r\n"));
        assertEquals(quoted("Réunion 会議"), command.arguments().get(3));
    }

    @Test
    void nilBecomesNilTokenAndListsNest() throws Exception {
        ImapCommand command = next(reader("A1 X (a (b NIL) ()) nil\r\n"));
        ImapToken expected = new ImapToken.ParenList(List.of(atom("a"),
                new ImapToken.ParenList(List.of(atom("b"), new ImapToken.Nil())),
                new ImapToken.ParenList(List.of())));
        assertEquals(List.of(expected, new ImapToken.Nil()), command.arguments());
    }

    @Test
    void fetchSectionWithSpacesAndListStaysOneAtom() throws Exception {
        ImapCommand command = next(reader(
                "A1 FETCH 1 (UID BODY.PEEK[HEADER.FIELDS (FROM \"TO\")]<0.100> BODY[])\r\n"));
        ImapToken.ParenList items = (ImapToken.ParenList) command.arguments().get(1);
        assertEquals(List.of(atom("UID"), atom("BODY.PEEK[HEADER.FIELDS (FROM \"TO\")]<0.100>"), atom("BODY[]")),
                items.items());
    }

    @Test
    void flagsAndWildcardsAreAtoms() throws Exception {
        ImapCommand command = next(reader("A1 STORE 2,4:7 +FLAGS (\\Seen $Junk)\r\n"));
        assertEquals(new ImapToken.ParenList(List.of(atom("\\Seen"), atom("$Junk"))), command.arguments().get(2));
        assertEquals(List.of(quoted(""), atom("INBOX/%*")), next(reader("A2 LIST \"\" INBOX/%*\r\n")).arguments());
    }

    @Test
    void synchronizingLiteralAsksForContinuationBeforeReading() throws Exception {
        ImapCommand command = next(reader("A1 LOGIN {4}\r\nfred {6}\r\nsecret\r\n"));
        assertEquals(2, continuations.get());
        ImapToken.Literal user = (ImapToken.Literal) command.arguments().get(0);
        assertArrayEquals("fred".getBytes(StandardCharsets.US_ASCII), user.data().toByteArray(100));
    }

    @Test
    void literalArgumentsContinueOnTheSameCommand() throws Exception {
        ImapReader reader = reader("A1 LOGIN {4}\r\nfred {6}\r\nsecret\r\nA2 NOOP\r\n");
        ImapCommand command = next(reader);
        TokenCursor cursor = command.cursor();
        assertEquals("fred", cursor.astring());
        assertEquals("secret", cursor.astring());
        cursor.end();
        assertEquals("A2", next(reader).tag());
    }

    @Test
    void nonSynchronizingLiteralSendsNoContinuation() throws Exception {
        ImapCommand command = next(reader("A1 APPEND INBOX {5+}\r\nhello\r\n"));
        assertEquals(0, continuations.get());
        assertEquals(5, ((ImapToken.Literal) command.arguments().get(1)).data().size());
    }

    @Test
    void literalAboveMemoryThresholdIsSpooledToOwnerOnlyFileDeletedOnClose() throws Exception {
        byte[] message = "x".repeat(500).getBytes(StandardCharsets.US_ASCII);
        ImapCommand command = next(reader("A1 APPEND INBOX {500}\r\n" + new String(message, StandardCharsets.US_ASCII)
                + "\r\n"));
        LiteralData data = ((ImapToken.Literal) command.arguments().get(1)).data();
        assertTrue(data.spooled());
        List<Path> files;
        try (Stream<Path> listing = Files.list(spool)) {
            files = listing.toList();
        }
        assertEquals(1, files.size());
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(files.get(0)));
        try (InputStream in = data.openStream()) {
            assertArrayEquals(message, in.readAllBytes());
        }
        command.close();
        assertFalse(Files.exists(files.get(0)));
    }

    @Test
    void literalInsideAListContinuesTheList() throws Exception {
        ImapCommand command = next(reader("A1 SEARCH (SUBJECT {3+}\r\nabc FROM x)\r\n"));
        TokenCursor group = command.cursor().list();
        assertEquals("SUBJECT", group.atom());
        assertEquals("abc", group.astring());
        assertEquals("FROM", group.atom());
        assertEquals("x", group.astring());
        group.end();
    }

    @Test
    void zeroLengthLiteralIsAnEmptyString() throws Exception {
        ImapCommand command = next(reader("A1 LOGIN {0+}\r\n \"\"\r\n"));
        TokenCursor cursor = command.cursor();
        assertEquals("", cursor.astring());
        assertEquals("", cursor.astring());
    }

    @Test
    void emptyStreamMeansClientClosed() throws Exception {
        assertEquals(Optional.empty(), reader("").readCommand());
    }

    @Test
    void connectionClosedMidCommandIsEof() {
        assertThrows(EOFException.class, () -> reader("A1 LOGIN {10}\r\nabc").readCommand());
    }

    @Test
    void unbalancedOpeningParenthesisIsTaggedErrorAndNextCommandIsRead() throws Exception {
        ImapReader reader = reader("A1 FETCH 1 (FLAGS UID\r\nA2 NOOP\r\n");
        ImapSyntaxException error = assertThrows(ImapSyntaxException.class, reader::readCommand);
        assertEquals(Optional.of("A1"), error.tag());
        assertTrue(error.reason().contains("Unbalanced"));
        assertEquals("A2", next(reader).tag());
    }

    @Test
    void unexpectedClosingParenthesisSkipsRestOfLine() throws Exception {
        ImapReader reader = reader("A1 FETCH 1 FLAGS) (junk\r\nA2 NOOP\r\n");
        ImapSyntaxException error = assertThrows(ImapSyntaxException.class, reader::readCommand);
        assertEquals(Optional.of("A1"), error.tag());
        assertEquals("NOOP", next(reader).name());
    }

    @Test
    void invalidLiteralSyntaxIsRejectedAndNextCommandIsRead() throws Exception {
        ImapReader reader = reader("A1 LOGIN {12x}\r\nA2 NOOP\r\n");
        ImapSyntaxException error = assertThrows(ImapSyntaxException.class, reader::readCommand);
        assertEquals(Optional.of("A1"), error.tag());
        assertEquals("A2", next(reader).tag());
    }

    @Test
    void literalNotEndingTheLineIsRejected() throws Exception {
        ImapReader reader = reader("A1 LOGIN {4} fred\r\nA2 NOOP\r\n");
        assertThrows(ImapSyntaxException.class, reader::readCommand);
        assertEquals("A2", next(reader).tag());
    }

    @Test
    void oversizedSynchronizingLiteralGetsNoContinuationAndClientMovesOn() throws Exception {
        // The client never got "+", so after our BAD it sends the next command, not the data.
        ImapReader reader = reader("A1 APPEND INBOX {5000}\r\nA2 NOOP\r\n");
        ImapSyntaxException error = assertThrows(ImapSyntaxException.class, reader::readCommand);
        assertEquals(Optional.of("A1"), error.tag());
        assertTrue(error.reason().contains("too large"));
        assertEquals(0, continuations.get());
        assertEquals("A2", next(reader).tag());
    }

    @Test
    void oversizedNonSynchronizingLiteralIsDiscardedWithTheRestOfTheCommand() throws Exception {
        String big = "y".repeat(5000);
        ImapReader reader = reader("A1 APPEND INBOX {5000+}\r\n" + big + " (\\Seen) {3+}\r\nabc\r\nA2 NOOP\r\n");
        ImapSyntaxException error = assertThrows(ImapSyntaxException.class, reader::readCommand);
        assertEquals(Optional.of("A1"), error.tag());
        assertEquals("A2", next(reader).tag());
    }

    @Test
    void overlongLineIsRejectedAndDiscarded() throws Exception {
        ImapReader reader = reader("A1 SEARCH " + "TEXT abc ".repeat(100) + "\r\nA2 NOOP\r\n");
        ImapSyntaxException error = assertThrows(ImapSyntaxException.class, reader::readCommand);
        assertEquals(Optional.of("A1"), error.tag());
        assertTrue(error.reason().contains("too long"));
        assertEquals("A2", next(reader).tag());
    }

    @Test
    void overlongLineEndingInNonSynchronizingLiteralSkipsThatLiteralToo() throws Exception {
        ImapReader reader = reader("A1 APPEND " + "x".repeat(300) + " {4+}\r\nA9 X\r\nA2 NOOP\r\n");
        assertThrows(ImapSyntaxException.class, reader::readCommand);
        assertEquals("A2", next(reader).tag());
    }

    @Test
    void literalBytesDoNotCountTowardsTheLineBound() throws Exception {
        String data = "z".repeat(900);
        ImapCommand command = next(reader("A1 APPEND INBOX {900+}\r\n" + data + "\r\n"));
        assertEquals(900, ((ImapToken.Literal) command.arguments().get(1)).data().size());
    }

    @Test
    void emptyLineIsUntaggedError() throws Exception {
        ImapReader reader = reader("\r\nA2 NOOP\r\n");
        ImapSyntaxException error = assertThrows(ImapSyntaxException.class, reader::readCommand);
        assertEquals(Optional.empty(), error.tag());
        assertEquals("A2", next(reader).tag());
    }

    @Test
    void invalidTagIsUntaggedError() throws Exception {
        ImapReader reader = reader("A+1 NOOP\r\nA2 NOOP\r\n");
        ImapSyntaxException error = assertThrows(ImapSyntaxException.class, reader::readCommand);
        assertEquals(Optional.empty(), error.tag());
        assertEquals("A2", next(reader).tag());
    }

    @Test
    void tagWithoutCommandIsTaggedError() throws Exception {
        ImapReader reader = reader("A1\r\nA2 NOOP\r\n");
        ImapSyntaxException error = assertThrows(ImapSyntaxException.class, reader::readCommand);
        assertEquals(Optional.of("A1"), error.tag());
        assertEquals("A2", next(reader).tag());
    }

    @Test
    void badEscapeAndUnterminatedQuoteAreRejected() throws Exception {
        ImapReader reader = reader("A1 LOGIN \"a\\b\" x\r\nA2 LOGIN \"abc\r\nA3 NOOP\r\n");
        assertEquals(Optional.of("A1"), assertThrows(ImapSyntaxException.class, reader::readCommand).tag());
        assertEquals(Optional.of("A2"), assertThrows(ImapSyntaxException.class, reader::readCommand).tag());
        assertEquals("A3", next(reader).tag());
    }

    @Test
    void missingSpaceBetweenArgumentsIsRejected() throws Exception {
        ImapReader reader = reader("A1 FETCH 1 (FLAGS)(UID)\r\nA2 NOOP\r\n");
        assertThrows(ImapSyntaxException.class, reader::readCommand);
        assertEquals("A2", next(reader).tag());
    }

    @Test
    void eightBitInAtomIsRejected() throws Exception {
        ImapReader reader = reader("A1 SELECT Réunions\r\nA2 NOOP\r\n");
        assertThrows(ImapSyntaxException.class, reader::readCommand);
        assertEquals("A2", next(reader).tag());
    }

    @Test
    void deepNestingIsRejected() throws Exception {
        ImapReader reader = reader("A1 X " + "(".repeat(40) + ")".repeat(40) + "\r\nA2 NOOP\r\n");
        assertThrows(ImapSyntaxException.class, reader::readCommand);
        assertEquals("A2", next(reader).tag());
    }

    @Test
    void rejectedCommandDeletesItsSpooledLiterals() throws Exception {
        String data = "q".repeat(200);
        ImapReader reader = reader("A1 APPEND INBOX {200+}\r\n" + data + " )\r\nA2 NOOP\r\n");
        assertThrows(ImapSyntaxException.class, reader::readCommand);
        try (Stream<Path> listing = Files.list(spool)) {
            assertEquals(0, listing.count());
        }
        assertEquals("A2", next(reader).tag());
    }

    @Test
    void readLineReturnsRawLinesForAuthenticateAndIdle() throws Exception {
        ImapReader reader = reader("dXNlcg==\r\nDONE\r\n");
        assertEquals(Optional.of("dXNlcg=="), reader.readLine());
        assertEquals(Optional.of("DONE"), reader.readLine());
        assertEquals(Optional.empty(), reader.readLine());
    }

    @Test
    void readLineRejectsOverlongLineAndStaysInStep() throws Exception {
        ImapReader reader = reader("a".repeat(400) + "\r\nDONE\r\n");
        assertThrows(ImapSyntaxException.class, reader::readLine);
        assertEquals(Optional.of("DONE"), reader.readLine());
    }

    @Test
    void commandToStringNeverShowsPasswords() throws Exception {
        ImapCommand literal = next(reader("A1 LOGIN fred {6+}\r\nsecret\r\n"));
        assertFalse(literal.toString().contains("secret"));
        assertFalse(literal.arguments().get(1).toString().contains("secret"));
        ImapCommand quoted = next(reader("A2 LOGIN fred \"hunter2\"\r\n"));
        assertFalse(quoted.toString().contains("hunter2"));
        assertEquals("ImapCommand[A2 LOGIN, 2 arguments]", quoted.toString());
    }

    @Test
    void literalsOfOneCommandShareTheMemoryBudget() throws Exception {
        // Threshold 100: the first 60-byte literal stays in memory, the second would exceed the budget.
        String sixty = "m".repeat(60);
        ImapCommand command = next(reader("A1 APPEND INBOX {60+}\r\n" + sixty + " {60+}\r\n" + sixty + "\r\n"));
        assertFalse(((ImapToken.Literal) command.arguments().get(1)).data().spooled());
        assertTrue(((ImapToken.Literal) command.arguments().get(2)).data().spooled());
        command.close();
    }
}
