package org.bridgehead.imap.protocol;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A message flag: a system flag ({@code \Seen}, spelled canonically whatever case the client
 * used) or a keyword ({@code $Forwarded}, {@code Junk}), kept as written.
 *
 * @param name the flag as it appears on the wire
 */
public record Flag(String name) {

    public static final Flag SEEN = new Flag("\\Seen");
    public static final Flag ANSWERED = new Flag("\\Answered");
    public static final Flag FLAGGED = new Flag("\\Flagged");
    public static final Flag DELETED = new Flag("\\Deleted");
    public static final Flag DRAFT = new Flag("\\Draft");
    public static final Flag RECENT = new Flag("\\Recent");
    /** Only in {@code PERMANENTFLAGS}: clients may create new keywords. */
    public static final Flag ANY_KEYWORD = new Flag("\\*");

    private static final List<Flag> SYSTEM_FLAGS = List.of(SEEN, ANSWERED, FLAGGED, DELETED, DRAFT, RECENT);

    public Flag {
        if (name.isEmpty() || name.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
            throw new IllegalArgumentException("invalid flag name");
        }
    }

    /** Parses one flag as a client may send it in STORE, APPEND or SEARCH KEYWORD. */
    public static Flag parse(String text) throws ImapSyntaxException {
        boolean system = text.startsWith("\\");
        String word = system ? text.substring(1) : text;
        if (word.isEmpty() || !word.chars().allMatch(Flag::isAtomChar)) {
            throw new ImapSyntaxException("Invalid flag " + text);
        }
        if (!system) {
            return new Flag(text);
        }
        for (Flag flag : SYSTEM_FLAGS) {
            if (flag.name().equalsIgnoreCase(text)) {
                if (flag.equals(RECENT)) {
                    throw new ImapSyntaxException("\\Recent cannot be set by clients");
                }
                return flag;
            }
        }
        // flag-extension is reserved for future RFCs; none this server knows of (Dovecot answers BAD too).
        throw new ImapSyntaxException("Unknown system flag " + text);
    }

    /** A parenthesised flag list (APPEND, STORE), in client order without duplicates. */
    public static Set<Flag> parseList(TokenCursor list) throws ImapSyntaxException {
        Set<Flag> flags = new LinkedHashSet<>();
        while (list.hasNext()) {
            flags.add(parse(list.atom()));
        }
        return Collections.unmodifiableSet(flags);
    }

    public boolean isSystemFlag() {
        return name.startsWith("\\");
    }

    @Override
    public String toString() {
        return name;
    }

    private static boolean isAtomChar(int c) {
        return c > 0x20 && c < 0x7f && "(){%*\"\\]".indexOf(c) < 0;
    }
}
