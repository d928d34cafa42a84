package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.imap.protocol.BadCharsetException;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.ImapValue;
import org.bridgehead.imap.protocol.SearchKey;
import org.bridgehead.imap.protocol.SearchRequest;
import org.bridgehead.imap.server.SessionState;

/**
 * THREAD and UID THREAD (RFC 5256 4) by ORDEREDSUBJECT and REFERENCES, from the header blocks the
 * folder index keeps: {@code thread-alg SP charset 1*(SP search-key)}.
 */
final class ThreadCommand implements CommandHandler {

    @Override
    public Set<SessionState> validStates() {
        return SELECTED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, BadCharsetException, BackendException, IOException {
        String algorithm = request.arguments().atom().toUpperCase(Locale.ROOT);
        if (!algorithm.equals("ORDEREDSUBJECT") && !algorithm.equals("REFERENCES")) {
            throw new ImapSyntaxException("Unknown threading algorithm " + algorithm);
        }
        SearchKey key = SearchRequest.criteria(request.arguments(),
                SearchRequest.charset(request.arguments().astring()));
        List<SortableMessage> messages = SortableMessage.matching(context, key, true);
        List<ThreadNode> threads = algorithm.equals("REFERENCES") ? ReferencesThreader.thread(messages)
                : orderedSubject(messages);
        String written = ThreadNode.write(threads, request.byUid());
        synchronized (context.writer()) {
            if (written.isEmpty()) {
                context.writer().data(ImapValue.atom("THREAD"));
            } else {
                context.writer().data(ImapValue.atom("THREAD"), ImapValue.atom(written));
            }
        }
        return CommandResult.ok("THREAD completed");
    }

    /**
     * ORDEREDSUBJECT: messages of the same base subject form a thread, in sent-date order, the first
     * the parent of the others; threads in the order of their first message's sent date.
     */
    private static List<ThreadNode> orderedSubject(List<SortableMessage> messages) {
        List<SortableMessage> sorted = new ArrayList<>(messages);
        sorted.sort(Comparator.comparing((SortableMessage m) -> m.fields().subject().text())
                .thenComparing(SortableMessage.BY_SENT_DATE));
        List<ThreadNode> threads = new ArrayList<>();
        ThreadNode current = null;
        for (SortableMessage message : sorted) {
            if (current != null && current.message.fields().subject().text()
                    .equals(message.fields().subject().text())) {
                current.add(new ThreadNode(message));
            } else {
                current = new ThreadNode(message);
                threads.add(current);
            }
        }
        threads.sort(ThreadNode.BY_SENT_DATE);
        return threads;
    }
}
