package org.bridgehead.smtp.server;

import static org.bridgehead.smtp.support.TestServers.PASSWORD;
import static org.bridgehead.smtp.support.TestServers.USER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bridgehead.smtp.support.FakeSubmitter;
import org.bridgehead.smtp.support.RawSmtpClient;
import org.bridgehead.smtp.support.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BDAT (RFC 3030) and SMTPUTF8 (RFC 6531) over a raw socket. */
class ChunkingTest {

    private static final int MAX_SIZE = 20_000;

    @TempDir
    Path spool;

    private final FakeSubmitter submitter = new FakeSubmitter().withUser(USER, PASSWORD);
    private SmtpServer server;
    private RawSmtpClient client;

    @BeforeEach
    void connect() throws IOException {
        server = TestServers.start(TestServers.options(spool).maxMessageSize(MAX_SIZE).spoolMemoryThreshold(1_000).build(),
                submitter);
        client = RawSmtpClient.connectAuthenticated(server.localAddress(), USER, PASSWORD);
    }

    @AfterEach
    void disconnect() throws IOException {
        client.close();
        server.close();
    }

    @Test
    void chunksAreJoinedByteForByteWithoutDotHandling() throws IOException {
        byte[] first = "Subject: chunks\r\n\r\n.a leading dot\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] second = ".\r\nnot an end\r\n\u0000binary\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        startTransaction();

        assertEquals("250 2.0.0 " + first.length + " octets received", chunk(first, false).line());
        assertEquals("250 2.0.0 OK queued as Q1", chunk(second, true).line());

        assertArrayEquals(concat(first, second), submitter.submissions().get(0).content());
    }

    @Test
    void pipelinedChunksAreAnsweredInOrder() throws IOException {
        client.send("MAIL FROM:<alice@example.com>\r\nRCPT TO:<bob@example.com>\r\nBDAT 5\r\nHello"
                + "BDAT 0 LAST");

        assertEquals(250, client.readReply().code());
        assertEquals(250, client.readReply().code());
        assertEquals("250 2.0.0 5 octets received", client.readReply().line());
        assertEquals("250 2.0.0 OK queued as Q1", client.readReply().line());
        assertEquals("Hello", new String(submitter.submissions().get(0).content(), StandardCharsets.US_ASCII));
    }

    @Test
    void chunkOutsideATransactionIsReadAndRefused() throws IOException {
        client.send("BDAT 12\r\nQUIT\r\nNOOP"); // the chunk: "QUIT\r\nNOOP\r\n"

        assertEquals("503 5.5.1 Need MAIL before BDAT", client.readReply().line());
        assertEquals("250 2.0.0 OK", client.command("NOOP").line(), "the chunk's bytes were not taken for commands");
    }

    @Test
    void chunksOverTheSizeBoundAre552AndLeaveNoSpoolFile() throws IOException {
        startTransaction();
        assertEquals(250, chunk(new byte[MAX_SIZE - 10], false).code());

        assertEquals("552 5.3.4 Message size exceeds fixed limit", chunk(new byte[100], false).line());

        assertEquals("503 5.5.1 Need MAIL before BDAT", chunk(new byte[10], true).line());
        assertEquals(List.of(), submitter.submissions());
        try (Stream<Path> files = Files.list(spool)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void dataAfterBdatAndMalformedSizesAreRefused() throws IOException {
        startTransaction();
        chunk("Subject: x\r\n".getBytes(StandardCharsets.US_ASCII), false);

        assertEquals("503 5.5.1 DATA not allowed after BDAT", client.command("DATA").line());
        assertEquals("501 5.5.4 Syntax: BDAT size [LAST]", client.command("BDAT -1").line());
        assertEquals("501 5.5.4 Syntax: BDAT size [LAST]", client.command("BDAT 1234567890123456789").line());
        assertEquals("501 5.5.4 Syntax: BDAT size [LAST]", client.command("BDAT 5 FIRST").line());
        assertEquals("250 2.0.0 OK queued as Q1", chunk("\r\nbody".getBytes(StandardCharsets.US_ASCII), true).line());
    }

    @Test
    void rsetDropsTheChunksReceived() throws IOException {
        startTransaction();
        chunk(new byte[5_000], false);

        assertEquals(250, client.command("RSET").code());

        try (Stream<Path> files = Files.list(spool)) {
            assertEquals(0, files.count(), "the spooled chunks are removed");
        }
        startTransaction();
        chunk("fresh".getBytes(StandardCharsets.US_ASCII), true);
        assertEquals("fresh", new String(submitter.submissions().get(0).content(), StandardCharsets.US_ASCII));
    }

    @Test
    void smtputf8TransactionTakesUtf8AddressesAndHeaders() throws IOException {
        assertEquals("553 5.6.7 Non-ASCII address without SMTPUTF8", command("MAIL FROM:<jürgen@example.com>").line());
        assertEquals(250, command("MAIL FROM:<jürgen@example.com> SMTPUTF8").code());
        RawSmtpClient.Reply rcpt = command("RCPT TO:<用户@例子.广告>");
        assertEquals(250, rcpt.code());
        assertTrue(new String(rcpt.line().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
                .contains("<用户@例子.广告>"), "the reply echoes the address in UTF-8");
        byte[] message = "Subject: Grüße\r\nTo: 用户@例子.广告\r\n\r\nHallo\r\n".getBytes(StandardCharsets.UTF_8);

        assertEquals(250, chunk(message, true).code());

        assertEquals(List.of("用户@例子.广告"), submitter.submissions().get(0).envelope().recipients());
        assertEquals("jürgen@example.com", submitter.submissions().get(0).envelope().sender());
        assertArrayEquals(message, submitter.submissions().get(0).content());
    }

    private RawSmtpClient.Reply command(String utf8Line) throws IOException {
        client.sendRaw((utf8Line + "\r\n").getBytes(StandardCharsets.UTF_8));
        return client.readReply();
    }

    private void startTransaction() throws IOException {
        assertEquals(250, client.command("MAIL FROM:<alice@example.com>").code());
        assertEquals(250, client.command("RCPT TO:<bob@example.com>").code());
    }

    private RawSmtpClient.Reply chunk(byte[] bytes, boolean last) throws IOException {
        client.sendRaw(concat(("BDAT " + bytes.length + (last ? " LAST" : "") + "\r\n").getBytes(StandardCharsets.US_ASCII),
                bytes));
        return client.readReply();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
