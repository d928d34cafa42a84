package org.bridgehead.smtp.server;

import static org.bridgehead.smtp.support.TestServers.PASSWORD;
import static org.bridgehead.smtp.support.TestServers.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.bridgehead.smtp.submit.SubmissionFailure;
import org.bridgehead.smtp.support.FakeSubmitter;
import org.bridgehead.smtp.support.RawSmtpClient;
import org.bridgehead.smtp.support.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each way the backend can refuse a message, as the client sees it after DATA. */
class SubmissionFailureTest {

    @TempDir
    Path spool;

    private final FakeSubmitter submitter = new FakeSubmitter().withUser(USER, PASSWORD);
    private SmtpServer server;
    private RawSmtpClient client;

    @BeforeEach
    void connect() throws IOException {
        server = TestServers.start(TestServers.options(spool).build(), submitter);
        client = RawSmtpClient.connectAuthenticated(server.localAddress(), USER, PASSWORD);
    }

    @AfterEach
    void disconnect() throws IOException {
        client.close();
        server.close();
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new SubmissionFailure.ServiceUnavailable("ErrorServerBusy"),
                        "451 4.4.1 Mail server temporarily unavailable, please try again later"),
                Arguments.of(new SubmissionFailure.MessageTooLarge(40_000_000),
                        "552 5.3.4 Message size exceeds fixed limit"),
                Arguments.of(new SubmissionFailure.SenderNotAllowed("ceo@example.com"),
                        "550 5.7.1 Sender <ceo@example.com> not allowed for this user"),
                Arguments.of(new SubmissionFailure.InvalidRecipient("nobody@example.com"),
                        "550 5.1.1 Recipient <nobody@example.com> does not exist"),
                Arguments.of(new SubmissionFailure.AuthenticationFailed(),
                        "535 5.7.8 Authentication credentials invalid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void typedFailureGetsItsReplyAndTheConnectionGoesOn(SubmissionFailure failure, String reply) throws IOException {
        submitter.failNextSubmit(failure);

        assertEquals(reply, sendMessage().line());
        assertEquals("250 2.0.0 OK queued as Q1", sendMessage().line());
    }

    @Test
    void backendBugIs451WithoutAStackTrace() throws IOException {
        submitter.breakNextSubmit(new NullPointerException("internal detail"));

        RawSmtpClient.Reply reply = sendMessage();

        assertEquals("451 4.3.0 Temporary internal error, please try again later", reply.line());
        assertEquals(1, reply.lines().size());
        assertEquals("250 2.0.0 OK", client.command("NOOP").line());
    }

    @Test
    void backendIoErrorIs451() throws IOException {
        submitter.breakNextSubmit(new IOException("disk gone"));

        assertEquals("451 4.3.0 Temporary internal error, please try again later", sendMessage().line());
    }

    @Test
    void controlCharactersFromTheBackendNeverBreakTheReply() throws IOException {
        submitter.failNextSubmit(new SubmissionFailure.InvalidRecipient("x@y\r\n250 fake"));

        assertEquals("550 5.1.1 Recipient <x@y??250 fake> does not exist", sendMessage().line());
        assertEquals("250 2.0.0 OK", client.command("NOOP").line());
    }

    private RawSmtpClient.Reply sendMessage() throws IOException {
        client.command("MAIL FROM:<alice@example.com>");
        client.command("RCPT TO:<bob@example.com>");
        client.command("DATA");
        client.sendRaw("Subject: test\r\n\r\nbody\r\n.\r\n".getBytes(StandardCharsets.US_ASCII));
        return client.readReply();
    }
}
