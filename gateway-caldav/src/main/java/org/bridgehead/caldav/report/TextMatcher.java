package org.bridgehead.caldav.report;

import java.text.Normalizer;
import java.util.Locale;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.xml.XmlReader;
import org.w3c.dom.Element;

/**
 * A CALDAV:text-match (RFC 4791 9.7.5) or CARDDAV:text-match (RFC 6352 10.5.4): collation
 * i;ascii-casemap (default), i;unicode-casemap or i;octet; CardDAV's match-type; negate-condition.
 */
record TextMatcher(String text, String collation, String matchType, boolean negate) {

    static TextMatcher of(Element element) throws DavException {
        String collation = XmlReader.attribute(element, "collation", "i;ascii-casemap");
        if (!collation.equals("i;ascii-casemap") && !collation.equals("i;octet")
                && !collation.equals("i;unicode-casemap")) {
            throw new DavException(403, "unsupported collation " + collation,
                    org.bridgehead.caldav.xml.DavNames.caldav("supported-collation"));
        }
        String matchType = XmlReader.attribute(element, "match-type", "contains");
        if (!matchType.equals("contains") && !matchType.equals("equals") && !matchType.equals("starts-with")
                && !matchType.equals("ends-with")) {
            throw DavException.badRequest("unknown match-type " + matchType);
        }
        boolean negate = XmlReader.attribute(element, "negate-condition", "no").equalsIgnoreCase("yes");
        return new TextMatcher(element.getTextContent() == null ? "" : element.getTextContent(), collation,
                matchType, negate);
    }

    boolean matches(String value) {
        String needle = fold(text);
        String haystack = fold(value);
        boolean found = switch (matchType) {
            case "equals" -> haystack.equals(needle);
            case "starts-with" -> haystack.startsWith(needle);
            case "ends-with" -> haystack.endsWith(needle);
            default -> haystack.contains(needle);
        };
        return found != negate;
    }

    private String fold(String value) {
        return switch (collation) {
            case "i;octet" -> value;
            case "i;unicode-casemap" -> Normalizer.normalize(value, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
            default -> asciiLower(value);
        };
    }

    private static String asciiLower(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return out.toString();
    }
}
