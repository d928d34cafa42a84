package org.bridgehead.imap.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A value in a server response. {@link ImapWriter} picks the wire form: strings become quoted
 * strings or literals as their content requires, lists are parenthesised.
 */
public sealed interface ImapValue {

    /** Written verbatim: keywords, flags, item names such as {@code BODY[HEADER]<0>}. */
    record Atom(String text) implements ImapValue {
        public Atom {
            if (text.isEmpty() || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("an atom is non-empty and single-line");
            }
        }
    }

    record Number(long value) implements ImapValue {
        public Number {
            if (value < 0) {
                throw new IllegalArgumentException("IMAP numbers are unsigned");
            }
        }
    }

    /** A string: quoted when short 7-bit text, otherwise a literal of its UTF-8 bytes. */
    record Str(String value) implements ImapValue {
    }

    record Nil() implements ImapValue {
    }

    record ValueList(List<ImapValue> items) implements ImapValue {
        public ValueList {
            items = List.copyOf(items);
        }
    }

    /**
     * Values written one after the other without separating spaces: the body parts of a
     * multipart BODYSTRUCTURE, {@code ((...)(...) "MIXED")} (RFC 3501 body-type-mpart).
     */
    record Adjacent(List<ImapValue> items) implements ImapValue {
        public Adjacent {
            items = List.copyOf(items);
        }
    }

    /** Bytes always sent as a literal, streamed from their source (message bodies). */
    record Literal(long length, LiteralSource source) implements ImapValue {
    }

    /** Writes exactly the announced number of bytes of a {@link Literal}. */
    @FunctionalInterface
    interface LiteralSource {
        void writeTo(OutputStream out) throws IOException;
    }

    Nil NIL = new Nil();

    static ImapValue atom(String text) {
        return new Atom(text);
    }

    static ImapValue number(long value) {
        return new Number(value);
    }

    static ImapValue string(String value) {
        return new Str(value);
    }

    /** NIL for empty, a string otherwise. */
    static ImapValue nstring(Optional<String> value) {
        return value.<ImapValue>map(Str::new).orElse(NIL);
    }

    /** An astring (mailbox names): an atom when the text allows it, a string otherwise. */
    static ImapValue astring(String value) {
        boolean atomSafe = !value.isEmpty() && !value.equalsIgnoreCase("NIL")
                && value.chars().allMatch(c -> c > 0x20 && c < 0x7f && "(){%*\"\\".indexOf(c) < 0);
        return atomSafe ? new Atom(value) : new Str(value);
    }

    static ImapValue list(ImapValue... items) {
        return new ValueList(Arrays.asList(items));
    }

    static ImapValue list(List<? extends ImapValue> items) {
        return new ValueList(List.copyOf(items));
    }

    /** A flag list: {@code (\Seen $Junk)}. */
    static ImapValue flags(Collection<Flag> flags) {
        return new ValueList(flags.stream().<ImapValue>map(flag -> new Atom(flag.name())).toList());
    }

    /**
     * A literal streamed from {@code in}, which must hold at least {@code length} bytes; exactly
     * that many are copied. The stream is read once, when the value is written.
     */
    static ImapValue literal(long length, InputStream in) {
        return new Literal(length, out -> LiteralData.copyExactly(in, out, length));
    }

    /** A literal of in-memory bytes. */
    static ImapValue literal(byte[] bytes) {
        byte[] copy = bytes.clone();
        return new Literal(copy.length, out -> out.write(copy));
    }
}
