package org.bridgehead.simulator.oauth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One flat JSON object of strings and numbers: what the identity provider writes, and reads back from its own tokens. */
public final class FlatJson {
    private static final Pattern MEMBER = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|-?[0-9]+)");

    private final Map<String, Object> members = new LinkedHashMap<>();

    public FlatJson put(String name, String value) {
        members.put(name, value);
        return this;
    }

    public FlatJson put(String name, long value) {
        members.put(name, value);
        return this;
    }

    /** A member whose value is already JSON (an array). */
    public FlatJson putJson(String name, String json) {
        members.put(name, new Raw(json));
        return this;
    }

    private record Raw(String json) {
        @Override
        public String toString() {
            return json;
        }
    }

    @Override
    public String toString() {
        StringBuilder json = new StringBuilder("{");
        members.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append(quote(name)).append(':').append(value instanceof String s ? quote(s) : value.toString());
        });
        return json.append('}').toString();
    }

    /** The members of a flat object as text (numbers as their digits); nested values are not read. */
    static Map<String, String> parse(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = MEMBER.matcher(json);
        while (m.find()) {
            values.put(unquote(m.group(1)), m.group(3) != null ? unquote(m.group(3)) : m.group(2));
        }
        return values;
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String unquote(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }
}
