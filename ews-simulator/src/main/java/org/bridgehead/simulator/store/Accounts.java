package org.bridgehead.simulator.store;

import java.util.Optional;

/** Looks up users by the name they log in with. */
public interface Accounts {

    /**
     * Finds a user by login name: the primary address, the local part, or
     * {@code DOMAIN\local} (case-insensitive). The caller checks the password.
     */
    Optional<Account> find(String login);
}
