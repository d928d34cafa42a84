package org.bridgehead.simulator.smtp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.bridgehead.simulator.store.OutboundRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands messages for outside recipients to a smart host over plain SMTP, one connection per
 * message. Any refusal (a recipient included) fails the whole hand-over with an IOException, so
 * the sender sees the send fail instead of a partial delivery.
 */
public final class SmtpRelay implements OutboundRelay {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpRelay.class);
    private static final int MAX_REPLY_LINE_BYTES = 4096;
    private static final int MAX_REPLY_LINES = 100;

    private final String host;
    private final int port;
    private final int connectTimeoutMs;
    private final int readTimeoutMs;
    private final String heloName;

    /**
     * @param connectTimeoutMs how long to wait for the TCP connection
     * @param readTimeoutMs    how long to wait for each reply of the smart host
     */
    public SmtpRelay(String host, int port, int connectTimeoutMs, int readTimeoutMs) {
        this.host = Objects.requireNonNull(host);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("smart host port out of range: " + port);
        }
        this.port = port;
        this.connectTimeoutMs = connectTimeoutMs;
        this.readTimeoutMs = readTimeoutMs;
        this.heloName = "ews-simulator.local";
    }

    /**
     * A relay to {@code host:port} with 10 s to connect and 60 s per reply.
     *
     * @throws IllegalArgumentException when the text is not host:port
     */
    public static SmtpRelay to(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostAndPort.length() - 1) {
            throw new IllegalArgumentException("smart host must be host:port: " + hostAndPort);
        }
        String host = hostAndPort.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(hostAndPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("smart host must be host:port: " + hostAndPort, e);
        }
        return new SmtpRelay(host, port, 10_000, 60_000);
    }

    @Override
    public void relay(String envelopeFrom, List<String> recipients, byte[] mime) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMs);
            socket.setSoTimeout(readTimeoutMs);
            SmtpLines in = new SmtpLines(new BufferedInputStream(socket.getInputStream()), MAX_REPLY_LINE_BYTES);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            expect(in, 220, "greeting");
            command(out, "EHLO " + heloName);
            if (reply(in) / 100 != 2) {
                command(out, "HELO " + heloName);
                expect(in, 250, "HELO");
            }
            command(out, "MAIL FROM:<" + envelopeFrom + ">");
            expect(in, 250, "MAIL FROM");
            for (String recipient : recipients) {
                command(out, "RCPT TO:<" + recipient + ">");
                expect(in, 250, "RCPT TO " + recipient);
            }
            command(out, "DATA");
            expect(in, 354, "DATA");
            DotStuffing.write(mime, out);
            out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            expect(in, 250, "end of data");
            command(out, "QUIT");
            LOG.info("Relayed a message from {} to {} recipient(s) through {}:{}", envelopeFrom, recipients.size(),
                    host, port);
        }
    }

    private static void command(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private void expect(SmtpLines in, int code, String step) throws IOException {
        int actual = reply(in);
        if (actual != code && !(code == 250 && actual / 100 == 2)) {
            throw new IOException("smart host " + host + ":" + port + " refused " + step + " with " + actual);
        }
    }

    /** Reads a (possibly multi-line) reply and returns its code. */
    private int reply(SmtpLines in) throws IOException {
        for (int i = 0; i < MAX_REPLY_LINES; i++) {
            String line = in.read();
            if (line == null) {
                throw new IOException("smart host " + host + ":" + port + " closed the connection");
            }
            if (line.length() < 3) {
                throw new IOException("malformed reply from smart host " + host + ":" + port);
            }
            if (line.length() == 3 || line.charAt(3) != '-') {
                try {
                    return Integer.parseInt(line.substring(0, 3));
                } catch (NumberFormatException e) {
                    throw new IOException("malformed reply from smart host " + host + ":" + port, e);
                }
            }
        }
        throw new IOException("reply from smart host " + host + ":" + port + " has too many lines");
    }
}
