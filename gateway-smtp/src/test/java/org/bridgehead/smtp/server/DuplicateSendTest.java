package org.bridgehead.smtp.server;

import static org.bridgehead.smtp.support.TestServers.PASSWORD;
import static org.bridgehead.smtp.support.TestServers.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bridgehead.smtp.submit.SubmissionFailure;
import org.bridgehead.smtp.support.FakeSubmitter;
import org.bridgehead.smtp.support.RawSmtpClient;
import org.bridgehead.smtp.support.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client resending a message, on a new connection as after a lost reply. */
class DuplicateSendTest {

    private static final String MESSAGE = "Message-ID: <retry-1@client.test>\r\nSubject: once\r\n\r\nbody\r\n";

    @TempDir
    Path spool;

    private final FakeSubmitter submitter = new FakeSubmitter().withUser(USER, PASSWORD);
    private SmtpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = TestServers.start(TestServers.options(spool).build(), submitter);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void resendOfAnAcceptedMessageIsAnswered250WithoutSendingAgain() throws IOException {
        assertEquals("250 2.0.0 OK queued as Q1", send(MESSAGE, "bob@example.com"));
        assertEquals("250 2.0.0 OK queued as Q1", send(MESSAGE, "bob@example.com"));

        assertEquals(1, submitter.submissions().size());
    }

    @Test
    void resendAfterAFailureReallySends() throws IOException {
        submitter.failNextSubmit(new SubmissionFailure.ServiceUnavailable("ErrorServerBusy"));

        assertEquals(451, Integer.parseInt(send(MESSAGE, "bob@example.com").substring(0, 3)));
        assertEquals("250 2.0.0 OK queued as Q1", send(MESSAGE, "bob@example.com"));

        assertEquals(1, submitter.submissions().size());
    }

    @Test
    void sameMessageIdToOtherRecipientsIsSent() throws IOException {
        send(MESSAGE, "bob@example.com");
        assertEquals("250 2.0.0 OK queued as Q2", send(MESSAGE, "carol@example.com"));

        assertEquals(2, submitter.submissions().size());
    }

    @Test
    void messagesWithoutMessageIdAreAlwaysSent() throws IOException {
        send("Subject: no id\r\n\r\nbody\r\n", "bob@example.com");
        send("Subject: no id\r\n\r\nbody\r\n", "bob@example.com");

        assertEquals(2, submitter.submissions().size());
    }

    @Test
    void twoIdenticalSubmissionsAtTheSameInstantSendOnce() throws Exception {
        CountDownLatch bothArrived = new CountDownLatch(1);
        submitter.onSubmit(message -> await(bothArrived));
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = clients.submit(() -> send(MESSAGE, "bob@example.com"));
            Future<String> second = clients.submit(() -> send(MESSAGE, "bob@example.com"));
            Thread.sleep(300); // both are inside DATA: one sending, one waiting for it
            bothArrived.countDown();

            assertEquals("250 2.0.0 OK queued as Q1", first.get(10, TimeUnit.SECONDS));
            assertEquals("250 2.0.0 OK queued as Q1", second.get(10, TimeUnit.SECONDS));
        } finally {
            clients.shutdownNow();
        }
        assertEquals(1, submitter.submissions().size());
    }

    @Test
    void submissionWaitingForAFailedSendMakesItsOwnAttempt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        submitter.failNextSubmit(new SubmissionFailure.ServiceUnavailable("ErrorServerBusy"));
        submitter.onSubmit(message -> await(release));
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = clients.submit(() -> send(MESSAGE, "bob@example.com"));
            Future<String> second = clients.submit(() -> send(MESSAGE, "bob@example.com"));
            Thread.sleep(300);
            release.countDown();

            List<String> replies = List.of(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS));
            assertTrue(replies.contains("250 2.0.0 OK queued as Q1"), replies.toString());
            assertTrue(replies.stream().anyMatch(r -> r.startsWith("451 ")), "the failed send is answered 451: " + replies);
        } finally {
            clients.shutdownNow();
        }
        assertEquals(1, submitter.submissions().size());
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IOException("test latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private String send(String message, String recipient) throws IOException {
        try (RawSmtpClient client = RawSmtpClient.connectAuthenticated(server.localAddress(), USER, PASSWORD)) {
            client.command("MAIL FROM:<alice@example.com>");
            client.command("RCPT TO:<" + recipient + ">");
            client.command("DATA");
            client.sendRaw((message + ".\r\n").getBytes(StandardCharsets.US_ASCII));
            return client.readReply().line();
        }
    }
}
