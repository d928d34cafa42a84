package org.bridgehead.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.Accounts;

/** Two users, looked up the way {@link Accounts} promises: address, local part or DOMAIN\local. */
final class TestAccounts implements Accounts {
    static final Account ALICE = new Account("alice@example.com", "Alice Archer", "s3cret-Ä€");
    static final Account BOB = new Account("bob@example.com", "Bob Baker", "bobs-password");

    private final List<Account> accounts = List.of(ALICE, BOB);

    @Override
    public Optional<Account> find(String login) {
        String name = login.toLowerCase(Locale.ROOT);
        int backslash = name.indexOf('\\');
        String local = backslash >= 0 ? name.substring(backslash + 1) : name;
        return accounts.stream()
                .filter(a -> a.address().equals(local) || a.localPart().equals(local))
                .findFirst();
    }
}
