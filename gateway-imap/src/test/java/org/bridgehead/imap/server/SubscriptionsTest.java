package org.bridgehead.imap.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriptionsTest {

    @TempDir
    Path directory;

    @Test
    void everythingIsSubscribedUntilUnsubscribed() {
        Subscriptions subscriptions = Subscriptions.inMemory();
        assertTrue(subscriptions.isSubscribed("alice", "Archive"));
        subscriptions.unsubscribe("alice", "Archive");
        assertFalse(subscriptions.isSubscribed("Alice", "Archive"));
        assertTrue(subscriptions.isSubscribed("bob", "Archive"));
        subscriptions.renamed("alice", "Archive", "Old");
        assertTrue(subscriptions.isSubscribed("alice", "Archive"));
        assertFalse(subscriptions.isSubscribed("alice", "Old"));
        subscriptions.subscribe("alice", "Old");
        assertTrue(subscriptions.isSubscribed("alice", "Old"));
    }

    @Test
    void storedSubscriptionsSurviveARestartInOwnerOnlyFiles() throws Exception {
        Path store = directory.resolve("subscriptions");
        Subscriptions first = Subscriptions.storedIn(store);
        first.unsubscribe("alice@example.com", "INBOX/Newsletters");
        first.unsubscribe("alice@example.com", "Café");
        Subscriptions second = Subscriptions.storedIn(store);
        assertFalse(second.isSubscribed("alice@example.com", "INBOX/Newsletters"));
        assertFalse(second.isSubscribed("alice@example.com", "Café"));
        assertTrue(second.isSubscribed("bob@example.com", "Café"));
        List<Path> files;
        try (Stream<Path> listing = Files.list(store)) {
            files = listing.toList();
        }
        assertEquals(1, files.size());
        assertFalse(files.get(0).getFileName().toString().contains("alice"), "file names do not reveal users");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(0))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store)));
    }
}
