package org.bridgehead.simulator.soap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming XML writer. Names are written as given (already prefixed, e.g. "t:Folder"),
 * since EWS responses use fixed prefixes; text and attribute values are escaped.
 */
public final class XmlWriter {
    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;

    public XmlWriter(Writer out) {
        this.out = out;
    }

    /** Opens an element; attributes may follow until content or another element is written. */
    public XmlWriter start(String name) {
        closeStartTag();
        write("<").write(name);
        open.push(name);
        startTagOpen = true;
        return this;
    }

    public XmlWriter attr(String name, Object value) {
        if (!startTagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        write(" ").write(name).write("=\"").write(escape(String.valueOf(value), true)).write("\"");
        return this;
    }

    public XmlWriter text(Object value) {
        closeStartTag();
        return write(escape(String.valueOf(value), false));
    }

    public XmlWriter end() {
        String name = open.pop();
        if (startTagOpen) {
            write("/>");
            startTagOpen = false;
        } else {
            write("</").write(name).write(">");
        }
        return this;
    }

    /** Writes {@code <name>value</name>}. */
    public XmlWriter element(String name, Object value) {
        return start(name).text(value).end();
    }

    /** Writes {@code <name>value</name>} only when the value is not null. */
    public XmlWriter optional(String name, Object value) {
        return value == null ? this : element(name, value);
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStartTag() {
        if (startTagOpen) {
            write(">");
            startTagOpen = false;
        }
    }

    private XmlWriter write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    static String escape(String s, boolean attribute) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> attribute ? "&quot;" : null;
                case '\r' -> "&#xD;";
                case '\n' -> attribute ? "&#xA;" : null;
                case '\t' -> attribute ? "&#x9;" : null;
                default -> null;
            };
            if (rep == null && c < 0x20 && c != '\n' && c != '\t') {
                rep = ""; // not allowed in XML 1.0
            }
            if (rep != null) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                b.append(rep);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
