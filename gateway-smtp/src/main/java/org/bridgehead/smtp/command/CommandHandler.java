package org.bridgehead.smtp.command;

import java.io.IOException;
import org.bridgehead.smtp.protocol.CommandLine;
import org.bridgehead.smtp.protocol.CommandRejectedException;
import org.bridgehead.smtp.session.SmtpSession;

/** Carries out one SMTP command; shared by all connections, so it keeps no state of its own. */
public interface CommandHandler {

    /**
     * @throws CommandRejectedException the command fails with the exception's reply
     * @throws IOException the connection failed
     */
    void handle(CommandLine command, SmtpSession session) throws IOException, CommandRejectedException;
}
