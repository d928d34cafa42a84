package org.bridgehead.smtp.command;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bridgehead.smtp.protocol.CommandRejectedException;
import org.bridgehead.smtp.protocol.SmtpReply;
import org.bridgehead.smtp.session.SmtpSession;

/** The challenge and response lines of AUTH (RFC 4954 4), in base64. */
final class SaslExchange {

    private static final SmtpReply CANCELED = SmtpReply.of(501, "5.7.0", "Authentication canceled");
    private static final SmtpReply UNDECODABLE = SmtpReply.of(501, "5.5.2", "Cannot decode the response");

    private final SmtpSession session;

    SaslExchange(SmtpSession session) {
        this.session = session;
    }

    /** Sends a {@code 334} challenge and returns the decoded response. */
    String challenge(String challengeBase64) throws IOException, CommandRejectedException {
        session.reply(SmtpReply.plain(334, challengeBase64));
        String line = session.readLine();
        if (line == null) {
            throw new EOFException("connection closed during AUTH");
        }
        if (line.equals("*")) {
            throw new CommandRejectedException(CANCELED);
        }
        return decode(line);
    }

    /** Decodes an initial response given on the AUTH line; {@code =} stands for an empty one. */
    static String decode(String base64) throws CommandRejectedException {
        if (base64.equals("=")) {
            return "";
        }
        try {
            return new String(Base64.getDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw new CommandRejectedException(UNDECODABLE);
        }
    }
}
