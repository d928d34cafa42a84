package org.bridgehead.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may sign in through this gateway, checked before Exchange is asked: on a shared host, only
 * the people it serves. Each entry is a login (alice@example.com, EXAMPLE\alice) or a domain
 * (@example.com), compared without regard to case; no entries: anyone Exchange accepts.
 */
public final class AllowedUsers implements ExchangeBackend {
    private static final Logger LOG = LoggerFactory.getLogger(AllowedUsers.class);

    private final ExchangeBackend backend;
    private final List<String> entries;

    public AllowedUsers(ExchangeBackend backend, List<String> entries) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.entries = entries.stream().map(String::trim).filter(e -> !e.isEmpty())
                .map(e -> e.toLowerCase(Locale.ROOT)).toList();
    }

    /** Entries as the setting spells them: separated by commas or spaces. */
    public static List<String> parse(String text) {
        return List.of(text.trim().isEmpty() ? new String[0] : text.trim().split("[,\\s]+"));
    }

    public boolean allows(String login) {
        if (entries.isEmpty()) {
            return true;
        }
        String user = login.trim().toLowerCase(Locale.ROOT);
        for (String entry : entries) {
            if (entry.startsWith("@") ? user.endsWith(entry) && user.indexOf('@') == user.length() - entry.length()
                    : user.equals(entry)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ExchangeSession open(Credentials credentials) throws BackendException {
        if (!allows(credentials.userName())) {
            LOG.info("Sign-in of {} refused: not among bridgehead.users.allowed", credentials.userName());
            throw new AuthenticationFailedException(credentials.userName() + " may not sign in through this gateway",
                    null);
        }
        return backend.open(credentials);
    }

    @Override
    public void close() {
        backend.close();
    }

    @Override
    public String toString() {
        return backend + " for " + (entries.isEmpty() ? "anyone" : entries);
    }
}
