package org.bridgehead.simulator.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import com.sun.net.httpserver.HttpExchange;

import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.Accounts;

/** HTTP Basic (RFC 7617) with UTF-8 credentials, checked on every request as IIS does. */
public final class BasicAuthenticator implements HttpAuthenticator {
    private final Accounts accounts;
    private final String challenge;

    public BasicAuthenticator(Accounts accounts, String realm) {
        this.accounts = accounts;
        this.challenge = "Basic realm=\"" + realm + "\"";
    }

    @Override
    public AuthOutcome authenticate(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return new AuthOutcome.Challenge(challenge, false);
        }
        return decode(header.substring(6).trim())
                .flatMap(this::check)
                .<AuthOutcome>map(AuthOutcome.Authenticated::new)
                .orElseGet(() -> new AuthOutcome.Challenge(challenge, true));
    }

    private static Optional<String> decode(String token) {
        try {
            return Optional.of(new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<Account> check(String userAndPassword) {
        int colon = userAndPassword.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String password = userAndPassword.substring(colon + 1);
        return accounts.find(userAndPassword.substring(0, colon))
                .filter(account -> Passwords.matches(account, password));
    }
}
