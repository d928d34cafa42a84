package org.bridgehead.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Finds the known name closest to a mistyped one, by edit distance (a swap of two neighbouring
 * characters counts as one edit). A name that only lacks the leading "bridgehead." or
 * "BRIDGEHEAD_" also matches. Names too far apart get no suggestion: a guess that is plainly
 * unrelated confuses more than it helps.
 */
final class KeySuggester {

    /** Longer names are not keys mistyped but something else entirely; not worth comparing. */
    private static final int LONGEST_COMPARED = 200;

    private KeySuggester() {
    }

    static Optional<String> closest(String unknown, Collection<String> known) {
        if (unknown.length() > LONGEST_COMPARED) {
            return Optional.empty();
        }
        int allowed = Math.max(2, unknown.length() / 4);
        return known.stream()
                .filter(candidate -> distance(unknown, candidate) <= allowed)
                .min(Comparator.comparingInt((String candidate) -> distance(unknown, candidate))
                        .thenComparing(Comparator.naturalOrder()));
    }

    private static int distance(String unknown, String candidate) {
        int full = editDistance(unknown, candidate);
        int separator = firstSeparator(candidate);
        return separator < 0 ? full : Math.min(full, editDistance(unknown, candidate.substring(separator + 1)));
    }

    private static int firstSeparator(String name) {
        int dot = name.indexOf('.');
        int underscore = name.indexOf('_');
        if (dot < 0 || underscore < 0) {
            return Math.max(dot, underscore);
        }
        return Math.min(dot, underscore);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
