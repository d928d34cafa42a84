package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.imap.mailbox.MessageRef;
import org.bridgehead.imap.mailbox.SelectedMailbox;
import org.bridgehead.imap.protocol.BadCharsetException;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.ImapValue;
import org.bridgehead.imap.protocol.SearchKey;
import org.bridgehead.imap.protocol.SearchRequest;
import org.bridgehead.imap.protocol.SequenceSet;
import org.bridgehead.imap.protocol.UntaggedResponse;
import org.bridgehead.imap.server.SessionState;

/**
 * SEARCH and UID SEARCH (RFC 3501 6.4.4), including CHARSET, with ESEARCH's RETURN options (RFC 4731)
 * and SEARCHRES's SAVE (RFC 5182).
 */
final class SearchCommand implements CommandHandler {

    @Override
    public Set<SessionState> validStates() {
        return SELECTED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, BadCharsetException, BackendException, IOException {
        SearchRequest search = SearchRequest.parse(request.arguments(), request.byUid());
        SelectedMailbox mailbox = context.selected();
        List<MessageRef> messages = mailbox.all();
        Set<Long> saved = Set.copyOf(mailbox.savedResult());
        boolean save = search.returns().contains(SearchRequest.ReturnOption.SAVE);
        if (save) {
            // A SEARCH that fails leaves $ empty (RFC 5182 2.1).
            mailbox.saveResult(List.of());
        }
        Set<Long> uids = new SearchEvaluator(context.mail(), mailbox.folderId(), messages, saved)
                .matching(search.key());
        if (save) {
            mailbox.saveResult(search.saved(List.copyOf(uids)));
        }
        List<Long> numbers = new ArrayList<>(uids.size());
        long highestModSeq = 0;
        for (MessageRef message : messages) {
            if (uids.contains(message.uid())) {
                numbers.add(request.byUid() ? message.uid() : message.sequenceNumber());
                highestModSeq = Math.max(highestModSeq, message.summary().modSeq());
            }
        }
        boolean modSeqSearched = usesModSeq(search.key());
        if (modSeqSearched) {
            // A CONDSTORE-enabling command (RFC 7162 3.1).
            context.session().enableCondstore();
        }
        OptionalLong modSeq = modSeqSearched && !numbers.isEmpty()
                ? OptionalLong.of(Math.max(1, highestModSeq)) : OptionalLong.empty();
        if (search.extended()) {
            if (search.answered()) {
                writeEsearch(context, request, search, numbers, modSeq);
            }
        } else {
            context.write(new UntaggedResponse.SearchResult(numbers, modSeq));
        }
        return CommandResult.ok("SEARCH completed");
    }

    /** {@code * ESEARCH (TAG "t") [UID] [MIN n] [MAX n] [ALL set] [COUNT n] [MODSEQ n]} (RFC 4731 3.1). */
    private static void writeEsearch(CommandContext context, CommandRequest request, SearchRequest search,
            List<Long> numbers, OptionalLong modSeq) throws IOException {
        List<ImapValue> values = new ArrayList<>();
        values.add(ImapValue.atom("ESEARCH"));
        values.add(ImapValue.list(ImapValue.atom("TAG"), ImapValue.string(request.tag())));
        if (request.byUid()) {
            values.add(ImapValue.atom("UID"));
        }
        // No MIN, MAX or ALL for an empty result (RFC 4731 3.1); COUNT is then 0.
        if (search.returns().contains(SearchRequest.ReturnOption.MIN) && !numbers.isEmpty()) {
            values.add(ImapValue.atom("MIN"));
            values.add(ImapValue.number(numbers.get(0)));
        }
        if (search.returns().contains(SearchRequest.ReturnOption.MAX) && !numbers.isEmpty()) {
            values.add(ImapValue.atom("MAX"));
            values.add(ImapValue.number(numbers.get(numbers.size() - 1)));
        }
        if (search.returns().contains(SearchRequest.ReturnOption.ALL) && !numbers.isEmpty()) {
            values.add(ImapValue.atom("ALL"));
            values.add(ImapValue.atom(SequenceSet.of(numbers).toString()));
        }
        if (search.returns().contains(SearchRequest.ReturnOption.COUNT)) {
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

    private static boolean usesModSeq(SearchKey key) {
        if (key instanceof SearchKey.And and) {
            return and.keys().stream().anyMatch(SearchCommand::usesModSeq);
        }
        if (key instanceof SearchKey.Or or) {
            return usesModSeq(or.left()) || usesModSeq(or.right());
        }
        if (key instanceof SearchKey.Not not) {
            return usesModSeq(not.key());
        }
        return key instanceof SearchKey.ModSeq;
    }
}
