package org.bridgehead.imap.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The arguments of {@code FETCH} / {@code UID FETCH}: a sequence set and the data items, with
 * the ALL, FAST and FULL macros expanded. {@code UID FETCH} always includes {@code UID}.
 *
 * @param sequenceSet  the messages (UIDs when {@code byUid})
 * @param attributes   the items in client order
 * @param byUid        whether this was {@code UID FETCH}
 * @param changedSince the CHANGEDSINCE modifier (RFC 7162 3.1.4): only messages whose modSeq is
 *                     above it; MODSEQ is then among the attributes
 * @param vanished     the VANISHED modifier (RFC 7162 3.2.6): UID FETCH with CHANGEDSINCE also
 *                     reports the named UIDs expunged since
 */
public record FetchRequest(SequenceSet sequenceSet, List<FetchAttribute> attributes, boolean byUid,
                           OptionalLong changedSince, boolean vanished) {

    private static final List<FetchAttribute> FAST = List.of(FetchAttribute.Simple.FLAGS,
            FetchAttribute.Simple.INTERNALDATE, FetchAttribute.Simple.RFC822_SIZE);

    public FetchRequest {
        attributes = List.copyOf(attributes);
    }

    /**
     * Parses {@code sequence-set SP ("ALL" / "FULL" / "FAST" / fetch-att / "(" fetch-att *(SP fetch-att) ")")
     * [SP "(" fetch-modifier *(SP fetch-modifier) ")"]} where a modifier is
     * {@code CHANGEDSINCE mod-sequence-value} or {@code VANISHED} (UID FETCH only, with CHANGEDSINCE).
     */
    public static FetchRequest parse(TokenCursor arguments, boolean byUid) throws ImapSyntaxException {
        SequenceSet set = SequenceSet.parse(arguments.atom());
        List<FetchAttribute> attributes = new ArrayList<>();
        if (arguments.nextIsList()) {
            TokenCursor list = arguments.list();
            if (!list.hasNext()) {
                throw new ImapSyntaxException("Empty FETCH attribute list");
            }
            while (list.hasNext()) {
                attributes.add(parseAttribute(list.atom()));
            }
        } else {
            String item = arguments.atom();
            switch (item.toUpperCase(Locale.ROOT)) {
                case "FAST" -> attributes.addAll(FAST);
                case "ALL" -> {
                    attributes.addAll(FAST);
                    attributes.add(FetchAttribute.Simple.ENVELOPE);
                }
                case "FULL" -> {
                    attributes.addAll(FAST);
                    attributes.add(FetchAttribute.Simple.ENVELOPE);
                    attributes.add(FetchAttribute.Simple.BODY);
                }
                default -> attributes.add(parseAttribute(item));
            }
        }
        OptionalLong changedSince = OptionalLong.empty();
        boolean vanished = false;
        if (arguments.nextIsList()) {
            TokenCursor modifiers = arguments.list();
            do {
                String modifier = modifiers.atom().toUpperCase(Locale.ROOT);
                if (modifier.equals("CHANGEDSINCE") && changedSince.isEmpty()) {
                    changedSince = OptionalLong.of(modSequence(modifiers.atom()));
                } else if (modifier.equals("VANISHED") && !vanished) {
                    vanished = true;
                } else {
                    throw new ImapSyntaxException("Unknown or repeated FETCH modifier " + modifier);
                }
            } while (modifiers.hasNext());
            if (vanished && (!byUid || changedSince.isEmpty())) {
                throw new ImapSyntaxException("VANISHED needs UID FETCH and CHANGEDSINCE");
            }
            if (changedSince.isPresent() && !attributes.contains(FetchAttribute.Simple.MODSEQ)) {
                attributes.add(FetchAttribute.Simple.MODSEQ);
            }
        }
        arguments.end();
        if (byUid && !attributes.contains(FetchAttribute.Simple.UID)) {
            attributes.add(0, FetchAttribute.Simple.UID);
        }
        return new FetchRequest(set, attributes, byUid, changedSince, vanished);
    }

    /** A mod-sequence-value (RFC 7162 7): 1 to 2^63-1; CHANGEDSINCE also takes 0 (mod-sequence-valzer). */
    public static long modSequence(String digits) throws ImapSyntaxException {
        if (digits.isEmpty() || digits.length() > 19 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ImapSyntaxException("Invalid mod-sequence " + digits);
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new ImapSyntaxException("Invalid mod-sequence " + digits);
        }
    }

    /** Parses one fetch-att, e.g. {@code FLAGS} or {@code BODY.PEEK[1.HEADER.FIELDS (FROM)]<0.512>}. */
    public static FetchAttribute parseAttribute(String item) throws ImapSyntaxException {
        int open = item.indexOf('[');
        if (open < 0) {
            for (FetchAttribute.Simple simple : FetchAttribute.Simple.values()) {
                if (simple.wireName().equalsIgnoreCase(item)) {
                    return simple;
                }
            }
            throw new ImapSyntaxException("Unknown FETCH attribute " + item);
        }
        String prefix = item.substring(0, open).toUpperCase(Locale.ROOT);
        if (!prefix.equals("BODY") && !prefix.equals("BODY.PEEK")) {
            throw new ImapSyntaxException("Unknown FETCH attribute " + item);
        }
        int close = item.lastIndexOf(']');
        if (close < open) {
            throw new ImapSyntaxException("Missing ] in " + item);
        }
        SectionSpec section = SectionParser.parse(item.substring(open + 1, close));
        Optional<FetchAttribute.Partial> partial = parsePartial(item.substring(close + 1), item);
        return new FetchAttribute.BodySection(prefix.equals("BODY.PEEK"), section, partial);
    }

    private static Optional<FetchAttribute.Partial> parsePartial(String text, String item)
            throws ImapSyntaxException {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int dot = text.indexOf('.');
        if (!text.startsWith("<") || !text.endsWith(">") || dot < 0) {
            throw new ImapSyntaxException("Invalid partial range in " + item);
        }
        long offset = parseNumber(text.substring(1, dot), item);
        long length = parseNumber(text.substring(dot + 1, text.length() - 1), item);
        if (length == 0) {
            throw new ImapSyntaxException("Partial length must be positive in " + item);
        }
        return Optional.of(new FetchAttribute.Partial(offset, length));
    }

    private static long parseNumber(String digits, String item) throws ImapSyntaxException {
        if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ImapSyntaxException("Invalid number in " + item);
        }
        return Long.parseLong(digits);
    }
}
