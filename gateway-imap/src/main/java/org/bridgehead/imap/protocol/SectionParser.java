package org.bridgehead.imap.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses the text between the brackets of {@code BODY[...]}. */
final class SectionParser {

    private SectionParser() {
    }

    static SectionSpec parse(String text) throws ImapSyntaxException {
        List<Integer> part = new ArrayList<>();
        int i = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            int start = i;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
            if (i - start > 9 || text.charAt(start) == '0') {
                throw new ImapSyntaxException("Invalid part number in section " + text);
            }
            part.add(Integer.parseInt(text, start, i, 10));
            if (i < text.length()) {
                if (text.charAt(i) != '.') {
                    throw new ImapSyntaxException("Invalid section " + text);
                }
                i++;
                if (i == text.length()) {
                    throw new ImapSyntaxException("Invalid section " + text);
                }
            }
        }
        String rest = text.substring(i);
        String upper = rest.toUpperCase(Locale.ROOT);
        if (rest.isEmpty()) {
            return new SectionSpec(part, SectionSpec.Text.CONTENT, List.of());
        }
        switch (upper) {
            case "HEADER" -> {
                return new SectionSpec(part, SectionSpec.Text.HEADER, List.of());
            }
            case "TEXT" -> {
                return new SectionSpec(part, SectionSpec.Text.TEXT, List.of());
            }
            case "MIME" -> {
                if (part.isEmpty()) {
                    throw new ImapSyntaxException("MIME section needs a part number");
                }
                return new SectionSpec(part, SectionSpec.Text.MIME, List.of());
            }
            default -> {
                return parseHeaderFields(part, rest, upper, text);
            }
        }
    }

    private static SectionSpec parseHeaderFields(List<Integer> part, String rest, String upper, String whole)
            throws ImapSyntaxException {
        SectionSpec.Text kind;
        String list;
        if (upper.startsWith("HEADER.FIELDS.NOT ")) {
            kind = SectionSpec.Text.HEADER_FIELDS_NOT;
            list = rest.substring("HEADER.FIELDS.NOT ".length());
        } else if (upper.startsWith("HEADER.FIELDS ")) {
            kind = SectionSpec.Text.HEADER_FIELDS;
            list = rest.substring("HEADER.FIELDS ".length());
        } else {
            throw new ImapSyntaxException("Invalid section " + whole);
        }
        if (!list.startsWith("(") || !list.endsWith(")")) {
            throw new ImapSyntaxException("Header field list must be parenthesised in " + whole);
        }
        List<String> fields = parseFieldNames(list.substring(1, list.length() - 1), whole);
        if (fields.isEmpty()) {
            throw new ImapSyntaxException("Empty header field list in " + whole);
        }
        return new SectionSpec(part, kind, fields);
    }

    /** Field names are astrings: atoms or quoted strings separated by single spaces. */
    private static List<String> parseFieldNames(String text, String whole) throws ImapSyntaxException {
        List<String> fields = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            StringBuilder name = new StringBuilder();
            if (text.charAt(i) == '"') {
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        i++;
                    }
                    name.append(text.charAt(i++));
                }
                if (i == text.length()) {
                    throw new ImapSyntaxException("Unterminated quoted field name in " + whole);
                }
                i++;
            } else {
                while (i < text.length() && text.charAt(i) != ' ') {
                    name.append(text.charAt(i++));
                }
            }
            String field = name.toString();
            if (field.isEmpty() || field.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f || c == ':')) {
                throw new ImapSyntaxException("Invalid header field name in " + whole);
            }
            fields.add(field);
            if (i < text.length()) {
                if (text.charAt(i) != ' ') {
                    throw new ImapSyntaxException("Invalid header field list in " + whole);
                }
                i++;
            }
        }
        return fields;
    }
}
