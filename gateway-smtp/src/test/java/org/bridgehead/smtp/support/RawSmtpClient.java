package org.bridgehead.smtp.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A line-level SMTP client over a plain socket, for asserting exact replies. */
public final class RawSmtpClient implements AutoCloseable {

    /** A reply as read from the wire. */
    public record Reply(int code, List<String> lines) {
        /** The first line without the code and separator. */
        public String text() {
            return lines.get(0).substring(4);
        }

        /** The whole first line, such as {@code 250 2.0.0 OK}. */
        public String line() {
            return lines.get(0);
        }
    }

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    public RawSmtpClient(InetSocketAddress address) throws IOException {
        socket = new Socket();
        socket.connect(address, 5_000);
        socket.setSoTimeout(10_000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        out = socket.getOutputStream();
    }

    /** Connects and reads the greeting. */
    public static RawSmtpClient connect(InetSocketAddress address) throws IOException {
        RawSmtpClient client = new RawSmtpClient(address);
        Reply greeting = client.readReply();
        if (greeting.code() != 220) {
            throw new IOException("unexpected greeting " + greeting);
        }
        return client;
    }

    /** Connects, greets, and authenticates with AUTH PLAIN. */
    public static RawSmtpClient connectAuthenticated(InetSocketAddress address, String user, String password) throws IOException {
        RawSmtpClient client = connect(address);
        client.command("EHLO client.test");
        Reply auth = client.command("AUTH PLAIN " + plain(user, password));
        if (auth.code() != 235) {
            throw new IOException("authentication failed: " + auth);
        }
        return client;
    }

    public static String plain(String user, String password) {
        return base64("\0" + user + "\0" + password);
    }

    public static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends one line and reads its reply. */
    public Reply command(String line) throws IOException {
        send(line);
        return readReply();
    }

    public void send(String line) throws IOException {
        sendRaw((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    public void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    public Reply readReply() throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = in.readLine();
            if (line == null) {
                throw new IOException("connection closed; reply so far: " + lines);
            }
            lines.add(line);
            if (line.length() < 4 || line.charAt(3) != '-') {
                return new Reply(Integer.parseInt(line.substring(0, 3)), List.copyOf(lines));
            }
        }
    }

    /** True once the server has closed the connection (reads end of stream). */
    public boolean closedByServer() throws IOException {
        return in.read() < 0;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
