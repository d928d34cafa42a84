package org.bridgehead.imap.protocol;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A STATUS data item (RFC 3501, plus SIZE from RFC 8438, DELETED from RFC 9051, HIGHESTMODSEQ from RFC 7162). */
public enum StatusItem {
    MESSAGES, RECENT, UIDNEXT, UIDVALIDITY, UNSEEN, SIZE, DELETED, HIGHESTMODSEQ;

    public static StatusItem parse(String name) throws ImapSyntaxException {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ImapSyntaxException("Unknown STATUS item " + name);
        }
    }

    /** A non-empty parenthesised list of items. */
    public static Set<StatusItem> parseList(TokenCursor list) throws ImapSyntaxException {
        if (!list.hasNext()) {
            throw new ImapSyntaxException("Empty STATUS item list");
        }
        Set<StatusItem> items = EnumSet.noneOf(StatusItem.class);
        while (list.hasNext()) {
            items.add(parse(list.atom()));
        }
        return Collections.unmodifiableSet(items);
    }
}
