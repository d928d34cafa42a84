package org.bridgehead.imap.protocol;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * A sequence set ({@code 1:*}, {@code 2,4:7,9}, {@code *}) of message sequence numbers or
 * UIDs. {@code *} stands for the largest number in use, so most questions take that maximum:
 * with UIDs, {@code 5:*} in a mailbox whose largest UID is 3 means {@code 3:5} (RFC 3501 6.4.8).
 *
 * <p>{@code $} (RFC 5182) names the messages the last SEARCH RETURN (SAVE) found: {@link #SAVED},
 * which has no ranges; the selected mailbox resolves it.
 *
 * @param ranges the ranges as written by the client, in order
 * @param saved  whether this is {@code $}
 */
public record SequenceSet(List<Range> ranges, boolean saved) {

    /** Stands for {@code *} in a {@link Range} end point. */
    public static final long STAR = -1;
    /** nz-number is a 32-bit unsigned value. */
    private static final long MAX_NUMBER = 0xFFFF_FFFFL;

    /**
     * One {@code a:b} (or single {@code a}) element; either end may be {@link #STAR}.
     * A resolved range has {@code first <= last} and no STAR.
     */
    public record Range(long first, long last) {

        public Range {
            if (!valid(first) || !valid(last)) {
                throw new IllegalArgumentException("sequence numbers are STAR or 0 .. 2^32-1");
            }
        }

        private static boolean valid(long n) {
            return n == STAR || (n >= 0 && n <= MAX_NUMBER);
        }

        /** This range with STAR replaced by {@code max} and the ends in ascending order. */
        public Range resolve(long max) {
            long a = first == STAR ? max : first;
            long b = last == STAR ? max : last;
            return new Range(Math.min(a, b), Math.max(a, b));
        }

        @Override
        public String toString() {
            String start = first == STAR ? "*" : Long.toString(first);
            return first == last ? start : start + ":" + (last == STAR ? "*" : Long.toString(last));
        }
    }

    /** {@code $}: the saved search result (RFC 5182). */
    public static final SequenceSet SAVED = new SequenceSet(List.of(), true);

    public SequenceSet {
        ranges = List.copyOf(ranges);
        if (ranges.isEmpty() != saved) {
            throw new IllegalArgumentException("a sequence set has at least one range, $ none");
        }
    }

    public SequenceSet(List<Range> ranges) {
        this(ranges, false);
    }

    /** Parses the IMAP syntax, {@code $} included. */
    public static SequenceSet parse(String text) throws ImapSyntaxException {
        if (text.isEmpty()) {
            throw new ImapSyntaxException("Empty sequence set");
        }
        if (text.equals("$")) {
            return SAVED;
        }
        List<Range> ranges = new ArrayList<>();
        for (String element : text.split(",", -1)) {
            int colon = element.indexOf(':');
            if (colon < 0) {
                long n = parseNumber(element, text);
                ranges.add(new Range(n, n));
            } else {
                ranges.add(new Range(parseNumber(element.substring(0, colon), text),
                        parseNumber(element.substring(colon + 1), text)));
            }
        }
        return new SequenceSet(ranges);
    }

    /** The most compact set holding exactly these numbers (for COPYUID and APPENDUID). */
    public static SequenceSet of(Collection<Long> numbers) {
        List<Range> ranges = new ArrayList<>();
        long start = -1;
        long previous = -1;
        for (long n : new TreeSet<>(numbers)) {
            if (start >= 0 && n == previous + 1) {
                previous = n;
                continue;
            }
            if (start >= 0) {
                ranges.add(new Range(start, previous));
            }
            start = n;
            previous = n;
        }
        if (start >= 0) {
            ranges.add(new Range(start, previous));
        }
        return new SequenceSet(ranges);
    }

    /** Whether {@code n} is in the set when the largest number in use is {@code max}; not for {@code $}. */
    public boolean contains(long n, long max) {
        requireRanges();
        for (Range range : ranges) {
            Range resolved = range.resolve(max);
            if (n >= resolved.first() && n <= resolved.last()) {
                return true;
            }
        }
        return false;
    }

    /** The resolved ranges, sorted and merged, for iteration or for backend range queries. */
    public List<Range> resolve(long max) {
        requireRanges();
        List<Range> sorted = ranges.stream().map(r -> r.resolve(max))
                .sorted(Comparator.comparingLong(Range::first)).toList();
        List<Range> merged = new ArrayList<>();
        for (Range range : sorted) {
            Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range.first() <= last.last() + 1) {
                merged.set(merged.size() - 1, new Range(last.first(), Math.max(last.last(), range.last())));
            } else {
                merged.add(range);
            }
        }
        return List.copyOf(merged);
    }

    /** Every number of the set in ascending order, each once. */
    public LongStream numbers(long max) {
        return resolve(max).stream().flatMapToLong(r -> LongStream.rangeClosed(r.first(), r.last()));
    }

    /** Whether the set uses {@code *}. */
    public boolean hasStar() {
        return ranges.stream().anyMatch(r -> r.first() == STAR || r.last() == STAR);
    }

    /** How many numbers a set without {@code *} names, each counted once. */
    public long count() {
        return resolve(0).stream().mapToLong(r -> r.last() - r.first() + 1).sum();
    }

    /** The largest number the set names (to reject sequence numbers beyond EXISTS). */
    public long highest(long max) {
        List<Range> resolved = resolve(max);
        return resolved.get(resolved.size() - 1).last();
    }

    @Override
    public String toString() {
        if (saved) {
            return "$";
        }
        return ranges.stream().map(Range::toString).collect(Collectors.joining(","));
    }

    private void requireRanges() {
        if (saved) {
            throw new IllegalStateException("$ is resolved by the selected mailbox");
        }
    }

    private static long parseNumber(String value, String whole) throws ImapSyntaxException {
        if (value.equals("*")) {
            return STAR;
        }
        if (value.isEmpty() || value.length() > 10 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ImapSyntaxException("Invalid sequence set: " + whole);
        }
        long n = Long.parseLong(value);
        if (n == 0 || n > MAX_NUMBER) {
            throw new ImapSyntaxException("Invalid sequence set: " + whole);
        }
        return n;
    }
}
