package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.NotFoundException;
import org.bridgehead.exchange.PreconditionFailedException;
import org.bridgehead.exchange.mail.BatchResult;
import org.bridgehead.exchange.mail.FlagChange;
import org.bridgehead.exchange.mail.MailService;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.SystemFlag;
import org.bridgehead.imap.mailbox.FlagMapping;
import org.bridgehead.imap.mailbox.MessageRef;
import org.bridgehead.imap.mailbox.SelectedMailbox;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.ResponseCode;
import org.bridgehead.imap.protocol.SequenceSet;
import org.bridgehead.imap.protocol.StoreRequest;
import org.bridgehead.imap.server.SessionState;

/**
 * STORE and UID STORE (RFC 3501 6.4.6). \Deleted is held by the backend until EXPUNGE, or the
 * message is expunged at once when {@code bridgehead.imap.auto.expunge} is on; its EXPUNGE
 * response then waits for a point that allows it.
 */
final class StoreCommand implements CommandHandler {

    @Override
    public Set<SessionState> validStates() {
        return SELECTED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, BackendException, IOException {
        StoreRequest store = StoreRequest.parse(request.arguments(), request.byUid());
        SelectedMailbox mailbox = context.selected();
        if (store.unchangedSince().isPresent()) {
            // A CONDSTORE-enabling command (RFC 7162 3.1).
            context.session().enableCondstore();
        }
        List<MessageRef> targets = mailbox.resolve(store.sequenceSet(), request.byUid()).stream()
                .filter(m -> !m.vanished()).toList();
        if (mailbox.readOnly()) {
            return CommandResult.no(ResponseCode.readOnly(), "Mailbox is read-only");
        }
        if (targets.isEmpty()) {
            return CommandResult.ok("STORE completed");
        }
        FlagChange change = new FlagChange(mode(store.mode()), FlagMapping.toBackend(store.flags()));
        List<Long> uids = targets.stream().map(MessageRef::uid).toList();
        BatchResult result = context.mail().setFlags(mailbox.folderId(), uids, change,
                store.unchangedSince().orElse(MailService.UNCONDITIONAL));
        context.folderChanged(mailbox.folderId());
        Set<Long> succeeded = Set.copyOf(result.succeeded());
        List<Long> nowDeleted = new ArrayList<>();
        List<MessageRef> changed = new ArrayList<>();
        for (MessageRef target : targets) {
            if (!succeeded.contains(target.uid())) {
                continue;
            }
            MessageFlags flags = FlagMapping.keepDraft(target.summary().flags(), target.summary().flags().apply(change));
            mailbox.flagsChanged(target.uid(), flags, result.modSeqs().getOrDefault(target.uid(), 0L));
            if (flags.has(SystemFlag.DELETED)) {
                nowDeleted.add(target.uid());
            }
            changed.add(target);
        }
        context.write(mailbox.announceNewKeywords());
        for (MessageRef target : changed) {
            Optional<MessageRef> now = mailbox.byUid(target.uid());
            if (now.isPresent() && !store.silent()) {
                context.write(mailbox.flagsResponse(target.sequenceNumber(), now.get().summary(), request.byUid()));
            } else if (now.isPresent() && mailbox.condstore()) {
                context.write(mailbox.modSeqResponse(target.sequenceNumber(), now.get().summary(), request.byUid()));
            }
        }
        if (context.services().options().autoExpunge() && !nowDeleted.isEmpty()) {
            BatchResult expunged = context.mail().expunge(mailbox.folderId(), nowDeleted);
            context.folderChanged(mailbox.folderId());
            context.write(mailbox.removed(expunged.succeeded(), request.allowsExpungeResponses()));
        }
        List<Long> gone = result.failures().entrySet().stream()
                .filter(e -> e.getValue() instanceof NotFoundException).map(Map.Entry::getKey).toList();
        mailbox.removed(gone, false);
        Set<Long> modified = result.failures().entrySet().stream()
                .filter(e -> e.getValue() instanceof PreconditionFailedException).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        if (result.failures().size() > gone.size() + modified.size()) {
            BackendException first = result.failures().values().stream()
                    .filter(e -> !(e instanceof NotFoundException) && !(e instanceof PreconditionFailedException))
                    .findFirst().orElseThrow();
            return CommandResult.no(ImapErrors.reply(first).code(),
                    "Flags of some messages could not be changed: " + first.getMessage());
        }
        if (!modified.isEmpty()) {
            // RFC 7162 3.1.3: the messages changed since UNCHANGEDSINCE, as the client numbers them.
            List<Long> numbers = targets.stream().filter(t -> modified.contains(t.uid()))
                    .map(t -> request.byUid() ? t.uid() : (long) t.sequenceNumber()).toList();
            return CommandResult.ok(ResponseCode.modified(SequenceSet.of(numbers)), "Conditional STORE failed");
        }
        return CommandResult.ok("STORE completed");
    }

    private static FlagChange.Mode mode(StoreRequest.Mode mode) {
        return switch (mode) {
            case ADD -> FlagChange.Mode.ADD;
            case REMOVE -> FlagChange.Mode.REMOVE;
            case REPLACE -> FlagChange.Mode.REPLACE;
        };
    }
}
