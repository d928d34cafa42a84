package org.bridgehead.imap.protocol.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A lenient RFC 5322 address-list parser for ENVELOPE. Display names keep RFC 2047 encoded
 * words undecoded, as IMAP requires; quotes and comments are removed. Never throws: what
 * cannot be understood is skipped.
 */
final class AddressParser {

    private static final String SPECIALS = "()<>@,;:\\\".[]";

    /** A lexical token: a special character, or a word (atom, quoted string, domain literal). */
    private record Token(char special, String word) {
        boolean is(char c) {
            return word == null && special == c;
        }

        boolean isWord() {
            return word != null;
        }
    }

    private final List<Token> tokens;
    private int position;

    private AddressParser(String text) {
        this.tokens = tokenize(text);
    }

    static List<Address> parse(String headerValue) {
        return new AddressParser(headerValue).addressList();
    }

    private List<Address> addressList() {
        List<Address> addresses = new ArrayList<>();
        while (position < tokens.size()) {
            if (peekIs(',') || peekIs(';') || peekIs('>')) {
                position++;
                continue;
            }
            List<Token> phrase = phrase();
            if (peekIs(':')) {
                position++;
                addresses.add(Address.groupStart(joinPhrase(phrase)));
                while (position < tokens.size() && !peekIs(';')) {
                    if (peekIs(',')) {
                        position++;
                        continue;
                    }
                    mailbox(phrase()).ifPresent(addresses::add);
                }
                position++;
                addresses.add(Address.groupEnd());
            } else {
                mailbox(phrase).ifPresent(addresses::add);
            }
        }
        return List.copyOf(addresses);
    }

    /** Words and dots up to a structural special. */
    private List<Token> phrase() {
        List<Token> phrase = new ArrayList<>();
        while (position < tokens.size()) {
            Token token = tokens.get(position);
            if (!token.isWord() && !token.is('.')) {
                break;
            }
            phrase.add(token);
            position++;
        }
        return phrase;
    }

    /** A mailbox whose leading words were read: {@code phrase <addr>}, {@code local@domain} or a bare word. */
    private Optional<Address> mailbox(List<Token> leading) {
        if (peekIs('<')) {
            position++;
            Optional<String> route = Optional.empty();
            if (peekIs('@')) {
                route = Optional.of(route());
            }
            String local = joinExact(phrase());
            String domain = "";
            if (peekIs('@')) {
                position++;
                domain = domain();
            }
            if (peekIs('>')) {
                position++;
            }
            String name = joinPhrase(leading);
            return Optional.of(Address.of(name.isEmpty() ? Optional.empty() : Optional.of(name), route, local, domain));
        }
        if (peekIs('@')) {
            position++;
            return Optional.of(Address.of(Optional.empty(), Optional.empty(), joinExact(leading), domain()));
        }
        if (leading.isEmpty()) {
            // An unexpected special: skip it so parsing always advances.
            position++;
            return Optional.empty();
        }
        return Optional.of(Address.of(Optional.empty(), Optional.empty(), joinExact(leading), ""));
    }

    /** {@code @a,@b:} before the address in an angle-addr. */
    private String route() {
        StringBuilder route = new StringBuilder();
        while (position < tokens.size() && !peekIs(':') && !peekIs('>')) {
            Token token = tokens.get(position++);
            route.append(token.isWord() ? token.word() : String.valueOf(token.special()));
        }
        if (peekIs(':')) {
            position++;
        }
        return route.toString();
    }

    private String domain() {
        StringBuilder domain = new StringBuilder();
        while (position < tokens.size()) {
            Token token = tokens.get(position);
            if (token.isWord()) {
                domain.append(token.word());
            } else if (token.is('.')) {
                domain.append('.');
            } else {
                break;
            }
            position++;
        }
        return domain.toString();
    }

    private boolean peekIs(char special) {
        return position < tokens.size() && tokens.get(position).is(special);
    }

    /** Display name: words separated by one space, dots attached ({@code John Q. Public}). */
    private static String joinPhrase(List<Token> phrase) {
        StringBuilder text = new StringBuilder();
        for (Token token : phrase) {
            if (token.isWord() && !text.isEmpty()) {
                text.append(' ');
            }
            text.append(token.isWord() ? token.word() : ".");
        }
        return text.toString();
    }

    /** Local part: words and dots as written, without spaces. */
    private static String joinExact(List<Token> words) {
        StringBuilder text = new StringBuilder();
        for (Token token : words) {
            text.append(token.isWord() ? token.word() : ".");
        }
        return text.toString();
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
            } else if (c == '(') {
                i = skipComment(text, i);
            } else if (c == '"') {
                StringBuilder quoted = new StringBuilder();
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    char q = text.charAt(i);
                    if (q == '\\' && i + 1 < text.length()) {
                        q = text.charAt(++i);
                    }
                    if (q != '\r' && q != '\n') {
                        quoted.append(q);
                    }
                    i++;
                }
                i++;
                tokens.add(new Token('"', quoted.toString()));
            } else if (c == '[') {
                int close = text.indexOf(']', i);
                int end = close < 0 ? text.length() : close + 1;
                tokens.add(new Token('[', text.substring(i, end)));
                i = end;
            } else if (SPECIALS.indexOf(c) >= 0) {
                tokens.add(new Token(c, null));
                i++;
            } else {
                int start = i;
                while (i < text.length() && SPECIALS.indexOf(text.charAt(i)) < 0 && text.charAt(i) > ' ') {
                    i++;
                }
                if (i == start) {
                    i++; // a control character: not part of any token
                } else {
                    tokens.add(new Token('a', text.substring(start, i)));
                }
            }
        }
        return tokens;
    }

    private static int skipComment(String text, int open) {
        int depth = 0;
        int i = open;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return i;
    }
}
