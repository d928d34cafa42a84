package org.bridgehead.imap.protocol.mime;

import java.util.Locale;

/**
 * The base subject of RFC 5256 2.1, which SORT SUBJECT and THREAD compare: the decoded subject
 * without "Re:", "Fwd:", "[list]" leaders, "(fwd)" trailers and "[fwd: ...]" wrappers, whitespace
 * collapsed, case-folded for comparison.
 *
 * @param text           the base subject, upper case
 * @param replyOrForward whether anything like "Re:" or "[fwd: ...]" was removed (THREAD step 6)
 */
public record BaseSubject(String text, boolean replyOrForward) {

    /** @param decoded the Subject: field with encoded words decoded, or "" when there is none */
    public static BaseSubject of(String decoded) {
        String subject = decoded.replaceAll("[\\t\\r\\n ]+", " ").strip().toUpperCase(Locale.ROOT);
        boolean reply = false;
        while (true) {
            // (2) trailers: "(fwd)" and whitespace.
            while (subject.endsWith("(FWD)") || subject.endsWith(" ")) {
                boolean forward = subject.endsWith("(FWD)");
                subject = subject.substring(0, subject.length() - (forward ? 5 : 1));
                reply |= forward;
            }
            // (3) to (5) leaders, repeated until none is left.
            String before;
            do {
                before = subject;
                int leader = leaderLength(subject);
                if (leader > 0) {
                    reply |= !subject.startsWith(" ");
                    subject = subject.substring(leader);
                }
                int blob = blobLength(subject, 0);
                if (blob > 0 && blob < subject.length()) {
                    subject = subject.substring(blob);
                }
            } while (!subject.equals(before));
            // (6) "[fwd: ...]": unwrap and start again.
            if (subject.startsWith("[FWD:") && subject.endsWith("]")) {
                subject = subject.substring(5, subject.length() - 1);
                reply = true;
                continue;
            }
            return new BaseSubject(subject.strip(), reply);
        }
    }

    /** The length of a subj-leader at the start: whitespace, or {@code *subj-blob subj-refwd}. */
    private static int leaderLength(String s) {
        if (s.startsWith(" ")) {
            return 1;
        }
        int i = 0;
        for (int blob; (blob = blobLength(s, i)) > 0; ) {
            i += blob;
        }
        int word;
        if (s.startsWith("RE", i)) {
            word = 2;
        } else if (s.startsWith("FWD", i)) {
            word = 3;
        } else if (s.startsWith("FW", i)) {
            word = 2;
        } else {
            return 0;
        }
        i += word;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        i += blobLength(s, i);
        return i < s.length() && s.charAt(i) == ':' ? i + 1 : 0;
    }

    /** The length of a subj-blob ({@code "[" *BLOBCHAR "]" *WSP}) at {@code from}, 0 if none. */
    private static int blobLength(String s, int from) {
        if (from >= s.length() || s.charAt(from) != '[') {
            return 0;
        }
        int close = from + 1;
        while (close < s.length() && s.charAt(close) != ']') {
            if (s.charAt(close) == '[') {
                return 0;
            }
            close++;
        }
        if (close >= s.length()) {
            return 0;
        }
        int end = close + 1;
        while (end < s.length() && s.charAt(end) == ' ') {
            end++;
        }
        return end - from;
    }
}
