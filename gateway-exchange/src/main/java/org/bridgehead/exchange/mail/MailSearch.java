package org.bridgehead.exchange.mail;

import java.util.List;

/**
 * Search criteria that only Exchange can evaluate: those over message bodies (IMAP BODY and the
 * body half of TEXT), which the gateway does not keep. Everything else IMAP SEARCH asks (flags,
 * sizes, dates, header fields) is answered by the protocol server from the folder index and
 * {@link MailService#headers}, so it matches exactly what FETCH shows.
 */
public sealed interface MailSearch {

    /** The body contains the text, case-insensitively, as Exchange matches it. */
    record BodyContains(String text) implements MailSearch { }

    record And(List<MailSearch> all) implements MailSearch {
        public And {
            all = List.copyOf(all);
        }
    }

    record Or(List<MailSearch> any) implements MailSearch {
        public Or {
            any = List.copyOf(any);
        }
    }

    record Not(MailSearch negated) implements MailSearch { }
}
