package org.bridgehead.imap.protocol;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The arguments of {@code SEARCH} / {@code UID SEARCH}: {@code [CHARSET astring] 1*(SP search-key)}.
 * String arguments are decoded with the declared charset (US-ASCII by default, of which UTF-8
 * is a superset, so UTF-8 is used).
 *
 * @param charset the declared charset
 * @param key     the criteria; several top-level keys become one {@link SearchKey.And}
 * @param byUid   whether this was {@code UID SEARCH} (results are UIDs)
 * @param returns the ESEARCH return options (RFC 4731) and SAVE (RFC 5182), empty for a plain SEARCH;
 *                {@code RETURN ()} means ALL
 */
public record SearchRequest(Charset charset, SearchKey key, boolean byUid, Set<ReturnOption> returns) {

    /** What an ESEARCH answer carries; SAVE keeps the result as {@code $} instead (RFC 5182). */
    public enum ReturnOption { MIN, MAX, ALL, COUNT, SAVE }

    public SearchRequest {
        returns = Collections.unmodifiableSet(returns.isEmpty() ? EnumSet.noneOf(ReturnOption.class)
                : EnumSet.copyOf(returns));
    }

    /** Whether the answer is an ESEARCH response rather than SEARCH. */
    public boolean extended() {
        return !returns.isEmpty();
    }

    /** Whether an ESEARCH response is written at all: SAVE alone asks for none (RFC 5182 2.4). */
    public boolean answered() {
        return answered(returns);
    }

    /** Whether return options ask for an ESEARCH response: SAVE alone asks for none (RFC 5182 2.4). */
    public static boolean answered(Set<ReturnOption> returns) {
        return !returns.equals(EnumSet.of(ReturnOption.SAVE));
    }

    /**
     * Which of the matches SAVE keeps: all of them, but only the lowest and/or highest when MIN
     * and/or MAX come without ALL or COUNT (RFC 5182 2.1).
     */
    public List<Long> saved(List<Long> matches) {
        return saved(returns, matches);
    }

    /** As {@link #saved(List)}, for SORT too, whose matches come in sort order. */
    public static List<Long> saved(Set<ReturnOption> returns, List<Long> matches) {
        if (matches.isEmpty() || returns.contains(ReturnOption.ALL) || returns.contains(ReturnOption.COUNT)
                || !(returns.contains(ReturnOption.MIN) || returns.contains(ReturnOption.MAX))) {
            return matches;
        }
        List<Long> kept = new ArrayList<>();
        if (returns.contains(ReturnOption.MIN)) {
            kept.add(matches.get(0));
        }
        if (returns.contains(ReturnOption.MAX) && matches.size() > 1) {
            kept.add(matches.get(matches.size() - 1));
        }
        return List.copyOf(kept);
    }

    /** NOT NOT NOT ... and OR chains recurse; this bounds the stack a client can make us use. */
    private static final int MAX_DEPTH = 64;

    public static SearchRequest parse(TokenCursor arguments, boolean byUid)
            throws ImapSyntaxException, BadCharsetException {
        Set<ReturnOption> returns = EnumSet.noneOf(ReturnOption.class);
        if (arguments.nextIsAtom("RETURN")) {
            arguments.next();
            TokenCursor options = arguments.list();
            if (!options.hasNext()) {
                returns.add(ReturnOption.ALL);
            }
            while (options.hasNext()) {
                String option = options.atom().toUpperCase(Locale.ROOT);
                try {
                    returns.add(ReturnOption.valueOf(option));
                } catch (IllegalArgumentException e) {
                    throw new ImapSyntaxException("Unknown SEARCH return option " + option);
                }
            }
        }
        Charset charset = StandardCharsets.UTF_8;
        if (arguments.nextIsAtom("CHARSET")) {
            arguments.next();
            charset = charset(arguments.astring());
        }
        return new SearchRequest(charset, criteria(arguments, charset), byUid, returns);
    }

    /** The search keys that end SEARCH, SORT and THREAD: {@code 1*(SP search-key)}, as one key. */
    public static SearchKey criteria(TokenCursor arguments, Charset charset) throws ImapSyntaxException {
        KeyParser parser = new KeyParser(charset);
        List<SearchKey> keys = new ArrayList<>();
        do {
            keys.add(parser.key(arguments, 0));
        } while (arguments.hasNext());
        return keys.size() == 1 ? keys.get(0) : new SearchKey.And(keys);
    }

    /** A charset name as SEARCH, SORT and THREAD take it; US-ASCII is read as UTF-8, its superset. */
    public static Charset charset(String name) throws BadCharsetException {
        try {
            if (name.equalsIgnoreCase("US-ASCII")) {
                return StandardCharsets.UTF_8;
            }
            if (Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        } catch (IllegalCharsetNameException e) {
            throw new BadCharsetException(name);
        }
        throw new BadCharsetException(name);
    }

    private record KeyParser(Charset charset) {

        SearchKey key(TokenCursor in, int depth) throws ImapSyntaxException {
            if (depth > MAX_DEPTH) {
                throw new ImapSyntaxException("Search criteria nested too deeply");
            }
            if (in.nextIsList()) {
                TokenCursor group = in.list();
                List<SearchKey> keys = new ArrayList<>();
                while (group.hasNext()) {
                    keys.add(key(group, depth + 1));
                }
                if (keys.isEmpty()) {
                    throw new ImapSyntaxException("Empty search group");
                }
                return keys.size() == 1 ? keys.get(0) : new SearchKey.And(keys);
            }
            String word = in.atom();
            return switch (word.toUpperCase(Locale.ROOT)) {
                case "ALL" -> new SearchKey.All();
                case "ANSWERED" -> new SearchKey.HasFlag(Flag.ANSWERED);
                case "DELETED" -> new SearchKey.HasFlag(Flag.DELETED);
                case "DRAFT" -> new SearchKey.HasFlag(Flag.DRAFT);
                case "FLAGGED" -> new SearchKey.HasFlag(Flag.FLAGGED);
                case "RECENT" -> new SearchKey.HasFlag(Flag.RECENT);
                case "SEEN" -> new SearchKey.HasFlag(Flag.SEEN);
                case "UNANSWERED" -> new SearchKey.LacksFlag(Flag.ANSWERED);
                case "UNDELETED" -> new SearchKey.LacksFlag(Flag.DELETED);
                case "UNDRAFT" -> new SearchKey.LacksFlag(Flag.DRAFT);
                case "UNFLAGGED" -> new SearchKey.LacksFlag(Flag.FLAGGED);
                case "UNSEEN" -> new SearchKey.LacksFlag(Flag.SEEN);
                case "OLD" -> new SearchKey.LacksFlag(Flag.RECENT);
                case "NEW" -> new SearchKey.And(List.of(new SearchKey.HasFlag(Flag.RECENT),
                        new SearchKey.LacksFlag(Flag.SEEN)));
                case "KEYWORD" -> new SearchKey.HasFlag(Flag.parse(in.atom()));
                case "UNKEYWORD" -> new SearchKey.LacksFlag(Flag.parse(in.atom()));
                case "BCC", "CC", "FROM", "SUBJECT", "TO" -> new SearchKey.Header(headerName(word), text(in));
                case "HEADER" -> new SearchKey.Header(fieldName(in), text(in));
                case "BODY" -> new SearchKey.Body(text(in));
                case "TEXT" -> new SearchKey.Text(text(in));
                case "BEFORE" -> date(SearchKey.DateField.INTERNAL, SearchKey.Comparison.BEFORE, in);
                case "ON" -> date(SearchKey.DateField.INTERNAL, SearchKey.Comparison.ON, in);
                case "SINCE" -> date(SearchKey.DateField.INTERNAL, SearchKey.Comparison.SINCE, in);
                case "SENTBEFORE" -> date(SearchKey.DateField.SENT, SearchKey.Comparison.BEFORE, in);
                case "SENTON" -> date(SearchKey.DateField.SENT, SearchKey.Comparison.ON, in);
                case "SENTSINCE" -> date(SearchKey.DateField.SENT, SearchKey.Comparison.SINCE, in);
                case "LARGER" -> new SearchKey.Larger(in.number());
                case "SMALLER" -> new SearchKey.Smaller(in.number());
                case "UID" -> new SearchKey.Uids(SequenceSet.parse(in.atom()));
                case "MODSEQ" -> modSeq(in);
                case "NOT" -> new SearchKey.Not(key(in, depth + 1));
                case "OR" -> new SearchKey.Or(key(in, depth + 1), key(in, depth + 1));
                default -> sequenceSet(word);
            };
        }

        /**
         * {@code MODSEQ [entry-name SP entry-type-req] mod-sequence-valzer}. Flags have no modSeqs
         * of their own here: an entry names one, but the message's modSeq is compared.
         */
        private static SearchKey modSeq(TokenCursor in) throws ImapSyntaxException {
            if (!(in.peek() instanceof ImapToken.Atom)) {
                String entry = in.astring();
                if (!entry.toLowerCase(Locale.ROOT).startsWith("/flags/")) {
                    throw new ImapSyntaxException("Invalid MODSEQ entry name " + entry);
                }
                String type = in.atom().toLowerCase(Locale.ROOT);
                if (!List.of("all", "shared", "priv").contains(type)) {
                    throw new ImapSyntaxException("Invalid MODSEQ entry type " + type);
                }
            }
            return new SearchKey.ModSeq(FetchRequest.modSequence(in.atom()));
        }

        private String text(TokenCursor in) throws ImapSyntaxException {
            return new String(in.astringBytes(), charset);
        }

        private static SearchKey date(SearchKey.DateField field, SearchKey.Comparison comparison, TokenCursor in)
                throws ImapSyntaxException {
            LocalDate date = ImapDates.parseDate(in.astring());
            return new SearchKey.DateKey(field, comparison, date);
        }

        private static String fieldName(TokenCursor in) throws ImapSyntaxException {
            String name = in.astring();
            if (name.isEmpty() || name.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f || c == ':')) {
                throw new ImapSyntaxException("Invalid header field name in SEARCH HEADER");
            }
            return name;
        }

        private static String headerName(String key) {
            String lower = key.toLowerCase(Locale.ROOT);
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }

        private static SearchKey sequenceSet(String word) throws ImapSyntaxException {
            if (word.isEmpty() || !(Character.isDigit(word.charAt(0)) || word.charAt(0) == '*'
                    || word.equals("$"))) {
                throw new ImapSyntaxException("Unknown search key " + word);
            }
            return new SearchKey.SequenceNumbers(SequenceSet.parse(word));
        }
    }
}
