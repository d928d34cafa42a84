package org.bridgehead.imap.differential;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bridgehead.imap.testing.ResponseLines;

/**
 * A raw IMAP client that sends a command exactly as written, with synchronising literals, and
 * returns every response up to the tagged one. Bytes are kept one to one as ISO-8859-1 characters,
 * so 8-bit content compares exactly.
 */
final class WireClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private int tags;

    WireClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(30_000);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
        // Dovecot may first say it is waiting for its auth process; the real greeting follows.
        String greeting = readResponse();
        while (greeting.contains("Waiting for authentication")) {
            greeting = readResponse();
        }
    }

    /** A command and what the server answered. */
    record Exchange(String command, List<String> untagged, String tagged) {
    }

    /**
     * Sends one command: text pieces with literals between them (piece, literal, piece, ...). Each
     * literal waits for the server's continuation; a tagged answer instead ends the command early.
     */
    Exchange send(List<String> pieces, List<byte[]> literals) throws IOException {
        String tag = "d" + (++tags);
        List<String> untagged = new ArrayList<>();
        write(tag + " " + pieces.get(0));
        for (int i = 0; i < literals.size(); i++) {
            byte[] literal = literals.get(i);
            write("{" + literal.length + "}\r\n");
            while (true) {
                String line = readResponse();
                if (line.startsWith("+")) {
                    break;
                }
                if (line.startsWith(tag + " ")) {
                    return new Exchange(String.join("{...}", pieces), untagged, line.substring(tag.length() + 1));
                }
                untagged.add(line);
            }
            out.write(literal);
            write(pieces.get(i + 1));
        }
        write("\r\n");
        return new Exchange(String.join("{...}", pieces), untagged, readUntil(tag, untagged));
    }

    /** Sends a line that is no command (DONE after IDLE) and collects answers up to the tag. */
    Exchange finish(String line, String tag, List<String> untagged) throws IOException {
        write(line + "\r\n");
        return new Exchange(line, untagged, readUntil(tag, untagged));
    }

    /** Sends raw bytes and reads whatever comes until a line starting with the prefix. */
    List<String> raw(byte[] bytes, String untilPrefix) throws IOException {
        out.write(bytes);
        out.flush();
        List<String> lines = new ArrayList<>();
        String line;
        do {
            line = readResponse();
            lines.add(line);
        } while (!line.startsWith(untilPrefix));
        return lines;
    }

    private String readUntil(String tag, List<String> untagged) throws IOException {
        while (true) {
            String line = readResponse();
            if (line.startsWith(tag + " ")) {
                return line.substring(tag.length() + 1);
            }
            untagged.add(line);
        }
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** One response with the literals it carries. */
    String readResponse() throws IOException {
        return ResponseLines.read(in, StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
