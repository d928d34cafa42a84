package org.bridgehead.smtp.command;

import java.io.IOException;
import java.util.Optional;
import org.bridgehead.smtp.protocol.CommandRejectedException;

/** The LOGIN mechanism (draft-murchison-sasl-login): user name and password asked in turn. */
final class LoginMechanism implements AuthMechanism {

    private static final String USERNAME_PROMPT = "VXNlcm5hbWU6"; // "Username:"
    private static final String PASSWORD_PROMPT = "UGFzc3dvcmQ6"; // "Password:"

    @Override
    public Credentials credentials(Optional<String> initialResponse, SaslExchange exchange)
            throws IOException, CommandRejectedException {
        String user = initialResponse.isPresent() ? initialResponse.get() : exchange.challenge(USERNAME_PROMPT);
        String password = exchange.challenge(PASSWORD_PROMPT);
        return new Credentials(user, password);
    }
}
