package org.bridgehead.imap.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Typed, in-order access to command arguments; every mismatch is an {@link ImapSyntaxException}. */
public final class TokenCursor {

    /** A literal used as a plain string argument (mailbox, search text) is decoded up to this size. */
    private static final int MAX_STRING_LITERAL = 64 * 1024;

    private final List<ImapToken> tokens;
    private int position;

    public TokenCursor(List<ImapToken> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    public boolean hasNext() {
        return position < tokens.size();
    }

    /** The next token without consuming it. */
    public ImapToken peek() throws ImapSyntaxException {
        if (!hasNext()) {
            throw new ImapSyntaxException("Missing argument");
        }
        return tokens.get(position);
    }

    public ImapToken next() throws ImapSyntaxException {
        ImapToken token = peek();
        position++;
        return token;
    }

    /** Whether the next token is the atom {@code word} (case-insensitive). */
    public boolean nextIsAtom(String word) {
        return hasNext() && tokens.get(position) instanceof ImapToken.Atom atom
                && atom.value().equalsIgnoreCase(word);
    }

    public boolean nextIsList() {
        return hasNext() && tokens.get(position) instanceof ImapToken.ParenList;
    }

    /** A bare atom (NIL reads as the word "NIL"). */
    public String atom() throws ImapSyntaxException {
        ImapToken token = next();
        if (token instanceof ImapToken.Atom atom) {
            return atom.value();
        }
        if (token instanceof ImapToken.Nil) {
            return "NIL";
        }
        throw new ImapSyntaxException("Expected an atom");
    }

    /** An astring: atom, quoted string or literal. */
    public String astring() throws ImapSyntaxException {
        ImapToken token = peek();
        if (token instanceof ImapToken.Atom || token instanceof ImapToken.Nil) {
            return atom();
        }
        return string();
    }

    /** A string: quoted or literal. */
    public String string() throws ImapSyntaxException {
        return new String(stringBytes(), StandardCharsets.UTF_8);
    }

    /** A quoted string or literal as bytes (UTF-8 for quoted strings), for charset-aware parsers. */
    public byte[] stringBytes() throws ImapSyntaxException {
        ImapToken token = next();
        if (token instanceof ImapToken.QuotedString quoted) {
            return quoted.value().getBytes(StandardCharsets.UTF_8);
        }
        if (token instanceof ImapToken.Literal literal) {
            try {
                return literal.data().toByteArray(MAX_STRING_LITERAL);
            } catch (IOException e) {
                throw new ImapSyntaxException("String argument too long");
            }
        }
        throw new ImapSyntaxException("Expected a string");
    }

    /** An astring whose bytes are kept, for search keys in a declared charset. */
    public byte[] astringBytes() throws ImapSyntaxException {
        ImapToken token = peek();
        if (token instanceof ImapToken.Atom || token instanceof ImapToken.Nil) {
            return atom().getBytes(StandardCharsets.US_ASCII);
        }
        return stringBytes();
    }

    /** NIL or a string. */
    public Optional<String> nstring() throws ImapSyntaxException {
        if (hasNext() && tokens.get(position) instanceof ImapToken.Nil) {
            position++;
            return Optional.empty();
        }
        return Optional.of(string());
    }

    /** A number (0 .. 2^63-1). */
    public long number() throws ImapSyntaxException {
        String digits = atom();
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ImapSyntaxException("Expected a number");
        }
        return Long.parseLong(digits);
    }

    /** A parenthesised list, as a cursor over its items. */
    public TokenCursor list() throws ImapSyntaxException {
        if (next() instanceof ImapToken.ParenList list) {
            return new TokenCursor(list.items());
        }
        throw new ImapSyntaxException("Expected a parenthesised list");
    }

    /** A literal (APPEND message data); a quoted string is accepted as a tiny literal. */
    public LiteralData literal() throws ImapSyntaxException {
        ImapToken token = next();
        if (token instanceof ImapToken.Literal literal) {
            return literal.data();
        }
        if (token instanceof ImapToken.QuotedString quoted) {
            return LiteralData.of(quoted.value().getBytes(StandardCharsets.UTF_8));
        }
        throw new ImapSyntaxException("Expected a literal");
    }

    /** Fails when arguments are left over. */
    public void end() throws ImapSyntaxException {
        if (hasNext()) {
            throw new ImapSyntaxException("Unexpected extra arguments");
        }
    }
}
