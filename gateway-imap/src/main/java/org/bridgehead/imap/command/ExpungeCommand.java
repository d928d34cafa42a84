package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.mail.BatchResult;
import org.bridgehead.exchange.mail.SystemFlag;
import org.bridgehead.imap.mailbox.MessageRef;
import org.bridgehead.imap.mailbox.SelectedMailbox;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.ResponseCode;
import org.bridgehead.imap.protocol.SequenceSet;
import org.bridgehead.imap.protocol.TokenCursor;
import org.bridgehead.imap.server.SessionState;

/** EXPUNGE (RFC 3501 6.4.3) and UID EXPUNGE (RFC 4315), which limits it to the UIDs given. */
final class ExpungeCommand implements CommandHandler {

    @Override
    public Set<SessionState> validStates() {
        return SELECTED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, BackendException, IOException {
        TokenCursor arguments = request.arguments();
        SelectedMailbox mailbox = context.selected();
        List<MessageRef> candidates = request.byUid()
                ? mailbox.resolve(SequenceSet.parse(arguments.atom()), true) : mailbox.all();
        arguments.end();
        if (mailbox.readOnly()) {
            return CommandResult.no(ResponseCode.readOnly(), "Mailbox is read-only");
        }
        List<Long> deleted = candidates.stream().filter(m -> !m.vanished())
                .filter(m -> m.summary().flags().has(SystemFlag.DELETED)).map(MessageRef::uid).toList();
        if (deleted.isEmpty()) {
            return CommandResult.ok("EXPUNGE completed");
        }
        BatchResult result = context.mail().expunge(mailbox.folderId(), deleted);
        context.folderChanged(mailbox.folderId());
        result.modSeqs().values().stream().mapToLong(Long::longValue).max().ifPresent(mailbox::modSeqReached);
        context.write(mailbox.removed(result.succeeded(), true));
        if (!result.allSucceeded()) {
            BackendException first = result.failures().values().iterator().next();
            CommandResult failure = ImapErrors.reply(first);
            return CommandResult.no(failure.code(), result.failures().size() + " of " + deleted.size()
                    + " messages could not be expunged: " + first.getMessage());
        }
        return CommandResult.ok("EXPUNGE completed");
    }
}
