package org.bridgehead.imap.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.mail.AppendResult;
import org.bridgehead.imap.mailbox.FlagMapping;
import org.bridgehead.imap.protocol.AppendRequest;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.ResponseCode;
import org.bridgehead.imap.protocol.SequenceSet;
import org.bridgehead.imap.server.SessionState;

/**
 * APPEND (RFC 3501 6.3.11), MULTIAPPEND (RFC 3502) and APPENDUID (RFC 4315). An append to the
 * selected mailbox is announced by EXISTS after the command.
 */
final class AppendCommand implements CommandHandler {

    @Override
    public Set<SessionState> validStates() {
        return AUTHENTICATED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, BackendException {
        AppendRequest append = AppendRequest.parse(request.arguments());
        MailFolder folder = context.folders().find(append.mailbox()).orElse(null);
        if (folder == null) {
            return CommandResult.no(ResponseCode.tryCreate(), "No such mailbox");
        }
        if (append.messages().stream().anyMatch(m -> m.content().size() == 0)) {
            // RFC 5322 has no empty message; Exchange would store an item without headers.
            return CommandResult.no("Cannot store an empty message");
        }
        List<Long> uids = new ArrayList<>();
        long uidValidity = 0;
        try {
            for (AppendRequest.Message message : append.messages()) {
                Instant date = message.internalDate().map(Instant::from).orElse(null);
                AppendResult result = context.mail().append(folder.id(), new LiteralContent(message.content()),
                        FlagMapping.toBackend(message.flags()), date);
                context.folderChanged(folder.id());
                uids.add(result.uid());
                uidValidity = result.uidValidity();
            }
        } finally {
            context.session().selected().filter(m -> m.folderId().equals(folder.id()))
                    .ifPresent(m -> m.markStale());
            uids.stream().mapToLong(Long::longValue).min().ifPresent(first -> context.services().recentClaims()
                    .of(context.session().credentials().userName(), folder.id()).arrived(first));
        }
        return CommandResult.ok(ResponseCode.appendUid(uidValidity, SequenceSet.of(uids)), "APPEND completed");
    }
}
