package org.bridgehead.imap.protocol;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of {@code APPEND}: a mailbox and one message, or several (MULTIAPPEND,
 * RFC 3502), each {@code [flag-list] [date-time] literal}. The literals stay owned by the
 * command, which deletes their spool files when closed.
 *
 * @param mailbox  decoded, INBOX-normalised mailbox name
 * @param messages at least one message
 */
public record AppendRequest(String mailbox, List<Message> messages) {

    /**
     * One message to append.
     *
     * @param flags        flags to set, possibly empty
     * @param internalDate the INTERNALDATE requested, if any
     * @param content      the message bytes
     */
    public record Message(Set<Flag> flags, Optional<OffsetDateTime> internalDate, LiteralData content) {
        public Message {
            flags = Collections.unmodifiableSet(new LinkedHashSet<>(flags));
        }
    }

    public AppendRequest {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("APPEND carries at least one message");
        }
    }

    public static AppendRequest parse(TokenCursor arguments) throws ImapSyntaxException {
        String mailbox = MailboxName.fromWire(arguments.astring());
        List<Message> messages = new ArrayList<>();
        do {
            Set<Flag> flags = arguments.nextIsList() ? Flag.parseList(arguments.list()) : Set.of();
            Optional<OffsetDateTime> date = Optional.empty();
            if (arguments.hasNext() && arguments.peek() instanceof ImapToken.QuotedString quoted) {
                arguments.next();
                date = Optional.of(ImapDates.parseDateTime(quoted.value()));
            }
            if (!arguments.hasNext() || !(arguments.peek() instanceof ImapToken.Literal)) {
                throw new ImapSyntaxException("APPEND message must be a literal");
            }
            messages.add(new Message(flags, date, arguments.literal()));
        } while (arguments.hasNext());
        return new AppendRequest(mailbox, messages);
    }
}
