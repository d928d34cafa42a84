package org.bridgehead.smtp.command;

import java.io.IOException;
import org.bridgehead.smtp.protocol.CommandLine;
import org.bridgehead.smtp.protocol.SmtpReplies;
import org.bridgehead.smtp.session.SmtpSession;

/** NOOP (RFC 5321 4.1.1.9): any argument is ignored. */
public final class NoopHandler implements CommandHandler {

    @Override
    public void handle(CommandLine command, SmtpSession session) throws IOException {
        session.reply(SmtpReplies.OK);
    }
}
