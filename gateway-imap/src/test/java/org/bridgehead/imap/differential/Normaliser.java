package org.bridgehead.imap.differential;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bridgehead.imap.differential.ResponseParser.Atom;
import org.bridgehead.imap.differential.ResponseParser.Group;
import org.bridgehead.imap.differential.ResponseParser.Nil;
import org.bridgehead.imap.differential.ResponseParser.Node;
import org.bridgehead.imap.differential.ResponseParser.Str;

/**
 * Turns one server's answers into a form comparable with the other's. Each rule below removes a
 * difference that is not a bug, and says why; nothing else is changed.
 *
 * <ul>
 * <li>UIDs become their rank among all UIDs the session saw ({@code u1}, {@code u2} ...): the two
 *     servers number messages differently (Exchange's article numbers), but in the same order.
 *     UIDNEXT becomes the rank it would have. COPYUID's target UIDs live in another folder and
 *     become their count.</li>
 * <li>UIDVALIDITY, MODSEQ and HIGHESTMODSEQ values become placeholders: each server picks its own
 *     (RFC 3501 2.3.1.1, RFC 7162 3.1.1); only their presence and monotonicity matter, which the
 *     CONDSTORE tests check.</li>
 * <li>INTERNALDATE becomes the same instant in UTC: Exchange stores DateTimeReceived in UTC, so the
 *     zone the client gave at APPEND is not kept; the instant is.</li>
 * <li>PERMANENTFLAGS leaves out \Draft: Exchange fixes an item's draft state when it is created, so
 *     Bridgehead accepts \Draft only at APPEND and does not offer it as changeable (RFC 3501 7.1:
 *     a server lists only flags it can change permanently).</li>
 * <li>CAPABILITY responses and codes, ID responses, and the human text after a status are dropped:
 *     each server's own; untagged OK without a code is informational text.</li>
 * <li>The order of untagged responses within one command, of FETCH items, of flags, LIST attributes
 *     and STATUS items is not significant (RFC 3501 7); EXPUNGE and VANISHED keep their order.</li>
 * <li>A quoted string and a literal are the same value; so is an atom and a string where the
 *     grammar says astring (mailbox names). Sequence sets are written out in full (1:3 = 1,2,3).</li>
 * <li>BODY and BODYSTRUCTURE compare case-insensitively: media types, subtypes, parameter names and
 *     encodings are case-insensitive (RFC 2045 5.1); Bridgehead writes them in upper case, as the
 *     examples of RFC 3501 do, Dovecot as the message has them.</li>
 * <li>The correlator of ESEARCH carries the client's tag and is dropped.</li>
 * </ul>
 */
final class Normaliser {

    private static final Pattern STATUS = Pattern.compile("^(\\*|\\+) ?(OK|NO|BAD|BYE|PREAUTH)( \\[(.*?)\\])?.*",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAGGED = Pattern.compile("^(OK|NO|BAD)( \\[(.*?)\\])?.*",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern UID_MARK = Pattern.compile("\u0001(UID|NEXT):(\\d+)\u0002");
    private static final DateTimeFormatter INTERNALDATE = DateTimeFormatter.ofPattern("d-MMM-yyyy HH:mm:ss Z",
            Locale.ENGLISH);
    private static final Set<String> DROPPED = Set.of("CAPABILITY", "ID");

    /** Every UID the session saw, for ranks. */
    private final TreeSet<Long> uids = new TreeSet<>();

    Normaliser(List<Long> initialUids) {
        uids.addAll(initialUids);
    }

    /** One command's answer as comparable lines; call {@link #resolve} once the session is over. */
    List<String> exchange(String command, List<String> untagged, String tagged) {
        boolean uidCommand = command.toUpperCase(Locale.ROOT).startsWith("UID ");
        List<String> unordered = new ArrayList<>();
        List<String> ordered = new ArrayList<>();
        for (String line : untagged) {
            String normal = untagged(line, uidCommand);
            if (normal == null) {
                continue;
            }
            if (normal.matches("\\* \\d+ EXPUNGE") || normal.startsWith("* VANISHED")) {
                ordered.add(normal);
            } else {
                unordered.add(normal);
            }
        }
        unordered.sort(Comparator.naturalOrder());
        List<String> lines = new ArrayList<>(unordered);
        lines.addAll(ordered);
        lines.add(tagged(tagged, uidCommand));
        return lines;
    }

    /** Replaces UID marks by ranks. */
    String resolve(String line) {
        Matcher mark = UID_MARK.matcher(line);
        StringBuilder out = new StringBuilder();
        while (mark.find()) {
            long value = Long.parseLong(mark.group(2));
            String replacement = mark.group(1).equals("UID") ? "u" + (uids.headSet(value).size() + 1)
                    : "u" + (uids.headSet(value).size() + 1) + "(next)";
            mark.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        mark.appendTail(out);
        return out.toString();
    }

    private String untagged(String line, boolean uidCommand) {
        Matcher status = STATUS.matcher(line);
        if (status.matches()) {
            String kind = status.group(2).toUpperCase(Locale.ROOT);
            String code = status.group(4) == null ? null : code(status.group(4), uidCommand);
            if (code == null && kind.equals("OK")) {
                return null;
            }
            return "* " + kind + (code == null ? "" : " [" + code + "]");
        }
        if (!line.startsWith("* ")) {
            return line;
        }
        List<Node> nodes = ResponseParser.parse(line.substring(2));
        if (nodes.isEmpty()) {
            return line;
        }
        String first = word(nodes.get(0));
        if (DROPPED.contains(first)) {
            return null;
        }
        if (nodes.size() >= 2 && nodes.get(0) instanceof Atom a && a.text().matches("\\d+")) {
            String second = word(nodes.get(1));
            if (second.equals("FETCH") && nodes.size() > 2 && nodes.get(2) instanceof Group items) {
                return "* " + a.text() + " FETCH " + fetch(items.items());
            }
            return "* " + a.text() + " " + second;
        }
        return "* " + switch (first) {
            case "SEARCH", "SORT" -> first + numbers(nodes.subList(1, nodes.size()), uidCommand);
            case "THREAD" -> "THREAD " + print(nodes.subList(1, nodes.size()), uidCommand);
            case "ESEARCH" -> esearch(nodes.subList(1, nodes.size()));
            case "FLAGS" -> "FLAGS " + sortedGroup(nodes.get(1));
            case "LIST", "LSUB" -> list(first, nodes);
            case "STATUS" -> status(nodes);
            case "VANISHED" -> vanished(nodes);
            default -> print(nodes, false);
        };
    }

    private String tagged(String tagged, boolean uidCommand) {
        Matcher status = TAGGED.matcher(tagged);
        if (!status.matches()) {
            return "tagged? " + tagged;
        }
        String code = status.group(3) == null ? null : code(status.group(3), uidCommand);
        return status.group(1).toUpperCase(Locale.ROOT) + (code == null ? "" : " [" + code + "]");
    }

    /** A response code's inside, or null for one that is dropped. */
    private String code(String inside, boolean uidCommand) {
        List<Node> nodes = ResponseParser.parse(inside);
        String name = word(nodes.get(0));
        List<Node> args = nodes.subList(1, nodes.size());
        return switch (name) {
            case "CAPABILITY" -> null;
            case "UIDVALIDITY" -> "UIDVALIDITY <v>";
            case "HIGHESTMODSEQ" -> "HIGHESTMODSEQ <modseq>";
            case "UIDNEXT" -> "UIDNEXT " + mark("NEXT", Long.parseLong(word(args.get(0))));
            case "APPENDUID" -> "APPENDUID <v> " + uidSet(word(args.get(1)));
            case "COPYUID" -> "COPYUID <v> " + uidSet(word(args.get(1))) + " <" + expand(word(args.get(2))).size()
                    + " uids>";
            case "PERMANENTFLAGS" -> "PERMANENTFLAGS " + sortedGroup(args.get(0)).replace(" \\Draft", "");
            case "MODIFIED" -> "MODIFIED " + (uidCommand ? uidSet(word(args.get(0))) : plainSet(word(args.get(0))));
            default -> print(nodes, false);
        };
    }

    private String fetch(List<Node> items) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < items.size(); i += 2) {
            String name = word(items.get(i));
            Node value = items.get(i + 1);
            pairs.add(name + " " + switch (name) {
                case "UID" -> mark("UID", Long.parseLong(word(value)));
                case "FLAGS" -> sortedGroup(value);
                case "MODSEQ" -> "(<modseq>)";
                case "INTERNALDATE" -> internalDate(value);
                case "BODY", "BODYSTRUCTURE" -> print(value, false).toUpperCase(Locale.ROOT);
                default -> print(value, false);
            });
        }
        pairs.sort(Comparator.naturalOrder());
        return "(" + String.join(" ", pairs) + ")";
    }

    private String esearch(List<Node> nodes) {
        List<String> parts = new ArrayList<>();
        boolean uid = false;
        int i = 0;
        if (!nodes.isEmpty() && nodes.get(0) instanceof Group) {
            i++; // (TAG "...")
        }
        if (i < nodes.size() && word(nodes.get(i)).equals("UID")) {
            uid = true;
            parts.add("UID");
            i++;
        }
        for (; i + 1 < nodes.size(); i += 2) {
            String name = word(nodes.get(i));
            String value = word(nodes.get(i + 1));
            parts.add(name + " " + switch (name) {
                case "ALL" -> uid ? uidSet(value) : plainSet(value);
                case "MIN", "MAX" -> uid ? mark("UID", Long.parseLong(value)) : value;
                case "MODSEQ" -> "<modseq>";
                default -> value;
            });
        }
        return "ESEARCH " + String.join(" ", parts);
    }

    private String list(String kind, List<Node> nodes) {
        StringBuilder out = new StringBuilder(kind).append(' ').append(sortedGroup(nodes.get(1)));
        for (int i = 2; i < nodes.size(); i++) {
            out.append(' ').append(i == 3 ? astring(nodes.get(i)) : print(nodes.get(i), false));
        }
        return out.toString();
    }

    private String status(List<Node> nodes) {
        List<String> items = new ArrayList<>();
        List<Node> values = ((Group) nodes.get(2)).items();
        for (int i = 0; i + 1 < values.size(); i += 2) {
            String name = word(values.get(i));
            String value = word(values.get(i + 1));
            items.add(name + " " + switch (name) {
                case "UIDNEXT" -> mark("NEXT", Long.parseLong(value));
                case "UIDVALIDITY" -> "<v>";
                case "HIGHESTMODSEQ" -> "<modseq>";
                default -> value;
            });
        }
        items.sort(Comparator.naturalOrder());
        return "STATUS " + astring(nodes.get(1)) + " (" + String.join(" ", items) + ")";
    }

    private String vanished(List<Node> nodes) {
        StringBuilder out = new StringBuilder("VANISHED");
        for (Node node : nodes.subList(1, nodes.size())) {
            out.append(' ').append(node instanceof Group g ? print(g, false) : uidSet(word(node)));
        }
        return out.toString();
    }

    private String numbers(List<Node> nodes, boolean uids) {
        List<Long> values = new ArrayList<>();
        String modseq = "";
        for (Node node : nodes) {
            if (node instanceof Group) {
                modseq = " (MODSEQ <modseq>)";
            } else {
                values.add(Long.parseLong(word(node)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (long value : values) {
            out.append(' ').append(uids ? mark("UID", value) : String.valueOf(value));
        }
        return out + modseq;
    }

    private String internalDate(Node value) {
        String text = value instanceof Str s ? s.value() : word(value);
        try {
            return "\"" + OffsetDateTime.parse(text.strip(), INTERNALDATE).withOffsetSameInstant(ZoneOffset.UTC)
                    .format(INTERNALDATE) + "\"";
        } catch (DateTimeParseException e) {
            return "\"" + text + "\"(unparsable)";
        }
    }

    private String uidSet(String set) {
        List<String> marks = new ArrayList<>();
        for (long uid : expand(set)) {
            marks.add(mark("UID", uid));
        }
        return String.join(",", marks);
    }

    private static String plainSet(String set) {
        return String.join(",", expand(set).stream().map(String::valueOf).toList());
    }

    private static List<Long> expand(String set) {
        List<Long> values = new ArrayList<>();
        for (String range : set.split(",")) {
            String[] ends = range.split(":");
            long a = Long.parseLong(ends[0]);
            long b = ends.length > 1 ? Long.parseLong(ends[1]) : a;
            for (long v = Math.min(a, b); v <= Math.max(a, b) && values.size() < 100_000; v++) {
                values.add(v);
            }
        }
        return values;
    }

    private String mark(String kind, long value) {
        if (kind.equals("UID")) {
            uids.add(value);
        }
        return "\u0001" + kind + ":" + value + "\u0002";
    }

    private String sortedGroup(Node node) {
        if (!(node instanceof Group group)) {
            return print(node, false);
        }
        List<String> items = new ArrayList<>();
        for (Node item : group.items()) {
            items.add(print(item, false));
        }
        items.sort(String.CASE_INSENSITIVE_ORDER);
        return "(" + String.join(" ", items) + ")";
    }

    private static String astring(Node node) {
        return node instanceof Atom a ? quote(a.text()) : print(node, false);
    }

    private String print(List<Node> nodes, boolean uids) {
        List<String> parts = new ArrayList<>();
        for (Node node : nodes) {
            parts.add(uids && node instanceof Atom a && a.text().matches("\\d+") ? mark("UID", Long.parseLong(a.text()))
                    : node instanceof Group g && uids ? "(" + print(g.items(), true) + ")" : print(node, false));
        }
        return String.join(" ", parts);
    }

    private static String print(Node node, boolean unused) {
        if (node instanceof Atom a) {
            return a.text();
        }
        if (node instanceof Str s) {
            return quote(s.value());
        }
        if (node instanceof Nil) {
            return "NIL";
        }
        List<String> parts = new ArrayList<>();
        for (Node item : ((Group) node).items()) {
            parts.add(print(item, false));
        }
        return "(" + String.join(" ", parts) + ")";
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r\n", "\\r\\n") + "\"";
    }

    private static String word(Node node) {
        return node instanceof Atom a ? a.text().toUpperCase(Locale.ROOT) : node instanceof Str s ? s.value() : "NIL";
    }
}
