package org.bridgehead.imap.command;

import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.MailboxName;
import org.bridgehead.imap.protocol.ResponseCode;
import org.bridgehead.imap.protocol.TokenCursor;
import org.bridgehead.imap.server.SessionState;

/** CREATE (RFC 3501 6.3.3): missing parent folders are created too. */
final class CreateCommand implements CommandHandler {

    @Override
    public Set<SessionState> validStates() {
        return AUTHENTICATED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, BackendException {
        TokenCursor arguments = request.arguments();
        String name = FolderPaths.withoutTrailingDelimiter(MailboxName.fromWire(arguments.astring()));
        arguments.end();
        if (name.isEmpty()) {
            return CommandResult.no(ResponseCode.cannot(), "Empty mailbox name");
        }
        FolderNames folders = context.folders();
        if (MailboxName.isInbox(name) || folders.find(name).isPresent()) {
            return CommandResult.no(ResponseCode.alreadyExists(), "Mailbox already exists");
        }
        String path = folders.pathFor(name);
        FolderPaths.createParents(context.mail(), folders, path);
        MailFolder created = context.mail().createFolder(path);
        // Whatever is put into a new folder is news to the first session that selects it.
        context.services().recentClaims().of(context.session().credentials().userName(), created.id()).arrived(1);
        context.foldersChanged();
        return CommandResult.ok("CREATE completed");
    }
}
