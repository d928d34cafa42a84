package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.imap.protocol.BadCharsetException;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.ImapValue;
import org.bridgehead.imap.protocol.SearchRequest;
import org.bridgehead.imap.protocol.SortRequest;
import org.bridgehead.imap.server.SessionState;

/**
 * SORT and UID SORT (RFC 5256 3) with DISPLAYFROM and DISPLAYTO (RFC 5957) and ESORT's RETURN
 * options (RFC 5267), answered from the
 * folder index: dates and sizes from the message summaries, the header keys from the header blocks
 * the index keeps. Messages that compare equal stay in mailbox order.
 */
final class SortCommand implements CommandHandler {

    @Override
    public Set<SessionState> validStates() {
        return SELECTED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, BadCharsetException, BackendException, IOException {
        SortRequest sort = SortRequest.parse(request.arguments());
        boolean withHeaders = sort.criteria().stream().anyMatch(c -> c.key() != SortRequest.Key.ARRIVAL
                && c.key() != SortRequest.Key.SIZE);
        List<SortableMessage> messages = new ArrayList<>(SortableMessage.matching(context, sort.key(), withHeaders));
        messages.sort(order(sort.criteria()));
        if (!sort.returns().isEmpty()) {
            if (sort.returns().contains(SearchRequest.ReturnOption.SAVE)) {
                context.selected().saveResult(SearchRequest.saved(sort.returns(),
                        messages.stream().map(m -> m.ref().uid()).toList()));
            }
            List<Long> numbers = messages.stream().map(m -> m.number(request.byUid())).toList();
            if (SearchRequest.answered(sort.returns())) {
                EsearchResponse.write(context, request, sort.returns(), numbers, inOrder(numbers),
                        OptionalLong.empty());
            }
            return CommandResult.ok("SORT completed");
        }
        List<ImapValue> values = new ArrayList<>(messages.size() + 1);
        values.add(ImapValue.atom("SORT"));
        messages.forEach(m -> values.add(ImapValue.number(m.number(request.byUid()))));
        synchronized (context.writer()) {
            context.writer().data(values.toArray(ImapValue[]::new));
        }
        return CommandResult.ok("SORT completed");
    }

    /** The numbers in sort order, ascending runs written as ranges: {@code 5,2:4,1}. */
    private static String inOrder(List<Long> numbers) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < numbers.size(); ) {
            int end = i;
            while (end + 1 < numbers.size() && numbers.get(end + 1) == numbers.get(end) + 1) {
                end++;
            }
            out.append(out.length() == 0 ? "" : ",").append(numbers.get(i));
            if (end > i) {
                out.append(':').append(numbers.get(end));
            }
            i = end + 1;
        }
        return out.toString();
    }

    private static Comparator<SortableMessage> order(List<SortRequest.Criterion> criteria) {
        Comparator<SortableMessage> order = null;
        for (SortRequest.Criterion criterion : criteria) {
            Comparator<SortableMessage> next = comparator(criterion.key());
            if (criterion.reverse()) {
                next = next.reversed();
            }
            order = order == null ? next : order.thenComparing(next);
        }
        return order.thenComparingInt(m -> m.ref().sequenceNumber());
    }

    private static Comparator<SortableMessage> comparator(SortRequest.Key key) {
        return switch (key) {
            case ARRIVAL -> Comparator.comparing(m -> m.ref().summary().internalDate());
            case DATE -> Comparator.comparing(SortableMessage::sentDate);
            case SIZE -> Comparator.comparingLong(m -> m.ref().summary().size());
            case SUBJECT -> Comparator.comparing(m -> m.fields().subject().text());
            case FROM -> Comparator.comparing(m -> m.fields().from());
            case TO -> Comparator.comparing(m -> m.fields().to());
            case CC -> Comparator.comparing(m -> m.fields().cc());
            case DISPLAYFROM -> Comparator.comparing(m -> m.fields().displayFrom());
            case DISPLAYTO -> Comparator.comparing(m -> m.fields().displayTo());
        };
    }
}
