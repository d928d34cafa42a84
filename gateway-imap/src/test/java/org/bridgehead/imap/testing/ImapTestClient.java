package org.bridgehead.imap.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A raw-socket IMAP client for tests: sends lines exactly as given and collects the response
 * lines (a literal's bytes are joined into the line that announced it).
 */
public final class ImapTestClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String greeting;
    private int tagCounter;

    public ImapTestClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        greeting = readResponseLine();
    }

    /** A client already logged in as {@code user}. */
    public static ImapTestClient loggedIn(int port, String user) throws IOException {
        ImapTestClient client = new ImapTestClient(port);
        Response response = client.command("LOGIN " + user + " " + InMemoryExchange.PASSWORD);
        if (!response.ok()) {
            throw new IllegalStateException("login failed: " + response.tagged());
        }
        return client;
    }

    public String greeting() {
        return greeting;
    }

    /** Sends {@code TAG text} and reads up to the tagged response. */
    public Response command(String text) throws IOException {
        String tag = "a" + (++tagCounter);
        send(tag + " " + text);
        return readUntilTagged(tag);
    }

    /** Sends one raw line (CRLF appended). */
    public void send(String line) throws IOException {
        sendRaw((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Sends a command with a synchronizing literal, waiting for the continuation. */
    public Response commandWithLiteral(String beforeLiteral, byte[] literal, String afterLiteral) throws IOException {
        String tag = "a" + (++tagCounter);
        send(tag + " " + beforeLiteral + "{" + literal.length + "}");
        String continuation = readResponseLine();
        if (!continuation.startsWith("+")) {
            return new Response(List.of(), continuation);
        }
        sendRaw(literal);
        send(afterLiteral);
        return readUntilTagged(tag);
    }

    public String nextTag() {
        return "a" + (++tagCounter);
    }

    public Response readUntilTagged(String tag) throws IOException {
        List<String> untagged = new ArrayList<>();
        while (true) {
            String line = readResponseLine();
            if (line.startsWith(tag + " ")) {
                return new Response(untagged, line);
            }
            untagged.add(line);
        }
    }

    /** One response line with any literals it announces included. */
    public String readResponseLine() throws IOException {
        return ResponseLines.read(in, StandardCharsets.UTF_8);
    }

    /** True once the server has closed the connection. */
    public boolean isClosedByServer() throws IOException {
        return in.read() < 0;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** The untagged lines and the tagged completion of one command. */
    public record Response(List<String> untagged, String tagged) {

        public boolean ok() {
            return tagged.split(" ", 3)[1].equals("OK");
        }

        public String status() {
            return tagged.split(" ", 3)[1];
        }

        /** The untagged lines containing the text. */
        public List<String> lines(String text) {
            return untagged.stream().filter(line -> line.contains(text)).toList();
        }

        public boolean has(String text) {
            return untagged.stream().anyMatch(line -> line.contains(text));
        }
    }
}
