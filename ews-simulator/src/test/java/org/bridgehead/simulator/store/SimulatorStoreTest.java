package org.bridgehead.simulator.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SimulatorStoreTest {

    @Test
    void usersAreFoundByAddressLocalPartOrDomainLogin() {
        SimulatorStore store = new SimulatorStore();
        store.addUser("alice@example.com", "Alice Archer", "demo");
        assertEquals("alice@example.com", store.find("ALICE@example.com").orElseThrow().address());
        assertEquals("alice@example.com", store.find("alice").orElseThrow().address());
        assertEquals("alice@example.com", store.find("EXAMPLE\\alice").orElseThrow().address());
        assertTrue(store.find("carol").isEmpty());
        assertTrue(store.directory().find("alice@example.com").isPresent());
        assertThrows(IllegalArgumentException.class, () -> store.addUser("Alice@example.com", "Again", "x"));
    }

    @Test
    void newMailboxHasTheWellKnownTree() throws Exception {
        Mailbox mailbox = new SimulatorStore().addUser("a@example.com", "A", "p");
        FolderState root = mailbox.folder(DistinguishedFolder.ROOT);
        assertEquals(List.of("Common Views", "Finder", "Recoverable Items", "Top of Information Store"),
                mailbox.children(root.number()).stream().map(FolderState::displayName).toList());
        FolderState calendar = mailbox.folder(DistinguishedFolder.CALENDAR);
        assertEquals(FolderKind.CALENDAR, calendar.kind());
        assertTrue(calendar.ipm());
        assertEquals(1, calendar.nextArticleNumber());
        assertEquals(3, mailbox.folder(DistinguishedFolder.SYNC_ISSUES).childFolderCount());
    }

    @Test
    void everyChangeGetsANewChangeNumber() throws Exception {
        Mailbox mailbox = new SimulatorStore().addUser("a@example.com", "A", "p");
        long inbox = mailbox.folder(DistinguishedFolder.INBOX).number();
        FolderState created = mailbox.createFolder(inbox, "One", "IPF.Note");
        FolderState renamed = mailbox.update(created.number(), "Two", java.util.Map.of(), Set.of());
        FolderState moved = mailbox.move(created.number(), mailbox.folder(DistinguishedFolder.ARCHIVE).number());
        assertTrue(created.changeNumber() < renamed.changeNumber());
        assertTrue(renamed.changeNumber() < moved.changeNumber());
        assertEquals(created.number(), moved.number());
    }

    @Test
    void concurrentCreatesInOneFolderAllSucceedWithDistinctNumbers() throws Exception {
        Mailbox mailbox = new SimulatorStore().addUser("a@example.com", "A", "p");
        long inbox = mailbox.folder(DistinguishedFolder.INBOX).number();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<FolderState>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String name = "F" + i;
                futures.add(pool.submit(() -> mailbox.createFolder(inbox, name, "IPF.Note")));
            }
            Set<Long> numbers = new HashSet<>();
            for (Future<FolderState> f : futures) {
                numbers.add(f.get().number());
            }
            assertEquals(200, numbers.size());
            assertEquals(200, mailbox.children(inbox).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void directoryResolvesByPrefixOfAnyNameAndByFullAddress() {
        Directory directory = new Directory();
        directory.add(Person.basic("chloe.dubois@example.com", "Chloé Dubois"));
        directory.add(Person.basic("charles.durand@example.com", "Charles Durand"));
        assertEquals(2, directory.resolve("ch").size());
        assertEquals(1, directory.resolve("chloe").size());
        assertEquals(1, directory.resolve("dubois").size());
        assertEquals(1, directory.resolve("SMTP:charles.durand@example.com").size());
        assertEquals(0, directory.resolve("example.com").size());
        assertEquals(0, directory.resolve("  ").size());
    }
}
