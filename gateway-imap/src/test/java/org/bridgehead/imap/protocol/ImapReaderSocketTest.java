package org.bridgehead.imap.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader and writer together over a real socket, with a client that obeys continuations. */
class ImapReaderSocketTest {

    private static final int TIMEOUT_MILLIS = 10_000;

    @TempDir
    Path spool;

    @Test
    void clientSendsLiteralOnlyAfterContinuationAndGetsTaggedReplies() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(TIMEOUT_MILLIS);
            CompletableFuture<List<String>> client = CompletableFuture.supplyAsync(() -> runClient(server.getLocalPort()));
            try (Socket connection = server.accept()) {
                connection.setSoTimeout(TIMEOUT_MILLIS);
                ImapWriter writer = new ImapWriter(connection.getOutputStream());
                ImapReader reader = new ImapReader(connection.getInputStream(), ImapReaderLimits.defaults(),
                        () -> writer.continuation("Ready for literal data"));
                for (int i = 0; i < 2; i++) {
                    try (ImapCommand command = reader.readCommand().orElseThrow()) {
                        TokenCursor cursor = command.cursor();
                        writer.tagged(command.tag(), ResponseStatus.OK,
                                command.name() + " " + String.join(",", readAll(cursor)));
                    } catch (ImapSyntaxException e) {
                        writer.tagged(e.tag().orElse("*"), ResponseStatus.BAD, e.reason());
                    }
                }
            }
            assertEquals(List.of("+ Ready for literal data", "+ Ready for literal data", "A1 OK LOGIN fred,secret",
                    "A2 BAD Unbalanced parentheses: missing )"), client.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS));
        }
    }

    private static List<String> readAll(TokenCursor cursor) throws ImapSyntaxException {
        List<String> values = new ArrayList<>();
        while (cursor.hasNext()) {
            values.add(cursor.astring());
        }
        return values;
    }

    private static List<String> runClient(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            List<String> received = new ArrayList<>();
            send(out, "A1 LOGIN {4}\r\n");
            received.add(in.readLine());
            send(out, "fred {6}\r\n");
            received.add(in.readLine());
            send(out, "secret\r\n");
            received.add(in.readLine());
            send(out, "A2 FETCH 1 (FLAGS\r\n");
            received.add(in.readLine());
            return received;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
