package org.bridgehead.smtp.fuzz;

import static org.bridgehead.smtp.support.TestServers.PASSWORD;
import static org.bridgehead.smtp.support.TestServers.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.bridgehead.smtp.support.FakeSubmitter;
import org.bridgehead.smtp.support.RawSmtpClient;

/**
 * Bad input loses nothing: a mail transaction with unknown and malformed commands between its
 * steps (each answered 500 or 501) still delivers its message, byte for byte.
 */
final class WellFormedSend {

    private final InetSocketAddress server;
    private final Random random;

    WellFormedSend(InetSocketAddress server, Random random) {
        this.server = server;
        this.random = random;
    }

    void sendThroughGarbage(FakeSubmitter submitter) throws IOException {
        byte[] message = message();
        try (RawSmtpClient client = RawSmtpClient.connectAuthenticated(server, USER, PASSWORD)) {
            garbage(client);
            assertEquals(250, client.command("MAIL FROM:<alice@example.com>").code());
            garbage(client);
            assertEquals(501, client.command("RCPT TO:bob@example.com").code());
            assertEquals(250, client.command("RCPT TO:<bob@example.com>").code());
            garbage(client);
            boolean chunked = random.nextBoolean();
            if (chunked) {
                int split = random.nextInt(message.length);
                chunk(client, Arrays.copyOfRange(message, 0, split), false);
                garbage(client);
                chunk(client, Arrays.copyOfRange(message, split, message.length), true);
            } else {
                assertEquals(354, client.command("DATA").code());
                client.sendRaw(dotStuffed(message));
                assertEquals(250, client.readReply().code());
            }
        }
        byte[] delivered = submitter.submissions().get(submitter.submissions().size() - 1).content();
        assertEquals(new String(message, StandardCharsets.ISO_8859_1), new String(delivered, StandardCharsets.ISO_8859_1),
                "the message arrived changed");
    }

    private void garbage(RawSmtpClient client) throws IOException {
        for (int i = random.nextInt(3); i > 0; i--) {
            String line = random.nextBoolean() ? "ZZ" + random.nextInt() : "MAIL FROM:<" + random.nextInt();
            int code = client.command(line).code();
            assertTrue(code == 500 || code == 501 || code == 503, line + " answered " + code);
        }
    }

    private static void chunk(RawSmtpClient client, byte[] bytes, boolean last) throws IOException {
        client.sendRaw(("BDAT " + bytes.length + (last ? " LAST" : "") + "\r\n").getBytes(StandardCharsets.US_ASCII));
        client.sendRaw(bytes);
        assertEquals(250, client.readReply().code());
    }

    /** A message with a unique Message-ID (a resend would not be sent again) and lines that start with dots. */
    private byte[] message() {
        StringBuilder text = new StringBuilder("Message-ID: <" + random.nextLong() + "." + System.nanoTime() + "@fuzz.test>\r\n"
                + "Subject: between the garbage\r\n\r\n");
        for (int i = random.nextInt(30); i > 0; i--) {
            text.append(random.nextBoolean() ? "." : "").append(Long.toHexString(random.nextLong())).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] dotStuffed(byte[] message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The message ends with CRLF: the piece after the last one is empty and not a line.
        String[] pieces = new String(message, StandardCharsets.US_ASCII).split("\r\n", -1);
        for (String line : Arrays.copyOf(pieces, pieces.length - 1)) {
            if (line.startsWith(".")) {
                out.write('.');
            }
            out.writeBytes((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(".\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
