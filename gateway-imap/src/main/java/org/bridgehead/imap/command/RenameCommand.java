package org.bridgehead.imap.command;

import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.MailboxName;
import org.bridgehead.imap.protocol.ResponseCode;
import org.bridgehead.imap.protocol.TokenCursor;
import org.bridgehead.imap.server.SessionState;

/**
 * RENAME (RFC 3501 6.3.5), moving the folder when the parent changes. Renaming INBOX, which
 * IMAP defines as moving its messages into a new folder, is refused: Exchange's Inbox keeps its name.
 */
final class RenameCommand implements CommandHandler {

    @Override
    public Set<SessionState> validStates() {
        return AUTHENTICATED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, BackendException {
        TokenCursor arguments = request.arguments();
        String from = FolderPaths.withoutTrailingDelimiter(MailboxName.fromWire(arguments.astring()));
        String to = FolderPaths.withoutTrailingDelimiter(MailboxName.fromWire(arguments.astring()));
        arguments.end();
        FolderNames folders = context.folders();
        MailFolder folder = folders.find(from).orElse(null);
        if (folder == null) {
            return CommandResult.no(ResponseCode.nonExistent(), "No such mailbox");
        }
        if (folders.isInbox(folder)) {
            return CommandResult.no(ResponseCode.cannot(), "The Inbox cannot be renamed");
        }
        if (to.isEmpty() || MailboxName.isInbox(to) || folders.find(to).isPresent()) {
            return CommandResult.no(ResponseCode.alreadyExists(), "Target mailbox already exists");
        }
        String path = folders.pathFor(to);
        FolderPaths.createParents(context.mail(), folders, path);
        context.mail().renameFolder(folder.id(), path);
        context.foldersChanged();
        String user = context.session().credentials().userName();
        context.services().subscriptions().renamed(user, folders.imapName(folder), MailboxName.normalizeInbox(to));
        return CommandResult.ok("RENAME completed");
    }
}
