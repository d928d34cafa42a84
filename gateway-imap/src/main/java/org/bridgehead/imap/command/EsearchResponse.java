package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.bridgehead.imap.protocol.ImapValue;
import org.bridgehead.imap.protocol.SearchRequest.ReturnOption;

/**
 * {@code * ESEARCH (TAG "t") [UID] [MIN n] [MAX n] [ALL set] [COUNT n] [MODSEQ n]}, the answer of
 * SEARCH RETURN (RFC 4731 3.1) and of SORT RETURN (ESORT, RFC 5267 3), where MIN and MAX are the
 * first and last of the result in its order.
 */
final class EsearchResponse {

    private EsearchResponse() {
    }

    /**
     * @param numbers the result in its order (ascending for SEARCH, sort order for SORT)
     * @param all     the result as ALL writes it
     */
    static void write(CommandContext context, CommandRequest request, Set<ReturnOption> returns, List<Long> numbers,
            String all, OptionalLong modSeq) throws IOException {
        List<ImapValue> values = new ArrayList<>();
        values.add(ImapValue.atom("ESEARCH"));
        values.add(ImapValue.list(ImapValue.atom("TAG"), ImapValue.string(request.tag())));
        if (request.byUid()) {
            values.add(ImapValue.atom("UID"));
        }
        // No MIN, MAX or ALL for an empty result (RFC 4731 3.1); COUNT is then 0.
        if (returns.contains(ReturnOption.MIN) && !numbers.isEmpty()) {
            values.add(ImapValue.atom("MIN"));
            values.add(ImapValue.number(numbers.get(0)));
        }
        if (returns.contains(ReturnOption.MAX) && !numbers.isEmpty()) {
            values.add(ImapValue.atom("MAX"));
            values.add(ImapValue.number(numbers.get(numbers.size() - 1)));
        }
        if (returns.contains(ReturnOption.ALL) && !numbers.isEmpty()) {
            values.add(ImapValue.atom("ALL"));
            values.add(ImapValue.atom(all));
        }
        if (returns.contains(ReturnOption.COUNT)) {
            values.add(ImapValue.atom("COUNT"));
            values.add(ImapValue.number(numbers.size()));
        }
        if (modSeq.isPresent()) {
            values.add(ImapValue.atom("MODSEQ"));
            values.add(ImapValue.number(modSeq.getAsLong()));
        }
        synchronized (context.writer()) {
            context.writer().data(values.toArray(ImapValue[]::new));
        }
    }
}
