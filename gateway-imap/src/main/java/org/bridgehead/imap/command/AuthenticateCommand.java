package org.bridgehead.imap.command;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.exchange.Credentials;
import org.bridgehead.imap.protocol.ImapSyntaxException;
import org.bridgehead.imap.protocol.TokenCursor;
import org.bridgehead.imap.server.SessionState;

/**
 * AUTHENTICATE (RFC 3501 6.2.2) with the PLAIN (RFC 4616) and LOGIN mechanisms, and an initial
 * response on the command line (SASL-IR, RFC 4959).
 */
final class AuthenticateCommand implements CommandHandler {

    private static final String USERNAME_PROMPT = base64("Username:");
    private static final String PASSWORD_PROMPT = base64("Password:");

    @Override
    public Set<SessionState> validStates() {
        return NOT_AUTHENTICATED;
    }

    @Override
    public CommandResult handle(CommandRequest request, CommandContext context)
            throws ImapSyntaxException, IOException, CommandFailedException {
        if (Authenticator.refusedBeforeTls(context)) {
            return Authenticator.privacyRequired();
        }
        TokenCursor arguments = request.arguments();
        String mechanism = arguments.atom().toUpperCase(Locale.ROOT);
        Optional<String> initial = arguments.hasNext() ? Optional.of(arguments.atom()) : Optional.empty();
        arguments.end();
        return switch (mechanism) {
            case "PLAIN" -> plain(context, initial);
            case "LOGIN" -> login(context, initial);
            default -> CommandResult.no("Unsupported authentication mechanism " + mechanism);
        };
    }

    private static CommandResult plain(CommandContext context, Optional<String> initial)
            throws IOException, CommandFailedException, ImapSyntaxException {
        byte[] response = decode(initial.isPresent() ? initial.get() : ask(context, ""));
        String[] parts = new String(response, StandardCharsets.UTF_8).split("\0", -1);
        if (parts.length != 3 || parts[1].isEmpty()) {
            throw new CommandFailedException(CommandResult.bad("Malformed PLAIN response"));
        }
        if (!parts[0].isEmpty() && !parts[0].equals(parts[1])) {
            // Acting as another user would need Exchange impersonation rights the gateway does not use.
            return Authenticator.rejectedWithoutCredentials(context, parts[1]);
        }
        return Authenticator.logIn(context, new Credentials(parts[1], parts[2]));
    }

    private static CommandResult login(CommandContext context, Optional<String> initial)
            throws IOException, CommandFailedException, ImapSyntaxException {
        String user = new String(decode(initial.isPresent() ? initial.get() : ask(context, USERNAME_PROMPT)),
                StandardCharsets.UTF_8);
        String password = new String(decode(ask(context, PASSWORD_PROMPT)), StandardCharsets.UTF_8);
        if (user.isEmpty()) {
            throw new CommandFailedException(CommandResult.bad("Empty user name"));
        }
        return Authenticator.logIn(context, new Credentials(user, password));
    }

    /** Sends a challenge and reads the client's line; {@code *} cancels (RFC 3501 6.2.2). */
    private static String ask(CommandContext context, String challenge)
            throws IOException, CommandFailedException, ImapSyntaxException {
        synchronized (context.writer()) {
            context.writer().continuation(challenge);
        }
        String line = context.reader().readLine().orElseThrow(() -> new EOFException("closed during AUTHENTICATE"));
        if (line.equals("*")) {
            throw new CommandFailedException(CommandResult.bad("Authentication cancelled"));
        }
        return line;
    }

    private static byte[] decode(String base64) throws CommandFailedException {
        if (base64.equals("=")) {
            return new byte[0];
        }
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(CommandResult.bad("Invalid base64 in authentication response"));
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}
