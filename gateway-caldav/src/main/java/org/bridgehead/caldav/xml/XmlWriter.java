package org.bridgehead.caldav.xml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * Writes a DAV answer. The namespaces this server speaks get fixed prefixes declared on the root
 * element; any other namespace (a client's property we do not know, echoed in a 404 propstat) is
 * declared on the element that uses it.
 */
public final class XmlWriter {

    private static final Map<String, String> PREFIXES = Map.of(
            DavNames.DAV, "D", DavNames.CALDAV, "C", DavNames.CARDDAV, "CR",
            DavNames.CALSERVER, "CS", DavNames.APPLE, "A");

    private final StringBuilder out = new StringBuilder(1024);
    private final Deque<String> open = new ArrayDeque<>();
    private boolean rootWritten;

    public XmlWriter() {
        out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    }

    public XmlWriter start(QName name) {
        String tag = tag(name);
        out.append('<').append(tag);
        declarations(name);
        out.append('>');
        open.push(tag);
        return this;
    }

    public XmlWriter end() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** An element without content. */
    public XmlWriter empty(QName name) {
        out.append('<').append(tag(name));
        declarations(name);
        out.append("/>");
        return this;
    }

    /** An element holding text. */
    public XmlWriter element(QName name, String text) {
        return start(name).text(text).end();
    }

    /** An element with one attribute and no content, e.g. {@code <C:comp name="VEVENT"/>}. */
    public XmlWriter emptyWithAttribute(QName name, String attribute, String value) {
        out.append('<').append(tag(name));
        declarations(name);
        out.append(' ').append(attribute).append("=\"");
        escape(value, true);
        out.append("\"/>");
        return this;
    }

    public XmlWriter text(String text) {
        escape(text, false);
        return this;
    }

    public byte[] toBytes() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String tag(QName name) {
        String prefix = PREFIXES.get(name.getNamespaceURI());
        if (prefix != null) {
            return prefix + ":" + name.getLocalPart();
        }
        return name.getNamespaceURI().isEmpty() ? name.getLocalPart() : "X:" + name.getLocalPart();
    }

    private void declarations(QName name) {
        if (!rootWritten) {
            rootWritten = true;
            PREFIXES.forEach((uri, prefix) -> {
                out.append(" xmlns:").append(prefix).append("=\"");
                escape(uri, true);
                out.append('"');
            });
        }
        String uri = name.getNamespaceURI();
        if (!uri.isEmpty() && !PREFIXES.containsKey(uri)) {
            out.append(" xmlns:X=\"");
            escape(uri, true);
            out.append('"');
        }
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\r' -> out.append("&#13;");
                default -> {
                    // Characters XML 1.0 cannot carry at all are dropped rather than breaking the document.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
    }
}
