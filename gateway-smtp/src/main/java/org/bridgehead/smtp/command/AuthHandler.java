package org.bridgehead.smtp.command;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.smtp.protocol.CommandLine;
import org.bridgehead.smtp.protocol.CommandRejectedException;
import org.bridgehead.smtp.protocol.SmtpReplies;
import org.bridgehead.smtp.protocol.SmtpReply;
import org.bridgehead.smtp.session.SmtpSession;
import org.bridgehead.smtp.submit.FailureReplies;
import org.bridgehead.smtp.submit.MessageSubmitter;
import org.bridgehead.smtp.submit.SubmissionException;
import org.bridgehead.smtp.submit.SubmitterSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** AUTH (RFC 4954) with PLAIN and LOGIN; the credentials are checked by the backend. */
public final class AuthHandler implements CommandHandler {

    private static final Logger log = LoggerFactory.getLogger(AuthHandler.class);
    private static final SmtpReply SUCCESS = SmtpReply.of(235, "2.7.0", "Authentication successful");

    private final Map<String, AuthMechanism> mechanisms = Map.of("PLAIN", new PlainMechanism(), "LOGIN", new LoginMechanism());
    private final MessageSubmitter submitter;

    public AuthHandler(MessageSubmitter submitter) {
        this.submitter = submitter;
    }

    @Override
    public void handle(CommandLine command, SmtpSession session) throws IOException, CommandRejectedException {
        if (!session.isGreeted()) {
            throw new CommandRejectedException(SmtpReplies.badSequence("Send EHLO first"));
        }
        if (!session.tls().signInAllowed()) {
            throw new CommandRejectedException(SmtpReplies.TLS_FIRST);
        }
        if (session.submitter().isPresent()) {
            throw new CommandRejectedException(SmtpReplies.badSequence("Already authenticated"));
        }
        String[] words = command.argument().split(" +", 2);
        if (words[0].isEmpty()) {
            throw new CommandRejectedException(SmtpReplies.syntaxError("Syntax: AUTH mechanism [initial-response]"));
        }
        AuthMechanism mechanism = mechanisms.get(words[0].toUpperCase(Locale.ROOT));
        if (mechanism == null) {
            throw new CommandRejectedException(SmtpReply.of(504, "5.5.4", "Unrecognized authentication type"));
        }
        Optional<String> initialResponse = words.length > 1 ? Optional.of(SaslExchange.decode(words[1])) : Optional.empty();
        Credentials credentials = mechanism.credentials(initialResponse, new SaslExchange(session));
        session.reply(authenticate(credentials, session));
    }

    private SmtpReply authenticate(Credentials credentials, SmtpSession session) {
        try {
            SubmitterSession authenticated = submitter.authenticate(credentials.user(), credentials.secret());
            session.authenticated(authenticated);
            log.info("authenticated");
            return SUCCESS;
        } catch (SubmissionException refused) {
            log.info("authentication of {} refused: {}", credentials.user(), refused.failure().describe());
            return FailureReplies.replyFor(refused.failure());
        } catch (RuntimeException bug) {
            log.error("authentication of {} failed unexpectedly", credentials.user(), bug);
            return FailureReplies.UNEXPECTED;
        }
    }
}
