package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.NotFoundException;
import org.bridgehead.exchange.mail.CopyResult;
import org.bridgehead.imap.mailbox.MessageRef;
import org.bridgehead.imap.mailbox.SelectedMailbox;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.MailboxName;
import org.bridgehead.imap.protocol.ResponseCode;
import org.bridgehead.imap.protocol.SequenceSet;
import org.bridgehead.imap.protocol.TokenCursor;
import org.bridgehead.imap.server.SessionState;

/**
 * COPY and MOVE with their UID forms (RFC 3501 6.4.7, RFC 6851), answering COPYUID (RFC 4315).
 * MOVE reports COPYUID untagged, then the EXPUNGE of each moved message, then OK.
 */
final class CopyCommand implements CommandHandler {

    private final boolean move;

    CopyCommand(boolean move) {
        this.move = move;
    }

    @Override
    public Set<SessionState> validStates() {
        return SELECTED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, BackendException, IOException {
        TokenCursor arguments = request.arguments();
        SequenceSet set = SequenceSet.parse(arguments.atom());
        String target = MailboxName.fromWire(arguments.astring());
        arguments.end();
        SelectedMailbox mailbox = context.selected();
        List<Long> uids = mailbox.resolve(set, request.byUid()).stream().filter(m -> !m.vanished())
                .map(MessageRef::uid).toList();
        MailFolder folder = context.folders().find(target).orElse(null);
        if (folder == null) {
            return CommandResult.no(ResponseCode.tryCreate(), "No such mailbox");
        }
        if (move && mailbox.readOnly()) {
            return CommandResult.no(ResponseCode.readOnly(), "Mailbox is read-only");
        }
        if (uids.isEmpty()) {
            return CommandResult.ok(request.name() + " completed");
        }
        CopyResult result = move ? context.mail().move(mailbox.folderId(), uids, folder.id())
                : context.mail().copy(mailbox.folderId(), uids, folder.id());
        if (folder.id().equals(mailbox.folderId())) {
            mailbox.markStale();
        }
        context.folderChanged(folder.id());
        if (move) {
            context.folderChanged(mailbox.folderId());
        }
        result.uidMap().values().stream().mapToLong(Long::longValue).min().ifPresent(first -> context.services()
                .recentClaims().of(context.session().credentials().userName(), folder.id()).arrived(first));
        ResponseCode copyUid = result.uidMap().isEmpty() ? null
                : ResponseCode.copyUid(result.targetUidValidity(), SequenceSet.of(result.uidMap().keySet()),
                        inSourceOrder(result.uidMap().values()));
        if (move) {
            List<Long> moved = new ArrayList<>(uids);
            moved.removeAll(result.failures().keySet());
            if (copyUid != null) {
                context.untaggedOk(copyUid, "Moved");
            }
            context.write(mailbox.removed(moved, true));
        }
        // Expunged by someone else after the client's view was taken: the rest is copied, and the
        // client is told (RFC 2180 4.4.1, RFC 5530 EXPUNGEISSUED); the EXPUNGE follows when allowed.
        List<Long> gone = result.failures().entrySet().stream()
                .filter(e -> e.getValue() instanceof NotFoundException).map(Map.Entry::getKey).toList();
        if (!gone.isEmpty()) {
            mailbox.removed(gone, false);
            context.untaggedOk(ResponseCode.expungeIssued(), gone.size() + " of the messages were expunged meanwhile");
        }
        if (result.failures().size() > gone.size()) {
            BackendException first = result.failures().values().stream()
                    .filter(e -> !(e instanceof NotFoundException)).findFirst().orElseThrow();
            return CommandResult.no(ImapErrors.reply(first).code(), result.failures().size() + " of " + uids.size()
                    + " messages could not be " + (move ? "moved: " : "copied: ") + first.getMessage());
        }
        return move || copyUid == null ? CommandResult.ok(request.name() + " completed")
                : CommandResult.ok(copyUid, "COPY completed");
    }

    /**
     * The new UIDs in the order of their source UIDs (COPYUID pairs the two sets element by
     * element); compacted into ranges only when that order is ascending anyway.
     */
    private static SequenceSet inSourceOrder(Collection<Long> targetUids) {
        List<Long> uids = List.copyOf(targetUids);
        boolean ascending = IntStream.range(1, uids.size()).allMatch(i -> uids.get(i - 1) < uids.get(i));
        return ascending ? SequenceSet.of(uids)
                : new SequenceSet(uids.stream().map(uid -> new SequenceSet.Range(uid, uid)).toList());
    }
}
