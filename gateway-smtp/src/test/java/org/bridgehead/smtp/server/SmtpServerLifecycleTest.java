package org.bridgehead.smtp.server;

import static org.bridgehead.smtp.support.TestServers.PASSWORD;
import static org.bridgehead.smtp.support.TestServers.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import org.bridgehead.smtp.support.FakeSubmitter;
import org.bridgehead.smtp.support.RawSmtpClient;
import org.bridgehead.smtp.support.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binding, connection limits, timeouts and shutdown. */
class SmtpServerLifecycleTest {

    @TempDir
    Path spool;

    private final FakeSubmitter submitter = new FakeSubmitter().withUser(USER, PASSWORD);

    @Test
    void portZeroBindsAFreePortOnTheGivenAddress() throws IOException {
        try (SmtpServer server = TestServers.start(TestServers.options(spool).build(), submitter)) {
            assertNotEquals(0, server.port());
            assertTrue(server.localAddress().getAddress().isLoopbackAddress());
        }
    }

    @Test
    void connectionsPastTheLimitAreRefusedWith421UntilOneCloses() throws IOException {
        try (SmtpServer server = TestServers.start(TestServers.options(spool).maxConnections(2).build(), submitter);
             RawSmtpClient first = RawSmtpClient.connect(server.localAddress());
             RawSmtpClient second = RawSmtpClient.connect(server.localAddress())) {

            try (RawSmtpClient third = new RawSmtpClient(server.localAddress())) {
                assertEquals("421 4.3.2 Too many connections, try again later", third.readReply().line());
                assertTrue(third.closedByServer());
            }

            first.command("QUIT");
            assertTrue(first.closedByServer());
            assertEquals(220, connectEventually(server.localAddress()).code());
            assertEquals(250, second.command("NOOP").code(), "open connections are unaffected");
        }
    }

    @Test
    void silentClientIsDisconnectedWith421() throws IOException {
        try (SmtpServer server = TestServers.start(TestServers.options(spool).readTimeout(Duration.ofMillis(200)).build(), submitter);
             RawSmtpClient client = RawSmtpClient.connect(server.localAddress())) {

            assertEquals("421 4.4.2 gateway.test Timeout, closing connection", client.readReply().line());
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void closeStopsAcceptingAndClosesOpenConnections() throws IOException {
        SmtpServer server = TestServers.start(TestServers.options(spool).build(), submitter);
        InetSocketAddress address = server.localAddress();
        try (RawSmtpClient client = RawSmtpClient.connectAuthenticated(address, USER, PASSWORD)) {
            server.close();

            assertTrue(client.closedByServer());
            assertThrows(ConnectException.class, () -> new Socket(address.getAddress(), address.getPort()).close());
            assertEquals(1, submitter.closedSessions(), "the backend session was released");
        }
    }

    @Test
    void serverStartsOnlyOnce() throws IOException {
        try (SmtpServer server = TestServers.start(TestServers.options(spool).build(), submitter)) {
            assertThrows(IllegalStateException.class, server::start);
        }
    }

    /** The slot of a closed connection is freed by its thread just after the socket closes. */
    private static RawSmtpClient.Reply connectEventually(InetSocketAddress address) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (RawSmtpClient client = new RawSmtpClient(address)) {
                RawSmtpClient.Reply reply = client.readReply();
                if (reply.code() != 421) {
                    return reply;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        throw new IOException("no connection slot was freed");
    }
}
