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
                EsearchResponse.write(context, request, search.returns(), numbers,
                        numbers.isEmpty() ? "" : SequenceSet.of(numbers).toString(), modSeq);
            }
        } else {
            context.write(new UntaggedResponse.SearchResult(numbers, modSeq));
        }
        return CommandResult.ok("SEARCH completed");
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
