package org.bridgehead.exchange.mail;

import java.time.Instant;
import java.util.List;

/**
 * Search criteria the backend evaluates on the server (Exchange restrictions), for the IMAP
 * SEARCH keys that need message content or headers. Flag, UID and sequence criteria are not here:
 * the protocol server answers those from its own snapshot.
 */
public sealed interface MailSearch {

    /** Header field contains the text, case-insensitively (Subject, From, To, Cc, Bcc or any other). */
    record HeaderContains(String field, String text) implements MailSearch { }

    /** The body contains the text. */
    record BodyContains(String text) implements MailSearch { }

    /** Headers or body contain the text (IMAP TEXT). */
    record TextContains(String text) implements MailSearch { }

    /** Received (internal date) at or after the instant. */
    record ReceivedSince(Instant instant) implements MailSearch { }

    /** Received before the instant. */
    record ReceivedBefore(Instant instant) implements MailSearch { }

    /** Date: header at or after the instant. */
    record SentSince(Instant instant) implements MailSearch { }

    /** Date: header before the instant. */
    record SentBefore(Instant instant) implements MailSearch { }

    /** Size strictly larger than the bytes. */
    record LargerThan(long bytes) implements MailSearch { }

    /** Size strictly smaller than the bytes. */
    record SmallerThan(long bytes) implements MailSearch { }

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
