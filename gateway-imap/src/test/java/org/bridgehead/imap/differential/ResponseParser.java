package org.bridgehead.imap.differential;

import java.util.ArrayList;
import java.util.List;

/** Parses one IMAP response line (literals inlined) into atoms, strings, NIL and lists. */
final class ResponseParser {

    sealed interface Node permits Atom, Str, Nil, Group {
    }

    /** An atom, including bracketed section names such as {@code BODY[HEADER.FIELDS (TO)]<0>}. */
    record Atom(String text) implements Node {
    }

    /** A quoted string or a literal: the two forms of one value. */
    record Str(String value) implements Node {
    }

    record Nil() implements Node {
    }

    record Group(List<Node> items) implements Node {
    }

    private final String text;
    private int position;

    private ResponseParser(String text) {
        this.text = text;
    }

    /** The tokens of a whole line (or of a response code's inside). */
    static List<Node> parse(String text) {
        ResponseParser parser = new ResponseParser(text);
        List<Node> nodes = parser.sequence(false);
        return nodes;
    }

    private List<Node> sequence(boolean inGroup) {
        List<Node> nodes = new ArrayList<>();
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == ' ') {
                position++;
            } else if (c == ')') {
                if (inGroup) {
                    position++;
                    return nodes;
                }
                nodes.add(new Atom(")"));
                position++;
            } else if (c == '(') {
                position++;
                nodes.add(new Group(sequence(true)));
            } else if (c == '"') {
                nodes.add(new Str(quoted()));
            } else if (c == '{' && literalAhead()) {
                nodes.add(new Str(literal()));
            } else {
                String atom = atom();
                nodes.add(atom.equalsIgnoreCase("NIL") ? new Nil() : new Atom(atom));
            }
        }
        return nodes;
    }

    private String quoted() {
        StringBuilder value = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '\\' && position < text.length()) {
                value.append(text.charAt(position++));
            } else if (c == '"') {
                return value.toString();
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    private boolean literalAhead() {
        int close = text.indexOf("}\r\n", position);
        return close > position + 1 && text.substring(position + 1, close).chars().allMatch(Character::isDigit);
    }

    private String literal() {
        int close = text.indexOf("}\r\n", position);
        int length = Integer.parseInt(text.substring(position + 1, close));
        int start = close + 3;
        int end = Math.min(text.length(), start + length);
        position = end;
        return text.substring(start, end);
    }

    private String atom() {
        int start = position;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '[') {
                int depth = 0;
                while (position < text.length()) {
                    char d = text.charAt(position++);
                    if (d == '[') {
                        depth++;
                    } else if (d == ']' && --depth == 0) {
                        break;
                    }
                }
                continue;
            }
            if (c == ' ' || c == '(' || c == ')' || c == '"') {
                break;
            }
            position++;
        }
        return text.substring(start, position);
    }
}
