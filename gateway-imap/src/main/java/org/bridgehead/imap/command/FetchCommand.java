package org.bridgehead.imap.command;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.mail.BatchResult;
import org.bridgehead.exchange.mail.FlagChange;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.MessageSummary;
import org.bridgehead.exchange.mail.SystemFlag;
import org.bridgehead.imap.mailbox.MessageRef;
import org.bridgehead.imap.mailbox.SelectedMailbox;
import org.bridgehead.imap.protocol.FetchAttribute;
import org.bridgehead.imap.protocol.FetchRequest;
import org.bridgehead.imap.protocol.Flag;
import org.bridgehead.imap.protocol.ImapDates;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.ImapValue;
import org.bridgehead.imap.protocol.SectionSpec;
import org.bridgehead.imap.protocol.SequenceSet;
import org.bridgehead.imap.protocol.UntaggedResponse;
import org.bridgehead.imap.server.SessionState;

/**
 * FETCH and UID FETCH (RFC 3501 6.4.5), with CHANGEDSINCE and VANISHED (RFC 7162). Content is fetched from the backend in batches, so a
 * FETCH over a whole mailbox costs one backend call per batch and bounded memory; a FETCH that only
 * looks at headers (HEADER.FIELDS, ENVELOPE ...) reads header blocks, never bodies. A non-PEEK body
 * fetch sets \Seen (in a read-write mailbox) and then reports FLAGS. RFC822.SIZE is the exact
 * length of the content once this connection has read it, otherwise the size the backend reported;
 * with {@code bridgehead.imap.exact.sizes} the content is read for RFC822.SIZE too.
 */
final class FetchCommand implements CommandHandler {

    /**
     * Messages whose content is fetched (and held) at once: the default EWS batch size, so a FETCH
     * costs one GetItem per batch; large contents are file-backed by the backend's cache.
     */
    private static final int CONTENT_BATCH = 100;
    /** Messages whose header blocks are read at once: a few MB at most, one backend call per batch. */
    private static final int HEADER_BATCH = 1000;
    private static final FetchAttribute.BodySection HEADER = new FetchAttribute.BodySection(true,
            new SectionSpec(List.of(), SectionSpec.Text.HEADER, List.of()), Optional.empty());
    private static final FetchAttribute.BodySection TEXT = new FetchAttribute.BodySection(true,
            new SectionSpec(List.of(), SectionSpec.Text.TEXT, List.of()), Optional.empty());

    @Override
    public Set<SessionState> validStates() {
        return SELECTED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, BackendException, IOException {
        FetchRequest fetch = FetchRequest.parse(request.arguments(), request.byUid());
        SelectedMailbox mailbox = context.selected();
        if (fetch.attributes().contains(FetchAttribute.Simple.MODSEQ)) {
            // A CONDSTORE-enabling command (RFC 7162 3.1).
            context.session().enableCondstore();
        }
        if (fetch.vanished() && !mailbox.qresync()) {
            return CommandResult.bad("VANISHED needs QRESYNC enabled (ENABLE QRESYNC)");
        }
        List<MessageRef> refs = mailbox.resolve(fetch.sequenceSet(), request.byUid());
        if (fetch.vanished()) {
            SequenceSet named = fetch.sequenceSet();
            if (named.saved()) {
                named = mailbox.savedResult().isEmpty() ? null : SequenceSet.of(mailbox.savedResult());
            }
            Optional<UntaggedResponse> vanished = named == null ? Optional.empty()
                    : VanishedEarlier.since(context, mailbox, fetch.changedSince().getAsLong(), named, Optional.empty());
            if (vanished.isPresent()) {
                context.write(vanished.get());
            }
        }
        if (fetch.changedSince().isPresent()) {
            long since = fetch.changedSince().getAsLong();
            refs = refs.stream().filter(m -> mailbox.byUid(m.uid()).map(MessageRef::summary).orElse(m.summary())
                    .modSeq() > since).toList();
        }
        FetchSource source = FetchSource.of(fetch.attributes(), context.services().options().exactSizes());
        boolean setsSeen = !mailbox.readOnly() && fetch.attributes().stream().anyMatch(FetchAttribute::setsSeen);
        int batchSize = switch (source) {
            case CONTENT -> CONTENT_BATCH;
            case HEADERS -> HEADER_BATCH;
            case INDEX -> Math.max(1, refs.size());
        };
        for (int start = 0; start < refs.size(); start += batchSize) {
            List<MessageRef> batch = refs.subList(start, Math.min(refs.size(), start + batchSize));
            Map<Long, FetchedMessage> messages = read(context, mailbox, source,
                    batch.stream().filter(m -> !m.vanished()).map(MessageRef::uid).toList());
            Set<Long> newlySeen = setsSeen ? markSeen(context, mailbox, batch, messages.keySet()) : Set.of();
            for (MessageRef ref : batch) {
                FetchedMessage message = messages.get(ref.uid());
                if (source != FetchSource.INDEX && message == null) {
                    // Expunged elsewhere since the client last heard; RFC 2180 4.1.2 lets us leave it out.
                    continue;
                }
                MessageSummary summary = mailbox.byUid(ref.uid()).map(MessageRef::summary).orElse(ref.summary());
                context.write(new UntaggedResponse.Fetch(ref.sequenceNumber(), items(fetch.attributes(), summary,
                        mailbox.imapFlags(summary), message, newlySeen.contains(ref.uid()))));
            }
        }
        return CommandResult.ok("FETCH completed");
    }

    /** What the backend has of the messages, as much as the items need. */
    private static Map<Long, FetchedMessage> read(CommandContext context, SelectedMailbox mailbox,
            FetchSource source, List<Long> uids) throws BackendException {
        Map<Long, FetchedMessage> messages = new HashMap<>();
        switch (source) {
            case INDEX -> {
            }
            case HEADERS -> context.mail().headers(mailbox.folderId(), uids)
                    .forEach((uid, header) -> messages.put(uid, FetchedMessage.header(header)));
            case CONTENT -> context.mail().fetch(mailbox.folderId(), uids).forEach((uid, content) -> {
                mailbox.contentSeen(uid, content.length());
                messages.put(uid, new FetchedMessage(content));
            });
        }
        return messages;
    }

    private static Set<Long> markSeen(CommandContext context, SelectedMailbox mailbox, List<MessageRef> batch,
            Set<Long> read) throws BackendException {
        List<Long> unseen = batch.stream().filter(m -> read.contains(m.uid()))
                .filter(m -> !m.summary().flags().has(SystemFlag.SEEN)).map(MessageRef::uid).toList();
        if (unseen.isEmpty()) {
            return Set.of();
        }
        FlagChange change = new FlagChange(FlagChange.Mode.ADD, MessageFlags.of(SystemFlag.SEEN));
        BatchResult result = context.mail().setFlags(mailbox.folderId(), unseen, change);
        context.folderChanged(mailbox.folderId());
        Set<Long> seen = new HashSet<>(result.succeeded());
        for (MessageRef ref : batch) {
            if (seen.contains(ref.uid())) {
                mailbox.flagsChanged(ref.uid(), ref.summary().flags().apply(change),
                        result.modSeqs().getOrDefault(ref.uid(), 0L));
            }
        }
        return seen;
    }

    private static List<UntaggedResponse.Fetch.Item> items(List<FetchAttribute> attributes, MessageSummary summary,
            List<Flag> flags, FetchedMessage message, boolean newlySeen) throws IOException {
        List<UntaggedResponse.Fetch.Item> items = new ArrayList<>();
        for (FetchAttribute attribute : attributes) {
            if (attribute instanceof FetchAttribute.BodySection section) {
                items.add(new UntaggedResponse.Fetch.Item(section.responseName(), message.section(section)));
            } else {
                FetchAttribute.Simple simple = (FetchAttribute.Simple) attribute;
                items.add(new UntaggedResponse.Fetch.Item(simple.wireName(), simple(simple, summary, flags, message)));
            }
        }
        if (newlySeen && !attributes.contains(FetchAttribute.Simple.FLAGS)) {
            items.add(new UntaggedResponse.Fetch.Item("FLAGS", ImapValue.flags(flags)));
        }
        return items;
    }

    private static ImapValue simple(FetchAttribute.Simple attribute, MessageSummary summary, List<Flag> flags,
            FetchedMessage message) throws IOException {
        return switch (attribute) {
            case FLAGS -> ImapValue.flags(flags);
            case UID -> ImapValue.number(summary.uid());
            case INTERNALDATE -> ImapValue.string(ImapDates.formatDateTime(
                    summary.internalDate().atOffset(ZoneOffset.UTC)));
            case RFC822_SIZE -> ImapValue.number(summary.size());
            case RFC822 -> message.whole();
            case RFC822_HEADER -> message.parsed().fetch(HEADER);
            case RFC822_TEXT -> message.parsed().fetch(TEXT);
            case ENVELOPE -> message.parsed().envelope().toImapValue();
            case BODY -> message.parsed().body();
            case BODYSTRUCTURE -> message.parsed().bodyStructure();
            case MODSEQ -> ImapValue.list(ImapValue.number(Math.max(1, summary.modSeq())));
        };
    }
}
