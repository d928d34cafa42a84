package org.bridgehead.imap.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.imap.mailbox.MessageRef;
import org.bridgehead.imap.mailbox.SelectedMailbox;
import org.bridgehead.imap.protocol.SearchKey;
import org.bridgehead.imap.protocol.mime.SortFields;

/**
 * A message as SORT and THREAD compare it: its place and index data, and the header fields they
 * read. Everything comes from the folder index, which keeps header blocks once read.
 */
record SortableMessage(MessageRef ref, SortFields fields) {

    private static final SortFields NO_HEADER = SortFields.parse(new byte[0]);

    /** The sent date, or the internal date when the Date: field is missing or unreadable (RFC 5256 2.2). */
    Instant sentDate() {
        return fields.sentDate().orElse(ref.summary().internalDate());
    }

    /** Orders by sent date, then by place in the mailbox, as RFC 5256 breaks ties. */
    static final Comparator<SortableMessage> BY_SENT_DATE = Comparator.comparing(SortableMessage::sentDate)
            .thenComparingInt(m -> m.ref().sequenceNumber());

    /**
     * The messages of the selected mailbox that match the search key, in mailbox order, with their
     * header fields when {@code withHeaders}.
     */
    static List<SortableMessage> matching(CommandContext context, SearchKey key, boolean withHeaders)
            throws BackendException {
        SelectedMailbox mailbox = context.selected();
        List<MessageRef> messages = mailbox.all();
        Set<Long> uids = new SearchEvaluator(context.mail(), mailbox.folderId(), messages,
                Set.copyOf(mailbox.savedResult())).matching(key);
        List<MessageRef> matched = messages.stream().filter(m -> uids.contains(m.uid())).toList();
        Map<Long, byte[]> headers = withHeaders && !matched.isEmpty()
                ? context.mail().headers(mailbox.folderId(), matched.stream().map(MessageRef::uid).toList())
                : new HashMap<>();
        List<SortableMessage> result = new ArrayList<>(matched.size());
        for (MessageRef ref : matched) {
            byte[] header = headers.get(ref.uid());
            result.add(new SortableMessage(ref, header == null ? NO_HEADER : SortFields.parse(header)));
        }
        return result;
    }

    /** The number a response gives the message: its UID for UID SORT / UID THREAD. */
    long number(boolean byUid) {
        return byUid ? ref.uid() : ref.sequenceNumber();
    }
}
