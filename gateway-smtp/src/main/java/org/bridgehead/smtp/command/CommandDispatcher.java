package org.bridgehead.smtp.command;

import java.io.IOException;
import java.util.Map;
import org.bridgehead.smtp.protocol.CommandLine;
import org.bridgehead.smtp.protocol.CommandRejectedException;
import org.bridgehead.smtp.protocol.SmtpReplies;
import org.bridgehead.smtp.session.SmtpSession;
import org.bridgehead.smtp.submit.FailureReplies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes each command line to its handler and turns a rejection into its reply. */
public final class CommandDispatcher {

    private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);

    private final Map<String, CommandHandler> handlers;

    /** @param handlers by upper-case verb */
    public CommandDispatcher(Map<String, CommandHandler> handlers) {
        this.handlers = Map.copyOf(handlers);
    }

    public void dispatch(String line, SmtpSession session) throws IOException {
        CommandLine command = CommandLine.parse(line);
        CommandHandler handler = handlers.get(command.verb());
        if (handler == null) {
            // Not even the verb is logged: an out-of-step AUTH response (a password) lands here.
            log.debug("unknown command");
            session.reply(SmtpReplies.UNKNOWN_COMMAND);
            return;
        }
        // The verb only: AUTH arguments carry credentials.
        log.debug("command {}", command.verb());
        try {
            handler.handle(command, session);
        } catch (CommandRejectedException rejected) {
            session.reply(rejected.reply());
        } catch (RuntimeException bug) {
            log.error("{} failed unexpectedly", command.verb(), bug);
            session.resetTransaction();
            session.reply(FailureReplies.UNEXPECTED);
        }
    }
}
