package org.bridgehead.simulator.seed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Random;
import org.bridgehead.simulator.ews.SeedItems;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FolderOperationException;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.Person;
import org.bridgehead.simulator.store.SimulatorStore;

/**
 * Mailboxes for load tests: user1..userN@example.com, password "password", each with the given
 * number of extra mail folders, nested up to three levels below Inbox and Archive, and the given
 * number of generated messages in the Inbox, from the demo company's people, over the half year
 * before {@link #NEWEST_MESSAGE}. The same seed gives the same trees and messages.
 */
public final class GeneratedDataSet {
    public static final String PASSWORD = "password";
    public static final int MAX_USERS = 100_000;
    public static final int MAX_FOLDERS_PER_USER = 10_000;
    public static final int MAX_MESSAGES_PER_USER = 100_000;
    public static final int MAX_PEOPLE = 100_000;
    public static final int MAX_CONTACTS_PER_USER = 50_000;
    /** The attachment size of the large generated messages: a typical scanned document or slide deck. */
    public static final int LARGE_ATTACHMENT_BYTES = 2 * 1024 * 1024;
    /** The date of the newest generated message, fixed so that runs compare. */
    public static final Instant NEWEST_MESSAGE = Instant.parse("2026-03-02T09:30:00Z");

    private static final List<String> WORDS = List.of("Projects", "Clients", "Reports", "Invoices", "Travel",
            "Team", "Hiring", "Vendors", "Releases", "Support", "Planning", "Events");
    private static final int MAX_DEPTH = 3;

    private GeneratedDataSet() {
    }

    /**
     * @throws IllegalArgumentException if a count is negative or above its maximum
     */
    public static SimulatorStore create(int users, int foldersPerUser, long seed) {
        return create(users, foldersPerUser, 0, seed);
    }

    /**
     * @throws IllegalArgumentException if a count is negative or above its maximum
     */
    public static SimulatorStore create(int users, int foldersPerUser, int messagesPerUser, long seed) {
        return create(users, foldersPerUser, messagesPerUser, 0, seed);
    }

    /**
     * @param largePerUser how many of each user's Inbox messages carry a {@link #LARGE_ATTACHMENT_BYTES}
     *                     attachment, spread evenly through the folder
     * @throws IllegalArgumentException if a count is negative or above its maximum
     */
    public static SimulatorStore create(int users, int foldersPerUser, int messagesPerUser, int largePerUser,
            long seed) {
        if (largePerUser < 0 || largePerUser > messagesPerUser) {
            throw new IllegalArgumentException(
                    "large messages per user must be between 0 and the messages per user: " + largePerUser);
        }
        if (messagesPerUser < 0 || messagesPerUser > MAX_MESSAGES_PER_USER) {
            throw new IllegalArgumentException(
                    "messages per user must be between 0 and " + MAX_MESSAGES_PER_USER + ": " + messagesPerUser);
        }
        if (users < 0 || users > MAX_USERS) {
            throw new IllegalArgumentException("users must be between 0 and " + MAX_USERS + ": " + users);
        }
        if (foldersPerUser < 0 || foldersPerUser > MAX_FOLDERS_PER_USER) {
            throw new IllegalArgumentException(
                    "folders per user must be between 0 and " + MAX_FOLDERS_PER_USER + ": " + foldersPerUser);
        }
        SimulatorStore store = new SimulatorStore();
        Random random = new Random(seed);
        for (int u = 1; u <= users; u++) {
            Mailbox mailbox = store.addUser("user" + u + "@example.com", "User " + u, PASSWORD);
            try {
                addFolders(mailbox, foldersPerUser, random);
                if (messagesPerUser > 0) { // no draw otherwise: folder-only stores stay as they always were
                    Person owner = store.directory().find(mailbox.address()).orElseThrow();
                    new MailGenerator(random.nextLong(), DemoPeople.all(), NEWEST_MESSAGE, Duration.ofDays(180))
                            .fill(mailbox, mailbox.folder(DistinguishedFolder.INBOX).number(), owner, messagesPerUser,
                                    largePerUser, LARGE_ATTACHMENT_BYTES);
                }
            } catch (FolderOperationException | ItemOperationException e) {
                throw new IllegalStateException("generated mailbox is inconsistent", e);
            }
        }
        return store;
    }

    /**
     * Adds generated colleagues to the Global Address List (every third with a picture), as many
     * as asked, beside the users.
     *
     * @throws IllegalArgumentException if the count is negative or above {@link #MAX_PEOPLE}
     */
    public static void addPeople(SimulatorStore store, int count, long seed) {
        if (count < 0 || count > MAX_PEOPLE) {
            throw new IllegalArgumentException("people must be between 0 and " + MAX_PEOPLE + ": " + count);
        }
        Set<String> taken = store.directory().all().stream().map(Person::address).collect(Collectors.toSet());
        List<Person> people = new DirectoryGenerator(seed, Map.of(), taken).people(count);
        for (int i = 0; i < people.size(); i++) {
            store.directory().add(people.get(i));
            if (i % 3 == 0) {
                store.directory().setPhoto(people.get(i).address(), PhotoMaker::jpeg);
            }
        }
    }

    /**
     * Gives every user {@code perUser} personal contacts in their Contacts folder, every tenth with
     * a picture.
     *
     * @throws IllegalArgumentException if the count is negative or above {@link #MAX_CONTACTS_PER_USER}
     */
    public static void addContacts(SimulatorStore store, int perUser, long seed) {
        if (perUser < 0 || perUser > MAX_CONTACTS_PER_USER) {
            throw new IllegalArgumentException(
                    "contacts per user must be between 0 and " + MAX_CONTACTS_PER_USER + ": " + perUser);
        }
        if (perUser == 0) {
            return;
        }
        long userSeed = seed;
        for (Account account : store.accounts()) {
            Mailbox mailbox = store.mailbox(account);
            try {
                new ContactGenerator(userSeed++, 10).fill(new SeedItems(store, account),
                        mailbox.folder(DistinguishedFolder.CONTACTS).number(), perUser);
            } catch (ItemOperationException e) {
                throw new IllegalStateException("generated contacts are inconsistent", e);
            }
        }
    }

    private record Slot(long number, int depth) {
    }

    private static void addFolders(Mailbox mailbox, int count, Random random) throws FolderOperationException {
        List<Slot> parents = new ArrayList<>();
        parents.add(new Slot(mailbox.folder(DistinguishedFolder.INBOX).number(), 0));
        parents.add(new Slot(mailbox.folder(DistinguishedFolder.ARCHIVE).number(), 0));
        for (int i = 1; i <= count; i++) {
            Slot parent = parents.get(random.nextInt(parents.size()));
            String name = WORDS.get(random.nextInt(WORDS.size())) + " " + i;
            long created = mailbox.createFolder(parent.number(), name, "IPF.Note").number();
            if (parent.depth() + 1 < MAX_DEPTH) {
                parents.add(new Slot(created, parent.depth() + 1));
            }
        }
    }
}
