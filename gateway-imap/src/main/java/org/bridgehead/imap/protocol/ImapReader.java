package org.bridgehead.imap.protocol;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads client commands: {@code tag SP name [SP arguments] CRLF}, arguments being atoms,
 * quoted strings, literals ({@code {N}} and LITERAL+ {@code {N+}}), parenthesised lists and
 * NIL. Every line and literal is bounded by {@link ImapReaderLimits}. On malformed input the
 * reader skips what is left of the command (including announced non-synchronizing literals)
 * before throwing, so the following command is read correctly. How long a read may block is
 * the socket's read timeout, set by the server. Not thread-safe: one reader per connection.
 */
public final class ImapReader {

    private static final Logger LOG = LoggerFactory.getLogger(ImapReader.class);
    /** Real commands nest three or four levels; this only stops pathological recursion. */
    private static final int MAX_LIST_DEPTH = 32;
    /** Longest literal size announcement accepted ({@code 10^18} bytes is beyond any bound). */
    private static final int MAX_SIZE_DIGITS = 18;
    /** Enough of a discarded line's end to recognise a literal announcement. */
    private static final int TAIL_KEPT = 32;

    /** Sends the {@code + ...} continuation a client waits for before a synchronizing literal. */
    @FunctionalInterface
    public interface ContinuationRequest {
        void send() throws IOException;
    }

    private final CommandInput input;
    private final ImapReaderLimits limits;
    private final ContinuationRequest continuation;
    private final List<LiteralData> openedLiterals = new ArrayList<>();
    private int lineBytes;
    private boolean atLineEnd;
    /** What the current command may still keep in memory; its later literals are spooled. */
    private long memoryBudget;

    public ImapReader(InputStream in, ImapReaderLimits limits, ContinuationRequest continuation) {
        this.input = new CommandInput(in);
        this.limits = limits;
        this.continuation = continuation;
    }

    /**
     * Reads the next command, or empty when the client closed the connection between commands.
     *
     * @throws ImapSyntaxException the command is malformed; the input is positioned at the next command
     * @throws EOFException        the connection closed in the middle of a command
     */
    public Optional<ImapCommand> readCommand() throws IOException, ImapSyntaxException {
        lineBytes = 0;
        atLineEnd = false;
        memoryBudget = limits.literalMemoryThreshold();
        openedLiterals.clear();
        if (input.peek() < 0) {
            return Optional.empty();
        }
        String tag = null;
        try {
            tag = readTag();
            String name = readCommandName();
            List<ImapToken> arguments = readArguments();
            return Optional.of(new ImapCommand(tag, name, arguments));
        } catch (ImapSyntaxException e) {
            closeOpenedLiterals();
            if (!atLineEnd) {
                discardRestOfCommand();
            }
            throw e.withTag(tag);
        } catch (IOException | RuntimeException e) {
            closeOpenedLiterals();
            throw e;
        }
    }

    /**
     * Reads one raw line (an AUTHENTICATE response, IDLE's {@code DONE}) without its line end,
     * or empty at end of stream. A line over the bound is discarded and reported.
     */
    public Optional<String> readLine() throws IOException, ImapSyntaxException {
        if (input.peek() < 0) {
            return Optional.empty();
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = input.read()) != '\n') {
            if (c < 0) {
                throw new EOFException("connection closed inside a line");
            }
            if (line.size() >= limits.maxLineLength()) {
                atLineEnd = false;
                discardRestOfCommand();
                throw new ImapSyntaxException("Line too long");
            }
            line.write(c);
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return Optional.of(new String(bytes, 0, length, StandardCharsets.UTF_8));
    }

    private String readTag() throws IOException, ImapSyntaxException {
        StringBuilder tag = new StringBuilder();
        int c;
        while ((c = input.peek()) >= 0 && c != ' ' && c != '\r' && c != '\n') {
            if (!isTagChar(c)) {
                throw new ImapSyntaxException("Invalid character in tag");
            }
            tag.append((char) take());
        }
        if (c < 0) {
            throw new EOFException("connection closed inside a command");
        }
        if (tag.isEmpty()) {
            if (c != ' ') {
                consumeLineEnd();
            }
            throw new ImapSyntaxException("Empty command line");
        }
        return tag.toString();
    }

    private String readCommandName() throws IOException, ImapSyntaxException {
        int c = input.peek();
        if (c != ' ') {
            if (c == '\r' || c == '\n') {
                consumeLineEnd();
            }
            throw new ImapSyntaxException("Missing command name");
        }
        take();
        StringBuilder name = new StringBuilder();
        while ((c = input.peek()) >= 0 && isAtomChar(c)) {
            name.append((char) take());
        }
        if (name.isEmpty()) {
            throw new ImapSyntaxException("Missing command name");
        }
        return name.toString().toUpperCase(Locale.ROOT);
    }

    private List<ImapToken> readArguments() throws IOException, ImapSyntaxException {
        Deque<List<ImapToken>> enclosing = new ArrayDeque<>();
        List<ImapToken> current = new ArrayList<>();
        boolean separated = false;
        while (true) {
            int c = input.peek();
            if (c < 0) {
                throw new EOFException("connection closed inside a command");
            }
            if (c == '\r' || c == '\n') {
                consumeLineEnd();
                if (!enclosing.isEmpty()) {
                    throw new ImapSyntaxException("Unbalanced parentheses: missing )");
                }
                return List.copyOf(current);
            }
            if (c == ' ') {
                take();
                separated = true;
                continue;
            }
            if (c == ')') {
                take();
                if (enclosing.isEmpty()) {
                    throw new ImapSyntaxException("Unbalanced parentheses: unexpected )");
                }
                ImapToken.ParenList list = new ImapToken.ParenList(current);
                current = enclosing.pop();
                current.add(list);
                separated = false;
                continue;
            }
            if (!separated) {
                throw new ImapSyntaxException("Missing space between arguments");
            }
            separated = false;
            switch (c) {
                case '(' -> {
                    take();
                    if (enclosing.size() >= MAX_LIST_DEPTH) {
                        throw new ImapSyntaxException("Lists nested too deeply");
                    }
                    enclosing.push(current);
                    current = new ArrayList<>();
                    separated = true;
                }
                case '"' -> current.add(new ImapToken.QuotedString(readQuoted()));
                case '{' -> current.add(new ImapToken.Literal(readLiteral()));
                default -> current.add(readAtom());
            }
        }
    }

    private ImapToken readAtom() throws IOException, ImapSyntaxException {
        StringBuilder atom = new StringBuilder();
        int bracketDepth = 0;
        while (true) {
            int c = input.peek();
            if (bracketDepth > 0) {
                // FETCH section specs keep spaces and lists inside brackets: BODY[HEADER.FIELDS (A B)]
                if (c < 0x20 || c > 0x7e) {
                    throw new ImapSyntaxException("Unterminated [ in argument");
                }
                bracketDepth += c == '[' ? 1 : c == ']' ? -1 : 0;
            } else if (c == '[') {
                bracketDepth = 1;
            } else if (c < 0 || !isAtomChar(c)) {
                break;
            }
            atom.append((char) take());
        }
        if (atom.isEmpty()) {
            throw new ImapSyntaxException("Unexpected character in arguments");
        }
        String value = atom.toString();
        return value.equalsIgnoreCase("NIL") ? new ImapToken.Nil() : new ImapToken.Atom(value);
    }

    private String readQuoted() throws IOException, ImapSyntaxException {
        take();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (true) {
            int c = input.peek();
            if (c < 0) {
                throw new EOFException("connection closed inside a quoted string");
            }
            if (c == '\r' || c == '\n' || c == 0) {
                throw new ImapSyntaxException("Unterminated quoted string");
            }
            take();
            if (c == '"') {
                return decodeUtf8(bytes.toByteArray());
            }
            if (c == '\\') {
                int escaped = input.peek();
                if (escaped != '"' && escaped != '\\') {
                    throw new ImapSyntaxException("Invalid escape in quoted string");
                }
                take();
                c = escaped;
            }
            bytes.write(c);
        }
    }

    private LiteralData readLiteral() throws IOException, ImapSyntaxException {
        take();
        long size = 0;
        int digits = 0;
        int c;
        while ((c = input.peek()) >= '0' && c <= '9') {
            take();
            if (++digits > MAX_SIZE_DIGITS) {
                throw new ImapSyntaxException("Invalid literal size");
            }
            size = size * 10 + (c - '0');
        }
        boolean synchronizing = true;
        if (c == '+') {
            take();
            synchronizing = false;
            c = input.peek();
        }
        if (digits == 0 || c != '}') {
            throw new ImapSyntaxException("Invalid literal");
        }
        take();
        c = input.peek();
        if (c != '\r' && c != '\n') {
            throw new ImapSyntaxException("Literal must end the line");
        }
        consumeLineEnd();
        if (size > limits.maxLiteralSize()) {
            if (!synchronizing) {
                // LITERAL+: the client sends the bytes anyway; skip them to stay in step.
                input.discard(size);
                atLineEnd = false;
            }
            throw new ImapSyntaxException("Literal too large (limit " + limits.maxLiteralSize() + " bytes)");
        }
        if (synchronizing) {
            continuation.send();
        }
        LiteralData data = LiteralData.read(input, size, memoryBudget, limits.spoolDirectory());
        if (!data.spooled()) {
            memoryBudget -= size;
        }
        openedLiterals.add(data);
        atLineEnd = false;
        return data;
    }

    private void consumeLineEnd() throws IOException, ImapSyntaxException {
        int c = input.read();
        if (c == '\r') {
            c = input.read();
        }
        if (c < 0) {
            throw new EOFException("connection closed inside a command");
        }
        if (c != '\n') {
            throw new ImapSyntaxException("CR not followed by LF");
        }
        atLineEnd = true;
    }

    /** Consumes one byte of command line text, enforcing the line length bound. */
    private int take() throws IOException, ImapSyntaxException {
        int c = input.read();
        if (c < 0) {
            throw new EOFException("connection closed inside a command");
        }
        if (++lineBytes > limits.maxLineLength()) {
            throw new ImapSyntaxException("Command line too long");
        }
        return c;
    }

    /**
     * Skips the rest of a rejected command: up to the end of the line, then the bytes of any
     * non-synchronizing literal announced there and the line that follows it. A synchronizing
     * literal ends the skip: the client waits for a continuation it will never get.
     */
    private void discardRestOfCommand() throws IOException {
        while (true) {
            StringBuilder tail = new StringBuilder();
            int c;
            while ((c = input.read()) >= 0 && c != '\n') {
                tail.append((char) c);
                if (tail.length() > TAIL_KEPT) {
                    tail.delete(0, tail.length() - TAIL_KEPT);
                }
            }
            atLineEnd = true;
            long nonSynchronizingSize = nonSynchronizingLiteralAtEnd(tail);
            if (c < 0 || nonSynchronizingSize < 0) {
                return;
            }
            input.discard(nonSynchronizingSize);
        }
    }

    private static long nonSynchronizingLiteralAtEnd(StringBuilder tail) {
        int end = tail.length();
        if (end > 0 && tail.charAt(end - 1) == '\r') {
            end--;
        }
        if (end < 4 || tail.charAt(end - 1) != '}' || tail.charAt(end - 2) != '+') {
            return -1;
        }
        int open = tail.lastIndexOf("{", end - 3);
        if (open < 0 || open == end - 3 || end - 2 - open - 1 > MAX_SIZE_DIGITS) {
            return -1;
        }
        String digits = tail.substring(open + 1, end - 2);
        return digits.chars().allMatch(Character::isDigit) ? Long.parseLong(digits) : -1;
    }

    private void closeOpenedLiterals() {
        for (LiteralData literal : openedLiterals) {
            try {
                literal.close();
            } catch (IOException e) {
                LOG.warn("Could not delete spooled literal of a rejected command", e);
            }
        }
        openedLiterals.clear();
    }

    private static String decodeUtf8(byte[] bytes) throws ImapSyntaxException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImapSyntaxException("Quoted string is not valid UTF-8");
        }
    }

    /** ATOM-CHAR plus the list wildcards, '\' and ']' (flags, patterns, sequence sets, astrings). */
    static boolean isAtomChar(int c) {
        return c > 0x20 && c < 0x7f && c != '(' && c != ')' && c != '{' && c != '"';
    }

    private static boolean isTagChar(int c) {
        return isAtomChar(c) && c != '+' && c != '*' && c != '%' && c != '\\';
    }
}
