package org.bridgehead.imap.command;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.mail.MailSearch;
import org.bridgehead.exchange.mail.MailService;
import org.bridgehead.imap.mailbox.FlagMapping;
import org.bridgehead.imap.mailbox.MessageRef;
import org.bridgehead.imap.protocol.Flag;
import org.bridgehead.imap.protocol.SearchKey;

/**
 * Evaluates SEARCH criteria over the selected mailbox. Keys that need headers or bodies
 * (HEADER, FROM, SUBJECT, BODY, TEXT, SENT*) are pushed to Exchange, a whole subtree of them in
 * one call; flags, UIDs, sequence numbers, sizes and internal dates are answered from the
 * client's view of the mailbox, which is exactly what FETCH reports for them.
 */
final class SearchEvaluator {

    private final MailService mail;
    private final String folderId;
    private final List<MessageRef> messages;
    private final Set<Long> universe = new TreeSet<>();
    private final long highestUid;

    SearchEvaluator(MailService mail, String folderId, List<MessageRef> messages) {
        this.mail = mail;
        this.folderId = folderId;
        this.messages = messages;
        messages.forEach(m -> universe.add(m.uid()));
        this.highestUid = messages.isEmpty() ? 0 : messages.get(messages.size() - 1).uid();
    }

    /** The UIDs of the matching messages, ascending. */
    Set<Long> matching(SearchKey key) throws BackendException {
        if (universe.isEmpty()) {
            return Set.of();
        }
        if (needsServer(key)) {
            Set<Long> found = new TreeSet<>(mail.search(folderId, toMailSearch(key)));
            found.retainAll(universe);
            return found;
        }
        if (key instanceof SearchKey.And and) {
            return and(and.keys());
        }
        if (key instanceof SearchKey.Or or) {
            Set<Long> union = new TreeSet<>(matching(or.left()));
            union.addAll(matching(or.right()));
            return union;
        }
        if (key instanceof SearchKey.Not not) {
            Set<Long> complement = new TreeSet<>(universe);
            complement.removeAll(matching(not.key()));
            return complement;
        }
        return local(key);
    }

    /** Server-side children go to Exchange together; local ones narrow the result. */
    private Set<Long> and(List<SearchKey> keys) throws BackendException {
        List<SearchKey> server = keys.stream().filter(SearchEvaluator::needsServer).toList();
        Set<Long> result = new TreeSet<>(universe);
        for (SearchKey key : keys) {
            if (!needsServer(key)) {
                result.retainAll(matching(key));
            }
        }
        if (!server.isEmpty() && !result.isEmpty()) {
            result.retainAll(matching(server.size() == 1 ? server.get(0) : new SearchKey.And(server)));
        }
        return result;
    }

    private Set<Long> local(SearchKey key) {
        Predicate<MessageRef> test = localTest(key);
        Set<Long> result = new TreeSet<>();
        messages.stream().filter(test).forEach(m -> result.add(m.uid()));
        return result;
    }

    private Predicate<MessageRef> localTest(SearchKey key) {
        if (key instanceof SearchKey.HasFlag has) {
            return m -> has.flag().equals(Flag.RECENT) ? m.recent() : FlagMapping.has(m.summary().flags(), has.flag());
        }
        if (key instanceof SearchKey.LacksFlag lacks) {
            return m -> lacks.flag().equals(Flag.RECENT) ? !m.recent()
                    : !FlagMapping.has(m.summary().flags(), lacks.flag());
        }
        if (key instanceof SearchKey.SequenceNumbers seq) {
            return m -> seq.set().contains(m.sequenceNumber(), messages.size());
        }
        if (key instanceof SearchKey.Uids uids) {
            return m -> uids.set().contains(m.uid(), highestUid);
        }
        if (key instanceof SearchKey.Larger larger) {
            return m -> m.summary().size() > larger.size();
        }
        if (key instanceof SearchKey.Smaller smaller) {
            return m -> m.summary().size() < smaller.size();
        }
        if (key instanceof SearchKey.DateKey date) {
            return m -> compare(m.summary().internalDate().atOffset(ZoneOffset.UTC).toLocalDate(), date);
        }
        return m -> true;
    }

    private static boolean compare(LocalDate day, SearchKey.DateKey key) {
        return switch (key.comparison()) {
            case BEFORE -> day.isBefore(key.date());
            case ON -> day.equals(key.date());
            case SINCE -> !day.isBefore(key.date());
        };
    }

    private static boolean needsServer(SearchKey key) {
        if (key instanceof SearchKey.And and) {
            return and.keys().stream().allMatch(SearchEvaluator::needsServer);
        }
        if (key instanceof SearchKey.Or or) {
            return needsServer(or.left()) && needsServer(or.right());
        }
        if (key instanceof SearchKey.Not not) {
            return needsServer(not.key());
        }
        return key instanceof SearchKey.Header || key instanceof SearchKey.Body || key instanceof SearchKey.Text
                || key instanceof SearchKey.DateKey date && date.field() == SearchKey.DateField.SENT;
    }

    private static MailSearch toMailSearch(SearchKey key) {
        if (key instanceof SearchKey.And and) {
            List<MailSearch> all = new ArrayList<>();
            and.keys().forEach(k -> all.add(toMailSearch(k)));
            return new MailSearch.And(all);
        }
        if (key instanceof SearchKey.Or or) {
            return new MailSearch.Or(List.of(toMailSearch(or.left()), toMailSearch(or.right())));
        }
        if (key instanceof SearchKey.Not not) {
            return new MailSearch.Not(toMailSearch(not.key()));
        }
        if (key instanceof SearchKey.Header header) {
            return new MailSearch.HeaderContains(header.field(), header.substring());
        }
        if (key instanceof SearchKey.Body body) {
            return new MailSearch.BodyContains(body.substring());
        }
        if (key instanceof SearchKey.Text text) {
            return new MailSearch.TextContains(text.substring());
        }
        SearchKey.DateKey date = (SearchKey.DateKey) key;
        var start = date.date().atStartOfDay(ZoneOffset.UTC).toInstant();
        var end = date.date().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return switch (date.comparison()) {
            case BEFORE -> new MailSearch.SentBefore(start);
            case SINCE -> new MailSearch.SentSince(start);
            case ON -> new MailSearch.And(List.of(new MailSearch.SentSince(start), new MailSearch.SentBefore(end)));
        };
    }
}
