package org.bridgehead.imap.command;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.imap.mailbox.MailboxRecreatedException;
import org.bridgehead.imap.mailbox.SelectedMailbox;
import org.bridgehead.imap.protocol.BadCharsetException;
import org.bridgehead.imap.protocol.ImapCommand;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.ResponseCode;
import org.bridgehead.imap.protocol.TokenCursor;
import org.bridgehead.imap.server.SessionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes each command to its handler, checks the connection state, turns failures into replies
 * and, before the tagged response, delivers the selected mailbox's pending updates as far as the
 * command allows (RFC 3501 7.4.1: no EXPUNGE during FETCH, STORE or SEARCH).
 */
public final class CommandDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(CommandDispatcher.class);
    private static final Set<String> UID_COMMANDS = Set.of("FETCH", "STORE", "SEARCH", "COPY", "MOVE", "EXPUNGE");
    /** Commands whose answers show or test flags: a change made elsewhere is applied before them. */
    private static final Set<String> READS_CURRENT_FLAGS = Set.of("FETCH", "STORE", "SEARCH");

    private final Map<String, CommandHandler> handlers;

    public CommandDispatcher(Map<String, CommandHandler> handlers) {
        this.handlers = Map.copyOf(handlers);
    }

    /** Every command this server implements. */
    public static CommandDispatcher standard() {
        return new CommandDispatcher(Map.ofEntries(
                Map.entry("CAPABILITY", new CapabilityCommand()),
                Map.entry("NOOP", new NoopCommand(CommandHandler.ANY)),
                Map.entry("CHECK", new NoopCommand(CommandHandler.SELECTED)),
                Map.entry("LOGOUT", new LogoutCommand()),
                Map.entry("LOGIN", new LoginCommand()),
                Map.entry("STARTTLS", new StartTlsCommand()),
                Map.entry("AUTHENTICATE", new AuthenticateCommand()),
                Map.entry("ID", new IdCommand()),
                Map.entry("ENABLE", new EnableCommand()),
                Map.entry("NAMESPACE", new NamespaceCommand()),
                Map.entry("SELECT", new SelectCommand(false)),
                Map.entry("EXAMINE", new SelectCommand(true)),
                Map.entry("CREATE", new CreateCommand()),
                Map.entry("DELETE", new DeleteCommand()),
                Map.entry("RENAME", new RenameCommand()),
                Map.entry("SUBSCRIBE", new SubscribeCommand(true)),
                Map.entry("UNSUBSCRIBE", new SubscribeCommand(false)),
                Map.entry("LIST", new ListCommand(false)),
                Map.entry("LSUB", new ListCommand(true)),
                Map.entry("STATUS", new StatusCommand()),
                Map.entry("APPEND", new AppendCommand()),
                Map.entry("IDLE", new IdleCommand()),
                Map.entry("CLOSE", new CloseCommand(true)),
                Map.entry("UNSELECT", new CloseCommand(false)),
                Map.entry("EXPUNGE", new ExpungeCommand()),
                Map.entry("SEARCH", new SearchCommand()),
                Map.entry("FETCH", new FetchCommand()),
                Map.entry("STORE", new StoreCommand()),
                Map.entry("COPY", new CopyCommand(false)),
                Map.entry("MOVE", new CopyCommand(true))));
    }

    /**
     * Runs one command and returns its tagged response, which the caller writes.
     *
     * @throws MailboxRecreatedException the selected folder was recreated: the connection must end
     */
    public CommandResult dispatch(ImapCommand command, CommandContext context)
            throws IOException, MailboxRecreatedException {
        TokenCursor arguments = command.cursor();
        String name = command.name();
        boolean byUid = false;
        try {
            if (name.equals("UID")) {
                name = arguments.atom().toUpperCase(Locale.ROOT);
                byUid = true;
                if (!UID_COMMANDS.contains(name)) {
                    return CommandResult.bad("Unknown UID command " + name);
                }
            }
        } catch (ImapSyntaxException e) {
            return CommandResult.bad(e.reason());
        }
        CommandHandler handler = handlers.get(name);
        if (handler == null) {
            return CommandResult.bad("Unknown command " + name);
        }
        SessionState state = context.session().state();
        if (!handler.validStates().contains(state)) {
            return CommandResult.bad(state == SessionState.NOT_AUTHENTICATED ? "Log in first"
                    : name + " is not valid in this state");
        }
        CommandRequest request = new CommandRequest(command.tag(), name, arguments, byUid);
        if (READS_CURRENT_FLAGS.contains(name)) {
            catchUp(context);
        }
        CommandResult result = run(handler, request, context);
        if (!result.logout()) {
            deliverUpdates(request, context);
        }
        return result;
    }

    private static CommandResult run(CommandHandler handler, CommandRequest request, CommandContext context)
            throws IOException, MailboxRecreatedException {
        try {
            return handler.handle(request, context);
        } catch (ImapSyntaxException e) {
            return CommandResult.bad(e.reason());
        } catch (BadCharsetException e) {
            return CommandResult.no(ResponseCode.badCharset(List.of("UTF-8", "US-ASCII")), e.getMessage());
        } catch (BackendException e) {
            return ImapErrors.reply(e);
        } catch (CommandFailedException e) {
            return e.result();
        } catch (RuntimeException e) {
            return ImapErrors.internal(e);
        } catch (OutOfMemoryError e) {
            if (context.writer().isMidResponse()) {
                throw e; // the response is cut off: the connection ends (see ImapConnection)
            }
            // The command's buffers are garbage now; the connection and its other commands live on.
            return ImapErrors.outOfMemory(e);
        }
    }

    /**
     * Applies changes made elsewhere before the command runs, so that its answers show current
     * flags. Never with EXPUNGE responses: the command's sequence numbers are the client's current
     * ones; a message gone meanwhile stays in place, vanished, until EXPUNGE is allowed.
     */
    private static void catchUp(CommandContext context) throws IOException, MailboxRecreatedException {
        Optional<SelectedMailbox> selected = context.session().selected();
        if (selected.isEmpty() || !selected.get().isStale()) {
            return;
        }
        try {
            context.synchronizeSelected(false);
        } catch (BackendException e) {
            // The command answers from what is known; the updates come after it.
            LOG.debug("Synchronising {} before a command failed: {}", selected.get().name(), e.getMessage());
            selected.get().markStale();
        }
    }

    private static void deliverUpdates(CommandRequest request, CommandContext context)
            throws IOException, MailboxRecreatedException {
        Optional<SelectedMailbox> selected = context.session().selected();
        if (selected.isEmpty()) {
            return;
        }
        boolean allowExpunge = request.allowsExpungeResponses();
        if (selected.get().isStale() && !context.hasSynchronizedSelected()) {
            try {
                context.synchronizeSelected(allowExpunge);
                return;
            } catch (BackendException e) {
                // The command itself is done; its updates wait for the next command.
                LOG.debug("Synchronising {} after a command failed: {}", selected.get().name(), e.getMessage());
                selected.get().markStale();
            }
        }
        if (allowExpunge) {
            context.write(selected.get().flushVanished());
        }
    }
}
