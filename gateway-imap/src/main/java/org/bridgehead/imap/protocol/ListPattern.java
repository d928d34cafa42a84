package org.bridgehead.imap.protocol;

/**
 * A LIST / LSUB mailbox pattern: {@code *} matches anything, {@code %} anything but the
 * hierarchy delimiter. The reference is prefixed to the pattern (RFC 3501 leaves the joint to the server), and INBOX as first level
 * matches whatever its case.
 */
public final class ListPattern {

    private final String pattern;
    private final char delimiter;

    private ListPattern(String pattern, char delimiter) {
        this.pattern = pattern;
        this.delimiter = delimiter;
    }

    /** The pattern for decoded {@code reference} and {@code pattern} arguments. */
    public static ListPattern of(String reference, String pattern, char delimiter) {
        // Plain concatenation, as Dovecot does, without doubling a delimiter at the joint.
        boolean doubled = !reference.isEmpty() && reference.charAt(reference.length() - 1) == delimiter
                && pattern.startsWith(String.valueOf(delimiter));
        String combined = doubled ? reference + pattern.substring(1) : reference + pattern;
        return new ListPattern(MailboxName.normalizeInbox(combined), delimiter);
    }

    /** The combined pattern, INBOX-normalised. */
    public String pattern() {
        return pattern;
    }

    /** Whether the decoded mailbox name matches. */
    public boolean matches(String mailboxName) {
        String name = MailboxName.normalizeInbox(mailboxName);
        // Dynamic programming over (pattern position, name position): linear memory, no backtracking blow-up.
        int n = name.length();
        boolean[] current = new boolean[n + 1];
        current[0] = true;
        for (int p = 0; p < pattern.length(); p++) {
            char wildcard = pattern.charAt(p);
            boolean[] next = new boolean[n + 1];
            if (wildcard == '*' || wildcard == '%') {
                boolean reachable = false;
                for (int i = 0; i <= n; i++) {
                    reachable = current[i] || (reachable && (wildcard == '*' || name.charAt(i - 1) != delimiter));
                    next[i] = reachable;
                }
            } else {
                for (int i = 1; i <= n; i++) {
                    next[i] = current[i - 1] && name.charAt(i - 1) == wildcard;
                }
            }
            current = next;
        }
        return current[n];
    }

    @Override
    public String toString() {
        return pattern;
    }
}
