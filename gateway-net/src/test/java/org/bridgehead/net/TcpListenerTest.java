package org.bridgehead.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TcpListenerTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    /** Greets, then echoes lines until the client goes away. */
    private static final class EchoConnection implements ServedConnection {
        private final Socket socket;
        private final Runnable onClose;

        EchoConnection(Socket socket, Runnable onClose) {
            this.socket = socket;
            this.onClose = onClose;
        }

        @Override
        public void run() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)); OutputStream out = socket.getOutputStream()) {
                out.write("hello\n".getBytes(StandardCharsets.US_ASCII));
                for (String line; (line = in.readLine()) != null; ) {
                    out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException e) {
                // the socket was closed under us: the connection ends
            } finally {
                onClose.run();
            }
        }

        @Override
        public void shutdown() {
            abort();
        }

        @Override
        public void abort() {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    private static TcpListener echoListener(int maxConnections) throws IOException {
        TcpListener listener = new TcpListener("echo", LOOPBACK, 0, maxConnections,
                "busy\n".getBytes(StandardCharsets.US_ASCII), (id, socket, onClose) -> new EchoConnection(socket, onClose));
        listener.start();
        return listener;
    }

    private static String firstLine(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
    }

    @Test
    void connectionOverTheLimitGetsTheRefusalAndAFreedSlotIsReused() throws Exception {
        try (TcpListener listener = echoListener(1)) {
            int port = listener.localAddress().getPort();
            Socket first = new Socket(LOOPBACK, port);
            assertEquals("hello", firstLine(first));
            try (Socket second = new Socket(LOOPBACK, port)) {
                assertEquals("busy", firstLine(second));
            }
            first.close();
            String greeting = null;
            for (int attempt = 0; attempt < 50 && !"hello".equals(greeting); attempt++) {
                try (Socket third = new Socket(LOOPBACK, port)) {
                    greeting = firstLine(third);
                }
                if (!"hello".equals(greeting)) {
                    TimeUnit.MILLISECONDS.sleep(100); // the first connection's thread is still finishing
                }
            }
            assertEquals("hello", greeting);
        }
    }

    @Test
    void closeEndsOpenConnections() throws Exception {
        TcpListener listener = echoListener(4);
        try (Socket client = new Socket(LOOPBACK, listener.localAddress().getPort())) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            assertEquals("hello", in.readLine());
            CountDownLatch ended = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try {
                    if (in.readLine() == null) {
                        ended.countDown();
                    }
                } catch (IOException e) {
                    ended.countDown();
                }
            });
            reader.start();
            listener.close();
            assertTrue(ended.await(10, TimeUnit.SECONDS), "the open connection was not closed");
        }
    }

    @Test
    void portInUseIsABindException() throws Exception {
        try (TcpListener first = echoListener(1)) {
            TcpListener second = new TcpListener("echo", LOOPBACK, first.localAddress().getPort(), 1, new byte[0],
                    (id, socket, onClose) -> new EchoConnection(socket, onClose));
            assertThrows(BindException.class, second::start);
            second.close();
        }
    }
}
