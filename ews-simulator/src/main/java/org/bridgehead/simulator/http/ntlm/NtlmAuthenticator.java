package org.bridgehead.simulator.http.ntlm;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;

import org.bridgehead.simulator.http.AuthOutcome;
import org.bridgehead.simulator.http.HttpAuthenticator;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server side of the NTLM handshake over HTTP (MS-NTHT): type 1 gets a 401 carrying a type 2
 * challenge, type 3 is verified and authenticates the whole TCP connection, as IIS does; later
 * requests on that connection need no Authorization header. Basic is refused in this mode.
 */
public final class NtlmAuthenticator implements HttpAuthenticator {
    private static final Logger LOG = LoggerFactory.getLogger(NtlmAuthenticator.class);
    private static final String SCHEME = "NTLM";
    /** Longer than the JDK server keeps an idle connection (30 s by default), so a live connection stays known. */
    private static final Duration CONNECTION_IDLE = Duration.ofMinutes(2);
    private static final int MAX_CONNECTIONS = 10_000;
    private static final int MAX_TOKEN_CHARS = 16 * 1024;

    private final Accounts accounts;
    private final NtlmConnections connections = new NtlmConnections(CONNECTION_IDLE, MAX_CONNECTIONS, System::nanoTime);
    private final SecureRandom random = new SecureRandom();

    public NtlmAuthenticator(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public AuthOutcome authenticate(HttpExchange exchange) {
        String connection = exchange.getRemoteAddress().toString();
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null) {
            return connections.account(connection)
                    .<AuthOutcome>map(AuthOutcome.Authenticated::new)
                    .orElseGet(() -> new AuthOutcome.Challenge(SCHEME, false));
        }
        if (!header.regionMatches(true, 0, "NTLM ", 0, 5) || header.length() > MAX_TOKEN_CHARS) {
            return new AuthOutcome.Challenge(SCHEME, true);
        }
        byte[] token;
        try {
            token = Base64.getDecoder().decode(header.substring(5).trim());
        } catch (IllegalArgumentException e) {
            return new AuthOutcome.Challenge(SCHEME, true);
        }
        try {
            return switch (NtlmMessageReader.typeOf(token)) {
                case 1 -> challenge(connection, token);
                case 3 -> verify(connection, token);
                default -> new AuthOutcome.Challenge(SCHEME, true);
            };
        } catch (NtlmFormatException e) {
            LOG.debug("Malformed NTLM message from {}: {}", connection, e.getMessage());
            return new AuthOutcome.Challenge(SCHEME, true);
        }
    }

    private AuthOutcome challenge(String connection, byte[] negotiate) throws NtlmFormatException {
        int clientFlags = new NtlmMessageReader(negotiate, 1).int32(12);
        byte[] serverChallenge = new byte[8];
        random.nextBytes(serverChallenge);
        if (!connections.challenged(connection, serverChallenge)) {
            LOG.warn("Refusing NTLM handshake from {}: too many connections in handshake", connection);
            return new AuthOutcome.Challenge(SCHEME, false);
        }
        byte[] message = NtlmChallengeMessage.write(clientFlags, serverChallenge, NtlmServerIdentity.SIMULATOR);
        return new AuthOutcome.Challenge(SCHEME + " " + Base64.getEncoder().encodeToString(message), false);
    }

    private AuthOutcome verify(String connection, byte[] token) throws NtlmFormatException {
        NtlmAuthenticateMessage message = NtlmAuthenticateMessage.parse(token);
        Optional<byte[]> serverChallenge = connections.takeChallenge(connection);
        if (serverChallenge.isEmpty()) {
            LOG.debug("NTLM type 3 from {} without a handshake in progress", connection);
            return new AuthOutcome.Challenge(SCHEME, true);
        }
        Optional<Account> account = find(message);
        Optional<NtlmResponseVerifier.Variant> variant = account.flatMap(
                a -> NtlmResponseVerifier.verify(a.password(), serverChallenge.get(), message));
        if (variant.isEmpty()) {
            LOG.debug("NTLM authentication failed for user {} of domain {} from {}", message.user(), message.domain(), connection);
            return new AuthOutcome.Challenge(SCHEME, true);
        }
        LOG.debug("NTLM ({}) authenticated {} on {}", variant.get(), account.get(), connection);
        connections.authenticated(connection, account.get());
        return new AuthOutcome.Authenticated(account.get());
    }

    private Optional<Account> find(NtlmAuthenticateMessage message) {
        Optional<Account> account = accounts.find(message.user());
        if (account.isEmpty() && !message.domain().isEmpty()) {
            account = accounts.find(message.domain() + "\\" + message.user());
        }
        return account;
    }
}
