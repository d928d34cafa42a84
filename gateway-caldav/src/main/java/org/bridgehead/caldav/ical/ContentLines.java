package org.bridgehead.caldav.ical;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes the content-line syntax iCalendar and vCard share: unfolding, parameters with
 * quoted values, nested BEGIN/END. It checks structure, not semantics; the backend maps content.
 */
public final class ContentLines {

    private ContentLines() {
    }

    /** The outermost component of {@code text}; the exception's message says what is wrong and where. */
    public static Component parse(String text) throws MalformedContentException {
        List<String> lines = unfold(text);
        Deque<Builder> open = new ArrayDeque<>();
        Component root = null;
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (root != null) {
                throw new MalformedContentException("line " + number + ": content after END:" + root.name());
            }
            Property property = property(line, number);
            if (property.name().equals("BEGIN")) {
                open.push(new Builder(property.value().toUpperCase(Locale.ROOT)));
            } else if (property.name().equals("END")) {
                Builder done = open.poll();
                if (done == null || !done.name.equalsIgnoreCase(property.value())) {
                    throw new MalformedContentException("line " + number + ": END:" + property.value()
                            + (done == null ? " without BEGIN" : " closes BEGIN:" + done.name));
                }
                Component component = new Component(done.name, done.properties, done.components);
                if (open.isEmpty()) {
                    root = component;
                } else {
                    open.peek().components.add(component);
                }
            } else if (open.isEmpty()) {
                throw new MalformedContentException("line " + number + ": " + property.name() + " outside BEGIN/END");
            } else {
                open.peek().properties.add(property);
            }
        }
        if (!open.isEmpty()) {
            throw new MalformedContentException("BEGIN:" + open.peek().name + " is never closed");
        }
        if (root == null) {
            throw new MalformedContentException("no BEGIN line: the body is empty or not iCalendar/vCard");
        }
        return root;
    }

    static List<String> unfold(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = null;
        for (String raw : text.split("\r\n|\n|\r", -1)) {
            if (!raw.isEmpty() && (raw.charAt(0) == ' ' || raw.charAt(0) == '\t') && current != null) {
                current.append(raw, 1, raw.length());
            } else {
                if (current != null) {
                    lines.add(current.toString());
                }
                current = new StringBuilder(raw);
            }
        }
        if (current != null) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static Property property(String line, int number) throws MalformedContentException {
        int i = 0;
        int length = line.length();
        while (i < length && line.charAt(i) != ';' && line.charAt(i) != ':') {
            i++;
        }
        if (i == length) {
            throw new MalformedContentException("line " + number + ": no ':' in \"" + abbreviate(line) + "\"");
        }
        String fullName = line.substring(0, i).trim();
        if (fullName.isEmpty()) {
            throw new MalformedContentException("line " + number + ": a property without a name");
        }
        String group = "";
        int dot = fullName.lastIndexOf('.');
        if (dot > 0) {
            group = fullName.substring(0, dot);
            fullName = fullName.substring(dot + 1);
        }
        Map<String, List<String>> params = new LinkedHashMap<>();
        while (i < length && line.charAt(i) == ';') {
            int nameStart = ++i;
            while (i < length && line.charAt(i) != '=' && line.charAt(i) != ';' && line.charAt(i) != ':') {
                i++;
            }
            String paramName = line.substring(nameStart, i).toUpperCase(Locale.ROOT);
            List<String> values = new ArrayList<>();
            if (i < length && line.charAt(i) == '=') {
                do {
                    i++;
                    if (i < length && line.charAt(i) == '"') {
                        int close = line.indexOf('"', i + 1);
                        if (close < 0) {
                            throw new MalformedContentException("line " + number + ": unclosed quote in parameter "
                                    + paramName);
                        }
                        values.add(line.substring(i + 1, close));
                        i = close + 1;
                    } else {
                        int start = i;
                        while (i < length && line.charAt(i) != ',' && line.charAt(i) != ';' && line.charAt(i) != ':') {
                            i++;
                        }
                        values.add(line.substring(start, i));
                    }
                } while (i < length && line.charAt(i) == ',');
            }
            params.merge(paramName, values, (a, b) -> {
                List<String> merged = new ArrayList<>(a);
                merged.addAll(b);
                return merged;
            });
        }
        if (i >= length || line.charAt(i) != ':') {
            throw new MalformedContentException("line " + number + ": no ':' after the parameters of " + fullName);
        }
        return new Property(group, fullName, params, line.substring(i + 1));
    }

    /** One property as a content line, parameters quoted where needed. */
    static String format(Property property) {
        StringBuilder line = new StringBuilder();
        if (!property.group().isEmpty()) {
            line.append(property.group()).append('.');
        }
        line.append(property.name());
        property.params().forEach((name, values) -> {
            line.append(';').append(name);
            if (!values.isEmpty()) {
                line.append('=');
                for (int v = 0; v < values.size(); v++) {
                    String value = values.get(v);
                    boolean quote = value.indexOf(':') >= 0 || value.indexOf(';') >= 0 || value.indexOf(',') >= 0;
                    line.append(v > 0 ? "," : "").append(quote ? "\"" + value + "\"" : value);
                }
            }
        });
        return line.append(':').append(property.value()).toString();
    }

    /** Appends a content line folded at 75 octets without splitting a UTF-8 sequence. */
    static void fold(StringBuilder out, String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }

    /** A component being read: its properties and sub-components so far. */
    private static final class Builder {
        final String name;
        final List<Property> properties = new ArrayList<>();
        final List<Component> components = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }
    }

    private static String abbreviate(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
