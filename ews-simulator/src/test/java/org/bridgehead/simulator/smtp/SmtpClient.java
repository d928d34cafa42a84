package org.bridgehead.simulator.smtp;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A minimal SMTP client for tests: sends lines, returns the final line of each reply. */
public final class SmtpClient implements AutoCloseable {
    private final Socket socket = new Socket();
    private final BufferedReader in;
    private final OutputStream out;

    public SmtpClient(InetSocketAddress address) throws IOException {
        socket.connect(address, 10_000);
        // A gateway's first AUTH signs in to Exchange from a cold JVM: on a loaded machine that
        // has taken DavMail over 10 s.
        socket.setSoTimeout(60_000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        out = socket.getOutputStream();
    }

    /** The final line of the next reply. */
    public String reply() throws IOException {
        String line;
        do {
            line = in.readLine();
            assertNotNull(line, "connection closed while a reply was expected");
        } while (line.length() > 3 && line.charAt(3) == '-');
        return line;
    }

    public String send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return reply();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
