package org.bridgehead.smtp.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SmtpInputTest {

    @Test
    void lineAtTheBoundIsAcceptedAndOneByteMoreIsNot() throws IOException {
        String atBound = "x".repeat(10);
        SmtpInput input = input(atBound + "\r\n" + atBound + "y\r\nNOOP\r\n", 10);

        assertEquals(atBound, input.readLine());
        assertThrows(LineTooLongException.class, input::readLine);
        assertEquals("NOOP", input.readLine());
    }

    @Test
    void overlongLineIsConsumedEntirelySoTheNextLineIsIntact() throws IOException {
        SmtpInput input = input("A".repeat(100_000) + "\r\nQUIT\r\n", 1000);

        assertThrows(LineTooLongException.class, input::readLine);
        assertEquals("QUIT", input.readLine());
        assertNull(input.readLine());
    }

    @Test
    void acceptsBareLineFeedAndKeepsEightBitBytes() throws IOException {
        SmtpInput input = input("EHLO h\u00e9\nNOOP\r\n", 1000);

        assertEquals("EHLO h\u00e9", input.readLine());
        assertEquals("NOOP", input.readLine());
    }

    @Test
    void unterminatedLastLineIsEndOfInput() throws IOException {
        assertNull(input("QUI", 1000).readLine());
    }

    @Test
    void flushesRepliesOnlyWhenItMustWaitForInput() throws IOException {
        AtomicInteger flushes = new AtomicInteger();
        SmtpInput input = new SmtpInput(new ByteArrayInputStream("NOOP\r\nNOOP\r\nNOOP\r\n".getBytes(StandardCharsets.US_ASCII)),
                1000, flushes::incrementAndGet);

        input.readLine();
        int afterFirstRead = flushes.get();
        input.readLine();
        input.readLine();

        assertEquals(afterFirstRead, flushes.get(), "buffered lines are read without flushing");
        assertNull(input.readLine());
        assertEquals(afterFirstRead + 1, flushes.get(), "waiting for more input flushes");
    }

    private static SmtpInput input(String text, int maxLineLength) {
        return new SmtpInput(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), maxLineLength, () -> { });
    }
}
