package org.bridgehead.smtp.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DataReaderTest {

    @Test
    void removesStuffedDotsAndKeepsEveryOtherByte() throws IOException {
        String wire = "Subject: dots\r\n\r\n..leading dot\r\n...two dots\r\nmid.dle\r\n.\r\n";
        assertEquals("Subject: dots\r\n\r\n.leading dot\r\n..two dots\r\nmid.dle\r\n", read(wire).message());
    }

    @Test
    void bareLineFeedsAndCarriageReturnsPassThroughUnchanged() throws IOException {
        byte[] body = {'a', '\n', '.', '\n', 'b', '\r', '.', 'c', '\r', '\r', '\n', (byte) 0xe9, 0, '\r', '\n'};
        byte[] wire = concat(body, ".\r\n".getBytes(StandardCharsets.ISO_8859_1));

        assertArrayEquals(body, read(wire).bytes());
    }

    @Test
    void bareLineFeedDotDoesNotEndTheData() throws IOException {
        // SMTP smuggling: "\n.\n" or "\n.\r\n" must not end the message.
        String wire = "first\n.\nMAIL FROM:<x@y>\n.\r\nstill message\r\n.\r\n";
        Result result = read(wire);
        assertEquals("first\n.\nMAIL FROM:<x@y>\n.\r\nstill message\r\n", result.message());
    }

    @Test
    void dotCarriageReturnWithoutLineFeedIsContent() throws IOException {
        assertEquals("\rx\r\n", read(".\rx\r\n.\r\n").message());
    }

    @Test
    void emptyMessageEndsAtTheFirstDotLine() throws IOException {
        Result result = read(".\r\nNOOP\r\n");
        assertEquals("", result.message());
        assertEquals("NOOP", result.input().readLine());
    }

    @Test
    void leavesTheNextCommandUnread() throws IOException {
        Result result = read("body\r\n.\r\nQUIT\r\n");
        assertEquals("QUIT", result.input().readLine());
    }

    @Test
    void endOfInputInsideDataIsAnError() {
        assertThrows(EOFException.class, () -> read("unterminated\r\n"));
    }

    private record Result(byte[] bytes, SmtpInput input) {
        String message() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static Result read(String wire) throws IOException {
        return read(wire.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Result read(byte[] wire) throws IOException {
        SmtpInput input = new SmtpInput(new ByteArrayInputStream(wire), 1000, () -> { });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataReader.copyMessage(input, out);
        return new Result(out.toByteArray(), input);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
