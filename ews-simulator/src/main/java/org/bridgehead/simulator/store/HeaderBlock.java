package org.bridgehead.simulator.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a MIME entity's header block without a MIME library: the headers unfolded, in order, and
 * where the body starts. Header bytes are read as UTF-8, which covers ASCII and the raw UTF-8
 * some mailers send.
 *
 * @param headers   the headers, unfolded
 * @param bodyStart offset of the first body byte (after the empty line)
 */
record HeaderBlock(List<MessageHeader> headers, int bodyStart) {

    static List<MessageHeader> parse(byte[] mime) {
        return parse(mime, 0, mime.length).headers();
    }

    /** Parses the entity occupying {@code mime[from, to)}. */
    static HeaderBlock parse(byte[] mime, int from, int to) {
        int end = to;
        int bodyStart = to;
        for (int i = from; i < to; i++) {
            if (i == from && (mime[i] == '\n' || (mime[i] == '\r' && i + 1 < to && mime[i + 1] == '\n'))) {
                end = from;
                bodyStart = mime[i] == '\n' ? i + 1 : i + 2;
                break;
            }
            if (mime[i] == '\n' && i + 1 < to) {
                if (mime[i + 1] == '\n') {
                    end = i + 1;
                    bodyStart = i + 2;
                    break;
                }
                if (mime[i + 1] == '\r' && i + 2 < to && mime[i + 2] == '\n') {
                    end = i + 1;
                    bodyStart = i + 3;
                    break;
                }
            }
        }
        String block = new String(mime, from, end - from, StandardCharsets.UTF_8);
        List<MessageHeader> headers = new ArrayList<>();
        StringBuilder current = null;
        for (String line : block.split("\r?\n", -1)) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                if (current != null) {
                    current.append(' ').append(line.strip());
                }
                continue;
            }
            add(headers, current);
            current = line.indexOf(':') > 0 ? new StringBuilder(line) : null;
        }
        add(headers, current);
        return new HeaderBlock(List.copyOf(headers), bodyStart);
    }

    /**
     * The header block as Exchange keeps it in PR_TRANSPORT_MESSAGE_HEADERS: the message's first
     * bytes up to and including the blank line, folding as received.
     */
    static String transportText(byte[] mime) {
        return new String(mime, 0, parse(mime, 0, mime.length).bodyStart(), StandardCharsets.UTF_8);
    }

    /** The first value of a header, or null. */
    String get(String name) {
        for (MessageHeader h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
    }

    private static void add(List<MessageHeader> headers, StringBuilder line) {
        if (line == null) {
            return;
        }
        int colon = line.indexOf(":");
        headers.add(new MessageHeader(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
    }
}
