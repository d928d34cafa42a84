package org.bridgehead.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of a Java properties file the way {@link java.util.Properties#load(java.io.Reader)}
 * does, but keeps the line on which each entry starts, so that errors can point at it.
 * Handles comments ({@code #}, {@code !}), the separators {@code =}, {@code :} and white space,
 * continuation lines ending in a backslash, and escapes including {@code \}{@code uHHHH}.
 */
final class PropertiesParser {

    /** What one logical line of the file holds, in file order. */
    sealed interface Line permits Entry, SyntaxError {
        /** The 1-based line where it starts. */
        int line();
    }

    /** One key and value. */
    record Entry(String key, String value, int line) implements Line {
    }

    /** A line that could not be read, with what is wrong with it. */
    record SyntaxError(int line, String problem) implements Line {
    }

    private final String text;
    private int position;
    private int nextLineNumber = 1;

    private PropertiesParser(String text) {
        this.text = text;
    }

    static List<Line> parse(String text) {
        return new PropertiesParser(text).parseAll();
    }

    private List<Line> parseAll() {
        List<Line> lines = new ArrayList<>();
        while (position < text.length()) {
            int line = nextLineNumber;
            String natural = stripLeadingWhitespace(readNaturalLine());
            if (natural.isEmpty() || natural.charAt(0) == '#' || natural.charAt(0) == '!') {
                continue;
            }
            String logical = joinContinuations(natural);
            try {
                lines.add(splitEntry(logical, line));
            } catch (IllegalArgumentException malformed) {
                lines.add(new SyntaxError(line, malformed.getMessage()));
            }
        }
        return List.copyOf(lines);
    }

    /** Reads up to the next \n, \r or \r\n, which is consumed but not returned. */
    private String readNaturalLine() {
        int start = position;
        while (position < text.length() && text.charAt(position) != '\n' && text.charAt(position) != '\r') {
            position++;
        }
        String line = text.substring(start, position);
        if (position < text.length()) {
            if (text.charAt(position) == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n') {
                position++;
            }
            position++;
        }
        nextLineNumber++;
        return line;
    }

    /** A line ending in an odd number of backslashes continues on the next line. */
    private String joinContinuations(String firstLine) {
        StringBuilder logical = new StringBuilder(firstLine);
        while (endsWithOddBackslashes(logical)) {
            logical.setLength(logical.length() - 1);
            if (position >= text.length()) {
                break;
            }
            logical.append(stripLeadingWhitespace(readNaturalLine()));
        }
        return logical.toString();
    }

    private static boolean endsWithOddBackslashes(CharSequence line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    private static Entry splitEntry(String logical, int line) {
        int keyEnd = 0;
        while (keyEnd < logical.length()) {
            char c = logical.charAt(keyEnd);
            if (c == '\\') {
                keyEnd += 2;
                continue;
            }
            if (c == '=' || c == ':' || isWhitespace(c)) {
                break;
            }
            keyEnd++;
        }
        keyEnd = Math.min(keyEnd, logical.length());
        int valueStart = keyEnd;
        while (valueStart < logical.length() && isWhitespace(logical.charAt(valueStart))) {
            valueStart++;
        }
        if (valueStart < logical.length() && (logical.charAt(valueStart) == '=' || logical.charAt(valueStart) == ':')) {
            valueStart++;
            while (valueStart < logical.length() && isWhitespace(logical.charAt(valueStart))) {
                valueStart++;
            }
        }
        return new Entry(unescape(logical.substring(0, keyEnd)), unescape(logical.substring(valueStart)), line);
    }

    private static String unescape(String escaped) {
        StringBuilder plain = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c != '\\' || i + 1 == escaped.length()) {
                plain.append(c);
                continue;
            }
            char next = escaped.charAt(++i);
            switch (next) {
                case 't' -> plain.append('\t');
                case 'n' -> plain.append('\n');
                case 'r' -> plain.append('\r');
                case 'f' -> plain.append('\f');
                case 'u' -> {
                    plain.append(unicodeEscape(escaped, i + 1));
                    i += 4;
                }
                default -> plain.append(next);
            }
        }
        return plain.toString();
    }

    private static char unicodeEscape(String escaped, int digitsStart) {
        if (digitsStart + 4 > escaped.length()) {
            throw new IllegalArgumentException("malformed \\uHHHH escape");
        }
        int code = 0;
        for (int i = digitsStart; i < digitsStart + 4; i++) {
            int digit = Character.digit(escaped.charAt(i), 16);
            if (digit < 0) {
                throw new IllegalArgumentException("malformed \\uHHHH escape");
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }

    private static String stripLeadingWhitespace(String line) {
        int start = 0;
        while (start < line.length() && isWhitespace(line.charAt(start))) {
            start++;
        }
        return line.substring(start);
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }
}
