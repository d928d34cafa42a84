package org.bridgehead.smtp.server;

import static org.bridgehead.smtp.support.TestServers.PASSWORD;
import static org.bridgehead.smtp.support.TestServers.USER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bridgehead.smtp.submit.BodyType;
import org.bridgehead.smtp.submit.Envelope;
import org.bridgehead.smtp.support.FakeSubmitter;
import org.bridgehead.smtp.support.RawSmtpClient;
import org.bridgehead.smtp.support.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DATA over a raw socket: exact bytes, size bound, spool files. */
class DataTest {

    private static final int MAX_SIZE = 100_000;
    private static final int MEMORY_THRESHOLD = 1_000;

    @TempDir
    Path spool;

    private final FakeSubmitter submitter = new FakeSubmitter().withUser(USER, PASSWORD);
    private SmtpServer server;
    private RawSmtpClient client;

    @BeforeEach
    void connect() throws IOException {
        server = TestServers.start(TestServers.options(spool)
                .maxMessageSize(MAX_SIZE).spoolMemoryThreshold(MEMORY_THRESHOLD).build(), submitter);
        client = RawSmtpClient.connectAuthenticated(server.localAddress(), USER, PASSWORD);
    }

    @AfterEach
    void disconnect() throws IOException {
        client.close();
        server.close();
    }

    @Test
    void messageIsSubmittedByteForByteWithStuffedDotsRemoved() throws IOException {
        // Only CRLF starts a line: the dot after a bare LF is content, never stuffing or an end.
        byte[] expected = ("From: alice@example.com\r\nSubject: dots\r\n\r\n"
                + ".leading dot\r\n..two\r\n.\rnot an end\r\nbare\nline feed\n.\n"
                + "8-bit \u00e9\u00ff\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] wire = ("From: alice@example.com\r\nSubject: dots\r\n\r\n"
                + "..leading dot\r\n...two\r\n..\rnot an end\r\nbare\nline feed\n.\n"
                + "8-bit \u00e9\u00ff\r\n.\r\n").getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(250, client.command("MAIL FROM:<alice@example.com> BODY=8BITMIME").code());
        client.command("RCPT TO:<bob@example.com>");
        assertEquals("354 End data with <CR><LF>.<CR><LF>", client.command("DATA").line());
        client.sendRaw(wire);

        assertEquals("250 2.0.0 OK queued as Q1", client.readReply().line());
        FakeSubmitter.Submission sent = submitter.submissions().get(0);
        assertArrayEquals(expected, sent.content());
        assertEquals(new Envelope("alice@example.com", List.of("bob@example.com"), BodyType.EIGHT_BIT_MIME), sent.envelope());
        assertEquals(USER, sent.user());
    }

    @Test
    void nullSenderAndRepeatedRecipientsMakeAnEnvelopeWithEachRecipientOnce() throws IOException {
        client.command("MAIL FROM:<>");
        client.command("RCPT TO:<bob@example.com>");
        client.command("RCPT TO:<Bob@Example.com>");
        client.command("RCPT TO:<carol@example.com>");

        assertEquals(250, send("Subject: x\r\n\r\nbody\r\n").code());
        assertEquals(new Envelope("", List.of("bob@example.com", "carol@example.com"), BodyType.SEVEN_BIT),
                submitter.submissions().get(0).envelope());
    }

    @Test
    void oversizedMessageIsReadToItsEndThenRefusedAndTheNextMessageGoesThrough() throws IOException {
        client.command("MAIL FROM:<alice@example.com>");
        client.command("RCPT TO:<bob@example.com>");
        String line = "y".repeat(98) + "\r\n";

        assertEquals("552 5.3.4 Message size exceeds fixed limit", send(line.repeat(MAX_SIZE / 100 + 1)).line());
        assertEquals(List.of(), submitter.submissions());
        assertEquals(List.of(), spoolFiles(), "nothing of the refused message stays on disk");

        assertEquals("503 5.5.1 Need MAIL before RCPT", client.command("RCPT TO:<bob@example.com>").line(),
                "the refused message ended its transaction");
        client.command("MAIL FROM:<alice@example.com>");
        client.command("RCPT TO:<bob@example.com>");
        assertEquals("250 2.0.0 OK queued as Q1", send(line.repeat(MAX_SIZE / 100)).line());
        assertEquals(MAX_SIZE, submitter.submissions().get(0).content().length);
    }

    @Test
    void largeMessageIsSpooledToAPrivateFileThatIsDeletedAfterwards() throws IOException {
        List<Path> seen = new ArrayList<>();
        List<Set<PosixFilePermission>> permissions = new ArrayList<>();
        submitter.onSubmit(message -> {
            for (Path file : spoolFiles()) {
                seen.add(file);
                permissions.add(Files.getPosixFilePermissions(file));
            }
        });
        client.command("MAIL FROM:<alice@example.com>");
        client.command("RCPT TO:<bob@example.com>");

        assertEquals(250, send("Subject: big\r\n\r\n" + "line\r\n".repeat(1000)).code());

        assertEquals(1, seen.size(), "spooled to a file while being submitted");
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), permissions.get(0));
        assertFalse(Files.exists(seen.get(0)), "deleted once the reply is given");
        assertEquals(List.of(), spoolFiles());
    }

    @Test
    void smallMessageNeverTouchesTheDisk() throws IOException {
        List<Path> seen = new ArrayList<>();
        submitter.onSubmit(message -> seen.addAll(spoolFiles()));
        client.command("MAIL FROM:<alice@example.com>");
        client.command("RCPT TO:<bob@example.com>");

        assertEquals(250, send("Subject: small\r\n\r\nhi\r\n").code());
        assertEquals(List.of(), seen);
    }

    @Test
    void dataWithArgumentsIsASyntaxError() throws IOException {
        client.command("MAIL FROM:<alice@example.com>");
        client.command("RCPT TO:<bob@example.com>");

        assertEquals("501 5.5.4 No parameters allowed", client.command("DATA now").line());
        assertEquals(354, client.command("DATA").code());
    }

    @Test
    void clientDisconnectingInsideDataLeavesNoSpoolFile() throws IOException {
        client.command("MAIL FROM:<alice@example.com>");
        client.command("RCPT TO:<bob@example.com>");
        client.command("DATA");
        client.sendRaw("x\r\n".repeat(2000).getBytes(StandardCharsets.US_ASCII));
        client.close();
        server.close();

        assertEquals(List.of(), submitter.submissions());
        assertEquals(List.of(), spoolFiles());
    }

    private RawSmtpClient.Reply send(String message) throws IOException {
        assertEquals(354, client.command("DATA").code());
        client.sendRaw((message + ".\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return client.readReply();
    }

    private List<Path> spoolFiles() throws IOException {
        try (Stream<Path> files = Files.list(spool)) {
            return files.toList();
        }
    }
}
