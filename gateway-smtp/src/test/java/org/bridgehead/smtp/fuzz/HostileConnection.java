package org.bridgehead.smtp.fuzz;

import static org.bridgehead.smtp.support.TestServers.PASSWORD;
import static org.bridgehead.smtp.support.TestServers.USER;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.bridgehead.smtp.support.RawSmtpClient;

/**
 * One client sending a random series of hostile inputs (after a valid greeting and login, or
 * not), then ending its input. Its replies are read all along by a second thread, so neither side
 * blocks on a full socket buffer; the server must then close the connection.
 */
final class HostileConnection {

    /** What the server sent; {@code cut} when a reset or the bound may have cut the last line. */
    private record Received(byte[] bytes, boolean cut) {
    }

    private static final Pattern REPLY_LINE = Pattern.compile("[2-5][0-9][0-9]([ -].*)?");
    private static final int KEPT_REPLY_BYTES = 1024 * 1024;

    private final InetSocketAddress server;
    private final Random random;
    private final List<Integer> codes = new ArrayList<>();

    HostileConnection(InetSocketAddress server, Random random) {
        this.server = server;
        this.random = random;
    }

    /** Sends the inputs and checks the replies; returns the bytes sent. */
    long run(Map<SmtpInputs.Kind, Integer> tally) throws IOException {
        SmtpInputs inputs = new SmtpInputs(random);
        try (Socket socket = new Socket()) {
            socket.connect(server, 5_000);
            socket.setSoTimeout(15_000);
            CompletableFuture<Received> replies = CompletableFuture.supplyAsync(() -> readAll(socket));
            OutputStream out = socket.getOutputStream();
            long sent = 0;
            try {
                sent += send(out, prelude());
                for (int i = 1 + random.nextInt(20); i > 0; i--) {
                    SmtpInputs.Kind kind = inputs.nextKind();
                    tally.merge(kind, 1, Integer::sum);
                    sent += send(out, inputs.next(kind));
                }
                socket.shutdownOutput();
            } catch (SocketException closedByServer) {
                // The server may close first (QUIT among the inputs); what it answered is still checked.
            }
            check(await(replies));
            return sent;
        }
    }

    List<Integer> replyCodes() {
        return List.copyOf(codes);
    }

    private byte[] prelude() {
        StringBuilder lines = new StringBuilder();
        if (random.nextInt(10) < 7) {
            lines.append("EHLO fuzz.test\r\nAUTH PLAIN ").append(RawSmtpClient.plain(USER, PASSWORD)).append("\r\n");
            if (random.nextBoolean()) {
                lines.append("MAIL FROM:<alice@example.com>\r\nRCPT TO:<bob@example.com>\r\n");
            }
        }
        return lines.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static long send(OutputStream out, byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return bytes.length;
    }

    private void check(Received replies) {
        String text = new String(replies.bytes(), StandardCharsets.ISO_8859_1);
        if (!text.isEmpty() && !text.endsWith("\r\n")) {
            if (!replies.cut()) {
                throw new AssertionError("the last reply is cut off: " + tail(text));
            }
            text = text.substring(0, text.lastIndexOf("\r\n") + 2);
        }
        for (String line : text.split("\r\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (!REPLY_LINE.matcher(line).matches()) {
                throw new AssertionError("not an SMTP reply line: " + tail(line));
            }
            int code = Integer.parseInt(line.substring(0, 3));
            if (line.length() == 3 || line.charAt(3) == ' ') {
                codes.add(code);
            }
            if (code == 451 || code == 421 && !line.contains("Timeout")) {
                throw new AssertionError("unexpected failure reply: " + line);
            }
        }
    }

    private static Received await(CompletableFuture<Received> replies) throws IOException {
        try {
            return replies.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            throw new IOException("reading the replies failed", failed.getCause());
        } catch (TimeoutException | InterruptedException stuck) {
            throw new AssertionError("the server did not close the connection after the client's input ended");
        }
    }

    /** Everything the server sends until it closes; more than the bound is counted, not kept. */
    private static Received readAll(Socket socket) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = socket.getInputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (kept.size() < KEPT_REPLY_BYTES) {
                    kept.write(buffer, 0, n);
                }
            }
        } catch (SocketTimeoutException stuck) {
            throw new AssertionError("the server neither answered nor closed for 15 s");
        } catch (IOException reset) {
            // The server closed with our input unread (after QUIT): TCP resets, and may drop the last bytes.
            return new Received(kept.toByteArray(), true);
        }
        return new Received(kept.toByteArray(), kept.size() >= KEPT_REPLY_BYTES);
    }

    private static String tail(String text) {
        return text.length() <= 200 ? text : "..." + text.substring(text.length() - 200);
    }
}
