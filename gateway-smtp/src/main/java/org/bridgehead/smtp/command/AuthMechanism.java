package org.bridgehead.smtp.command;

import java.io.IOException;
import java.util.Optional;
import org.bridgehead.smtp.protocol.CommandRejectedException;

/** One SASL mechanism: obtains the user's credentials from the client. */
interface AuthMechanism {

    /**
     * @param initialResponse the decoded response given on the AUTH line, if any
     * @throws CommandRejectedException the client canceled or sent a malformed response
     */
    Credentials credentials(Optional<String> initialResponse, SaslExchange exchange)
            throws IOException, CommandRejectedException;
}
