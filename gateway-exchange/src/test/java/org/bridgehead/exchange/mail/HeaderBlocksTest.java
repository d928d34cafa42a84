package org.bridgehead.exchange.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeaderBlocksTest {

    private static String read(String message) throws IOException {
        return new String(HeaderBlocks.read(new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8))),
                StandardCharsets.UTF_8);
    }

    private static String transport(String text) {
        return new String(HeaderBlocks.fromTransportHeaders(text), StandardCharsets.UTF_8);
    }

    @Test
    void theHeaderBlockEndsWithTheFirstBlankLine() throws IOException {
        assertEquals("A: 1\r\nB: 2\r\n folded\r\n\r\n", read("A: 1\r\nB: 2\r\n folded\r\n\r\nbody\r\n\r\nmore"));
        assertEquals("A: 1\n\n", read("A: 1\n\nbody"));
        assertEquals("\r\n", read("\r\nbody only"));
        assertEquals("A: 1\r\nB: \r2\r\n", read("A: 1\r\nB: \r2\r\n"));
    }

    @Test
    void aHugeHeaderIsCutAtALineEnd() throws IOException {
        String line = "X-Filler: " + "x".repeat(100) + "\r\n";
        String header = read(line.repeat(HeaderBlocks.MAX_BYTES / line.length() + 10) + "\r\nbody");
        assertEquals(true, header.length() <= HeaderBlocks.MAX_BYTES + 2);
        assertEquals(true, header.endsWith("x\r\n\r\n"));
    }

    @Test
    void transportHeadersBecomeOneCrlfBlockEndingInOneBlankLine() {
        String expected = "Received: from a\r\n\tby b\r\nSubject: s\r\n\r\n";
        assertEquals(expected, transport("Received: from a\r\n\tby b\r\nSubject: s\r\n\r\n"));
        assertEquals(expected, transport("Received: from a\r\n\tby b\r\nSubject: s\r\n"));
        assertEquals(expected, transport("Received: from a\n\tby b\nSubject: s"));
        assertEquals(expected, transport("Received: from a\r\n\tby b\r\nSubject: s\r\n\r\nnot a header\r\n"));
    }
}
