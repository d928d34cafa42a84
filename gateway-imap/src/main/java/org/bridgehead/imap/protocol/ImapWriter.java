package org.bridgehead.imap.protocol;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes server responses: tagged and untagged status responses with response codes,
 * continuation requests and untagged data built from {@link ImapValue}s. Completion,
 * continuation and BYE responses are flushed; untagged data is buffered until then. Not
 * thread-safe: a connection serialises its writes (IDLE pushes included).
 */
public final class ImapWriter {

    /** Longer strings go as literals: some clients cap quoted strings, and literals need no escaping. */
    static final int MAX_QUOTED_LENGTH = 1024;
    private static final int BUFFER_SIZE = 16 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};

    private final OutputStream out;
    /** True from the first byte of untagged data until its CRLF: a failure then leaves the stream unusable. */
    private boolean midResponse;

    public ImapWriter(OutputStream out) {
        this.out = new BufferedOutputStream(out, BUFFER_SIZE);
    }

    /** {@code tag status text}, flushed. */
    public void tagged(String tag, ResponseStatus status, String text) throws IOException {
        statusLine(tag, status, null, text);
        flush();
    }

    /** {@code tag status [code] text}, flushed. */
    public void tagged(String tag, ResponseStatus status, ResponseCode code, String text) throws IOException {
        statusLine(tag, status, code, text);
        flush();
    }

    /** {@code * status text}; BYE is flushed. */
    public void untagged(ResponseStatus status, String text) throws IOException {
        statusLine("*", status, null, text);
        if (status == ResponseStatus.BYE) {
            flush();
        }
    }

    /** {@code * status [code] text}; BYE is flushed. */
    public void untagged(ResponseStatus status, ResponseCode code, String text) throws IOException {
        statusLine("*", status, code, text);
        if (status == ResponseStatus.BYE) {
            flush();
        }
    }

    /** Untagged data: {@code * } then the values separated by spaces, e.g. {@code * 3 EXISTS}. */
    public void data(ImapValue... values) throws IOException {
        midResponse = true;
        out.write('*');
        for (ImapValue value : values) {
            out.write(' ');
            write(out, value);
        }
        out.write(CRLF);
        midResponse = false;
    }

    /**
     * Whether a response was cut off halfway (a literal announced but not all sent): nothing more can
     * be said on this connection that the client would read as a response.
     */
    public boolean isMidResponse() {
        return midResponse;
    }

    /** A typed untagged data response. */
    public void write(UntaggedResponse response) throws IOException {
        if (response instanceof UntaggedResponse.Capability capability) {
            List<ImapValue> values = new ArrayList<>();
            values.add(ImapValue.atom("CAPABILITY"));
            capability.capabilities().forEach(name -> values.add(ImapValue.atom(name)));
            data(values.toArray(ImapValue[]::new));
        } else if (response instanceof UntaggedResponse.ListEntry entry) {
            data(ImapValue.atom(entry.kind().name()),
                    ImapValue.list(entry.attributes().stream().map(ImapValue::atom).toList()),
                    ImapValue.string(String.valueOf(MailboxName.DELIMITER)),
                    ImapValue.string(MailboxName.toWire(entry.mailbox())));
        } else if (response instanceof UntaggedResponse.Status status) {
            List<ImapValue> items = new ArrayList<>();
            status.values().forEach((item, value) -> {
                items.add(ImapValue.atom(item.name()));
                items.add(ImapValue.number(value));
            });
            data(ImapValue.atom("STATUS"), ImapValue.string(MailboxName.toWire(status.mailbox())), ImapValue.list(items));
        } else if (response instanceof UntaggedResponse.SearchResult search) {
            List<ImapValue> values = new ArrayList<>();
            values.add(ImapValue.atom("SEARCH"));
            search.numbers().forEach(n -> values.add(ImapValue.number(n)));
            search.highestModSeq().ifPresent(modSeq -> values.add(
                    ImapValue.list(ImapValue.atom("MODSEQ"), ImapValue.number(modSeq))));
            data(values.toArray(ImapValue[]::new));
        } else if (response instanceof UntaggedResponse.Flags flags) {
            data(ImapValue.atom("FLAGS"), ImapValue.flags(flags.flags()));
        } else if (response instanceof UntaggedResponse.Exists exists) {
            data(ImapValue.number(exists.count()), ImapValue.atom("EXISTS"));
        } else if (response instanceof UntaggedResponse.Recent recent) {
            data(ImapValue.number(recent.count()), ImapValue.atom("RECENT"));
        } else if (response instanceof UntaggedResponse.Expunge expunge) {
            data(ImapValue.number(expunge.sequenceNumber()), ImapValue.atom("EXPUNGE"));
        } else if (response instanceof UntaggedResponse.Vanished vanished) {
            if (vanished.earlier()) {
                data(ImapValue.atom("VANISHED"), ImapValue.list(ImapValue.atom("EARLIER")),
                        ImapValue.atom(vanished.uids().toString()));
            } else {
                data(ImapValue.atom("VANISHED"), ImapValue.atom(vanished.uids().toString()));
            }
        } else if (response instanceof UntaggedResponse.Condition condition) {
            untagged(condition.status(), condition.code(), condition.text());
        } else if (response instanceof UntaggedResponse.Fetch fetch) {
            List<ImapValue> items = new ArrayList<>();
            for (UntaggedResponse.Fetch.Item item : fetch.items()) {
                items.add(ImapValue.atom(item.name()));
                items.add(item.value());
            }
            data(ImapValue.number(fetch.sequenceNumber()), ImapValue.atom("FETCH"), ImapValue.list(items));
        }
    }

    /** {@code + text}, flushed: the client is waiting for it. */
    public void continuation(String text) throws IOException {
        out.write(("+ " + singleLine(text)).getBytes(StandardCharsets.UTF_8));
        out.write(CRLF);
        flush();
    }

    public void flush() throws IOException {
        out.flush();
    }

    /** The wire form of one value, for tests and diagnostics. */
    public static byte[] render(ImapValue value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(bytes, value);
        } catch (IOException e) {
            throw new IllegalStateException("a literal source failed while rendering", e);
        }
        return bytes.toByteArray();
    }

    private void statusLine(String tag, ResponseStatus status, ResponseCode code, String text) throws IOException {
        StringBuilder line = new StringBuilder(tag).append(' ').append(status.name()).append(' ');
        if (code != null) {
            line.append(code).append(' ');
        }
        String clean = singleLine(text);
        line.append(clean.isBlank() ? status.name() : clean);
        out.write(line.toString().getBytes(StandardCharsets.UTF_8));
        out.write(CRLF);
    }

    private static void write(OutputStream out, ImapValue value) throws IOException {
        if (value instanceof ImapValue.Atom atom) {
            out.write(atom.text().getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof ImapValue.Number number) {
            out.write(Long.toString(number.value()).getBytes(StandardCharsets.US_ASCII));
        } else if (value instanceof ImapValue.Nil) {
            out.write(new byte[] {'N', 'I', 'L'});
        } else if (value instanceof ImapValue.Str str) {
            writeString(out, str.value());
        } else if (value instanceof ImapValue.ValueList list) {
            out.write('(');
            boolean first = true;
            for (ImapValue item : list.items()) {
                if (!first) {
                    out.write(' ');
                }
                first = false;
                write(out, item);
            }
            out.write(')');
        } else if (value instanceof ImapValue.Adjacent adjacent) {
            for (ImapValue item : adjacent.items()) {
                write(out, item);
            }
        } else if (value instanceof ImapValue.Literal literal) {
            writeLiteral(out, literal);
        }
    }

    private static void writeString(OutputStream out, String value) throws IOException {
        if (quotable(value)) {
            out.write('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"' || c == '\\') {
                    out.write('\\');
                }
                out.write(c);
            }
            out.write('"');
        } else {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            writeLiteral(out, new ImapValue.Literal(bytes.length, target -> target.write(bytes)));
        }
    }

    /** 7-bit text without CR, LF or NUL, and not too long. */
    static boolean quotable(String value) {
        if (value.length() > MAX_QUOTED_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0 || c == '\r' || c == '\n' || c > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static void writeLiteral(OutputStream out, ImapValue.Literal literal) throws IOException {
        out.write(("{" + literal.length() + "}").getBytes(StandardCharsets.US_ASCII));
        out.write(CRLF);
        CountingStream counted = new CountingStream(out);
        literal.source().writeTo(counted);
        if (counted.count != literal.length()) {
            // The client would read the next bytes as part of the literal: the connection is unusable.
            throw new IOException("literal announced " + literal.length() + " bytes but its source wrote "
                    + counted.count);
        }
    }

    private static String singleLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ');
    }

    /** Counts bytes on their way to the connection; close() is not passed on. */
    private static final class CountingStream extends FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
