package org.bridgehead.imap.command;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.mail.MailSearch;
import org.bridgehead.exchange.mail.MailService;
import org.bridgehead.imap.mailbox.FlagMapping;
import org.bridgehead.imap.mailbox.MessageRef;
import org.bridgehead.imap.protocol.Flag;
import org.bridgehead.imap.protocol.SearchKey;
import org.bridgehead.imap.protocol.mime.SearchableHeader;

/**
 * Evaluates SEARCH criteria (RFC 3501 6.4.4) over the selected mailbox. Everything but message
 * bodies is answered here: flags, UIDs, sequence numbers, sizes and internal dates from the
 * client's view of the mailbox (exactly what FETCH reports), header keys and SENT* dates from the
 * header blocks of the folder index ({@link MailService#headers}). Only BODY, and the body half of
 * TEXT, go to Exchange; a subtree of body keys costs one call.
 */
final class SearchEvaluator {

    /** What a message without a (readable) Date: field is sent on, as Dovecot has it. */
    private static final LocalDate NO_SENT_DATE = LocalDate.EPOCH;

    private final MailService mail;
    private final String folderId;
    private final List<MessageRef> messages;
    private final long highestUid;
    private final Set<Long> savedResult;
    private final Map<SearchKey, Set<Long>> bodyMatches = new HashMap<>();
    private Map<Long, SearchableHeader> headers;

    /** @param savedResult the UIDs {@code $} names (RFC 5182) */
    SearchEvaluator(MailService mail, String folderId, List<MessageRef> messages, Set<Long> savedResult) {
        this.mail = mail;
        this.savedResult = savedResult;
        this.folderId = folderId;
        this.messages = messages;
        this.highestUid = messages.isEmpty() ? 0 : messages.get(messages.size() - 1).uid();
    }

    /** The UIDs of the matching messages, ascending. */
    Set<Long> matching(SearchKey key) throws BackendException {
        Set<Long> result = new TreeSet<>();
        if (messages.isEmpty()) {
            return result;
        }
        if (needsHeaders(key)) {
            loadHeaders();
        }
        for (MessageRef message : messages) {
            if (matches(key, message)) {
                result.add(message.uid());
            }
        }
        return result;
    }

    private boolean matches(SearchKey key, MessageRef m) throws BackendException {
        if (bodyOnly(key)) {
            return bodyMatches(key).contains(m.uid());
        }
        if (key instanceof SearchKey.And and) {
            for (SearchKey child : and.keys()) {
                if (!matches(child, m)) {
                    return false;
                }
            }
            return true;
        }
        if (key instanceof SearchKey.Or or) {
            return matches(or.left(), m) || matches(or.right(), m);
        }
        if (key instanceof SearchKey.Not not) {
            return !matches(not.key(), m);
        }
        if (key instanceof SearchKey.Text text) {
            return header(m).anyFieldContains(text.substring())
                    || bodyMatches(new SearchKey.Body(text.substring())).contains(m.uid());
        }
        if (key instanceof SearchKey.Header header) {
            return header(m).fieldContains(header.field(), header.substring());
        }
        if (key instanceof SearchKey.HasFlag has) {
            return has.flag().equals(Flag.RECENT) ? m.recent() : FlagMapping.has(m.summary().flags(), has.flag());
        }
        if (key instanceof SearchKey.LacksFlag lacks) {
            return lacks.flag().equals(Flag.RECENT) ? !m.recent() : !FlagMapping.has(m.summary().flags(), lacks.flag());
        }
        if (key instanceof SearchKey.SequenceNumbers seq) {
            return seq.set().saved() ? savedResult.contains(m.uid()) : seq.set().contains(m.sequenceNumber(),
                    messages.size());
        }
        if (key instanceof SearchKey.Uids uids) {
            return uids.set().saved() ? savedResult.contains(m.uid()) : uids.set().contains(m.uid(), highestUid);
        }
        if (key instanceof SearchKey.ModSeq modSeq) {
            return m.summary().modSeq() >= modSeq.modSeq();
        }
        if (key instanceof SearchKey.Larger larger) {
            return m.summary().size() > larger.size();
        }
        if (key instanceof SearchKey.Smaller smaller) {
            return m.summary().size() < smaller.size();
        }
        if (key instanceof SearchKey.DateKey date) {
            LocalDate day = date.field() == SearchKey.DateField.SENT
                    ? header(m).sentDay().orElse(NO_SENT_DATE)
                    // Exchange keeps the instant only; its day is taken in UTC.
                    : m.summary().internalDate().atOffset(ZoneOffset.UTC).toLocalDate();
            return compare(day, date);
        }
        return key instanceof SearchKey.All;
    }

    private Set<Long> bodyMatches(SearchKey key) throws BackendException {
        Set<Long> found = bodyMatches.get(key);
        if (found == null) {
            found = mail.search(folderId, toMailSearch(key));
            bodyMatches.put(key, found);
        }
        return found;
    }

    private SearchableHeader header(MessageRef message) {
        // A message expunged elsewhere since the client's view was taken has no header left.
        return headers.getOrDefault(message.uid(), SearchableHeader.parse(new byte[0]));
    }

    private void loadHeaders() throws BackendException {
        List<Long> uids = new ArrayList<>(messages.size());
        messages.forEach(m -> uids.add(m.uid()));
        headers = new HashMap<>();
        mail.headers(folderId, uids).forEach((uid, block) -> headers.put(uid, SearchableHeader.parse(block)));
    }

    private static boolean compare(LocalDate day, SearchKey.DateKey key) {
        return switch (key.comparison()) {
            case BEFORE -> day.isBefore(key.date());
            case ON -> day.equals(key.date());
            case SINCE -> !day.isBefore(key.date());
        };
    }

    private static boolean needsHeaders(SearchKey key) {
        if (key instanceof SearchKey.And and) {
            return and.keys().stream().anyMatch(SearchEvaluator::needsHeaders);
        }
        if (key instanceof SearchKey.Or or) {
            return needsHeaders(or.left()) || needsHeaders(or.right());
        }
        if (key instanceof SearchKey.Not not) {
            return needsHeaders(not.key());
        }
        return key instanceof SearchKey.Header || key instanceof SearchKey.Text
                || key instanceof SearchKey.DateKey date && date.field() == SearchKey.DateField.SENT;
    }

    /** Whether every leaf of the subtree is a BODY key, so that Exchange can answer it in one call. */
    private static boolean bodyOnly(SearchKey key) {
        if (key instanceof SearchKey.And and) {
            return and.keys().stream().allMatch(SearchEvaluator::bodyOnly);
        }
        if (key instanceof SearchKey.Or or) {
            return bodyOnly(or.left()) && bodyOnly(or.right());
        }
        if (key instanceof SearchKey.Not not) {
            return bodyOnly(not.key());
        }
        return key instanceof SearchKey.Body;
    }

    private static MailSearch toMailSearch(SearchKey key) {
        if (key instanceof SearchKey.And and) {
            return new MailSearch.And(and.keys().stream().map(SearchEvaluator::toMailSearch).toList());
        }
        if (key instanceof SearchKey.Or or) {
            return new MailSearch.Or(List.of(toMailSearch(or.left()), toMailSearch(or.right())));
        }
        if (key instanceof SearchKey.Not not) {
            return new MailSearch.Not(toMailSearch(not.key()));
        }
        return new MailSearch.BodyContains(((SearchKey.Body) key).substring());
    }
}
