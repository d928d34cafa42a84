package org.bridgehead.smtp.command;

import java.io.IOException;
import java.util.Optional;
import org.bridgehead.smtp.protocol.CommandRejectedException;
import org.bridgehead.smtp.protocol.SmtpReply;
import org.bridgehead.smtp.submit.FailureReplies;
import org.bridgehead.smtp.submit.SubmissionFailure;

/** SASL PLAIN (RFC 4616): {@code [authzid] NUL authcid NUL password} in one response. */
final class PlainMechanism implements AuthMechanism {

    private static final SmtpReply MALFORMED = SmtpReply.of(501, "5.5.2", "Malformed PLAIN response");

    @Override
    public Credentials credentials(Optional<String> initialResponse, SaslExchange exchange)
            throws IOException, CommandRejectedException {
        // RFC 4954 4: an empty challenge when the client did not send an initial response.
        String response = initialResponse.isPresent() ? initialResponse.get() : exchange.challenge("");
        String[] parts = response.split("\0", -1);
        if (parts.length != 3) {
            throw new CommandRejectedException(MALFORMED);
        }
        String authorizationId = parts[0];
        String user = parts[1];
        if (!authorizationId.isEmpty() && !authorizationId.equals(user)) {
            // Acting for another user is not supported; Exchange alone decides who may send as whom.
            throw new CommandRejectedException(FailureReplies.replyFor(new SubmissionFailure.AuthenticationFailed()));
        }
        return new Credentials(user, parts[2]);
    }
}
