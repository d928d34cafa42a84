package org.bridgehead.ldap.directory;

import java.util.List;
import java.util.Locale;

/**
 * The tree the server shows: the root DSE, the subschema entry {@code cn=schema}, and the people
 * container {@code ou=people} (Thunderbird's and DavMail's base), below which every person is an
 * entry {@code uid=...,ou=people}. Apple's and Evolution's bases ({@code cn=users,ou=people},
 * {@code ou=people,dc=...}) are served as the same people container.
 */
public final class DirectoryTree {
    public static final String PEOPLE = "ou=people";
    public static final String SCHEMA = "cn=schema";
    /** The paged results control (RFC 2696). */
    public static final String PAGED_RESULTS_OID = "1.2.840.113556.1.4.319";
    /** StartTLS (RFC 4511 4.14.1). */
    public static final String START_TLS_OID = "1.3.6.1.4.1.1466.20037";

    /** What a search base names. */
    public enum Place { ROOT_DSE, SCHEMA, PEOPLE, PERSON, ELSEWHERE }

    private DirectoryTree() {
    }

    /**
     * @param normalized a DN as {@link #normalize} gives it
     */
    public static Place place(String normalized) {
        if (normalized.isEmpty()) {
            return Place.ROOT_DSE;
        }
        if (normalized.equals(SCHEMA) || normalized.equals("cn=subschema")) {
            return Place.SCHEMA;
        }
        int people = peopleAt(normalized);
        if (people < 0) {
            return Place.ELSEWHERE;
        }
        String below = normalized.substring(0, people);
        if (below.isEmpty() || below.equals("cn=users,")) {
            return Place.PEOPLE;
        }
        return below.indexOf(',') == below.length() - 1 ? Place.PERSON : Place.ELSEWHERE;
    }

    /** The value of a person DN's first RDN ({@code uid=alice,ou=people} gives "alice"). */
    public static String personName(String normalized) {
        String rdn = normalized.substring(0, normalized.indexOf(','));
        return unescape(rdn.substring(rdn.indexOf('=') + 1));
    }

    /** The attribute of a person DN's first RDN, e.g. "uid" or "cn". */
    public static String personAttribute(String normalized) {
        return normalized.substring(0, normalized.indexOf('='));
    }

    /** Lower case, no blanks around ',' and '=': enough to compare the DNs this tree has. */
    public static String normalize(String dn) {
        if (dn == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : List.of(dn.trim().split("(?<!\\\\),"))) {
            String[] pair = part.split("=", 2);
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(pair[0].trim().toLowerCase(Locale.ROOT));
            if (pair.length == 2) {
                out.append('=').append(pair[1].trim().toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    /** RFC 4514 escaping of an attribute value in an RDN. */
    public static String escapeRdnValue(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean edge = (i == 0 && (c == ' ' || c == '#')) || (i == value.length() - 1 && c == ' ');
            if (edge || ",+\"\\<>;=".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String unescape(String value) {
        return value.replaceAll("\\\\(.)", "$1");
    }

    /** Where "ou=people" starts as a whole RDN that ends the DN or precedes a dc= suffix; -1 if nowhere. */
    private static int peopleAt(String dn) {
        int at = dn.equals(PEOPLE) || dn.startsWith(PEOPLE + ",") ? 0 : dn.indexOf("," + PEOPLE);
        if (at < 0) {
            return -1;
        }
        int start = at == 0 && dn.startsWith(PEOPLE) ? 0 : at + 1;
        String suffix = dn.substring(start + PEOPLE.length());
        if (!suffix.isEmpty() && !suffix.matches("(,(dc|o)=[^,]+)+")) {
            return -1;
        }
        return start;
    }
}
