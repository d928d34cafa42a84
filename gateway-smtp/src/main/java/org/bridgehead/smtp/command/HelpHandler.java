package org.bridgehead.smtp.command;

import java.io.IOException;
import java.util.List;
import org.bridgehead.smtp.protocol.CommandLine;
import org.bridgehead.smtp.protocol.SmtpReply;
import org.bridgehead.smtp.session.SmtpSession;

/** HELP (RFC 5321 4.1.1.8): lists the commands; topics are not distinguished. */
public final class HelpHandler implements CommandHandler {

    private static final SmtpReply HELP = new SmtpReply(214, "2.0.0", List.of(
            "Bridgehead SMTP submission. Commands:",
            "EHLO HELO AUTH MAIL RCPT DATA BDAT RSET NOOP VRFY HELP QUIT",
            "Authenticate with your Exchange credentials before MAIL."));

    @Override
    public void handle(CommandLine command, SmtpSession session) throws IOException {
        session.reply(HELP);
    }
}
