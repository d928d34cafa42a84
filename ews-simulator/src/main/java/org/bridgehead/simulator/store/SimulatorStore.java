package org.bridgehead.simulator.store;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** All simulated users, their mailboxes and the Global Address List. Safe for concurrent use. */
public final class SimulatorStore implements Accounts {
    /** Longest address in bytes; ids carry the address behind a one-byte length. */
    public static final int MAX_ADDRESS_BYTES = 254;

    private final Clock clock;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, Mailbox> mailboxes = new ConcurrentHashMap<>();
    private final Directory directory = new Directory();
    private final MessageDelivery delivery = new MessageDelivery(this);
    private volatile MailLimits limits = MailLimits.DEFAULT;

    public SimulatorStore() {
        this(Clock.systemUTC());
    }

    public SimulatorStore(Clock clock) {
        this.clock = clock;
    }

    /**
     * Adds a user with an empty mailbox (the well-known folders only) and a GAL entry.
     *
     * @param person the user's directory entry; its address and display name become the account's
     * @throws IllegalArgumentException if a user with this address exists or the address is not one
     */
    public synchronized Mailbox addUser(Person person, String password) {
        String address = person.address();
        if (address.indexOf('@') <= 0 || address.getBytes(StandardCharsets.UTF_8).length > MAX_ADDRESS_BYTES) {
            throw new IllegalArgumentException("not a mailbox address: " + address);
        }
        String key = key(address);
        if (accounts.containsKey(key)) {
            throw new IllegalArgumentException("user exists: " + address);
        }
        // mailbox first: whoever finds the account can rely on its mailbox
        Mailbox mailbox = new Mailbox(address, UUID.randomUUID(), clock, () -> limits);
        mailboxes.put(key, mailbox);
        directory.add(person);
        accounts.put(key, new Account(address, person.displayName(), password));
        return mailbox;
    }

    /** Adds a user known only by address and name. */
    public Mailbox addUser(String address, String displayName, String password) {
        return addUser(Person.basic(address, displayName), password);
    }

    @Override
    public Optional<Account> find(String login) {
        String name = login.trim();
        int backslash = name.indexOf('\\');
        if (backslash >= 0) {
            name = name.substring(backslash + 1);
        }
        Account exact = accounts.get(key(name));
        if (exact != null) {
            return Optional.of(exact);
        }
        String localPart = name;
        return accounts.values().stream().filter(a -> a.localPart().equalsIgnoreCase(localPart)).findFirst();
    }

    /** The mailbox of a primary SMTP address (case-insensitive). */
    public Optional<Mailbox> mailbox(String address) {
        return Optional.ofNullable(mailboxes.get(key(address)));
    }

    /** The mailbox of an account of this store. */
    public Mailbox mailbox(Account account) {
        return mailbox(account.address())
                .orElseThrow(() -> new IllegalArgumentException("no mailbox for " + account));
    }

    /** All users, by address. */
    public List<Account> accounts() {
        return accounts.values().stream().sorted(Comparator.comparing(Account::address)).toList();
    }

    public Directory directory() {
        return directory;
    }

    /** The store's time source: when items arrive and messages are sent. */
    public Clock clock() {
        return clock;
    }

    public MailLimits limits() {
        return limits;
    }

    public void setLimits(MailLimits newLimits) {
        limits = java.util.Objects.requireNonNull(newLimits);
    }

    /** Sends messages: to local mailboxes directly, to others through the outbound relay. */
    public MessageDelivery delivery() {
        return delivery;
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }
}
