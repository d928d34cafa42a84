package org.bridgehead.imap.protocol;

import java.util.List;

/**
 * One argument of a command as read from the wire, before any command-specific parsing.
 * Values can be secrets (LOGIN passwords): log commands through {@link ImapCommand#toString()}.
 */
public sealed interface ImapToken {

    /** A bare word: {@code FLAGS}, {@code 1:*}, {@code \Seen}, {@code BODY[HEADER]<0.10>}. */
    record Atom(String value) implements ImapToken {
    }

    /** A {@code "quoted"} string with its escapes removed. */
    record QuotedString(String value) implements ImapToken {
    }

    /** A {@code {N}} or {@code {N+}} literal; its bytes may live in memory or in a spool file. */
    record Literal(LiteralData data) implements ImapToken {
    }

    /** A parenthesised list. */
    record ParenList(List<ImapToken> items) implements ImapToken {
        public ParenList {
            items = List.copyOf(items);
        }
    }

    /** The atom {@code NIL}. */
    record Nil() implements ImapToken {
    }
}
