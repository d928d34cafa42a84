package org.bridgehead.exchange.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.SystemFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    @Test
    void entriesSyncStateAndUidNextSurviveReopening() throws Exception {
        IndexEntry entry = new IndexEntry(7, "item-7", "ck-1",
                new MessageFlags(Set.of(SystemFlag.SEEN, SystemFlag.DELETED), Set.of("Blue", "Red")), 1234,
                Instant.parse("2026-01-02T03:04:05Z"), 42);
        try (MailStore store = MailStore.open(directory, "alice@example.com", CLOCK)) {
            FolderIndex index = store.folder("folder-1");
            index.put(entry);
            index.syncState("state-1");
            index.commit();
        }
        try (MailStore store = MailStore.open(directory, "Alice@Example.com", CLOCK)) {
            FolderIndex index = store.folder("folder-1");
            assertEquals(List.of(entry), index.entries());
            assertEquals(entry, index.byItemId("item-7").orElseThrow());
            assertEquals("state-1", index.syncState().orElseThrow());
            assertEquals(8, index.uidNext());
            assertEquals(store.uidValidity("folder-1"), UidValidity.of("folder-1"));
        }
    }

    @Test
    void uidNextNeverDecreasesWhenMessagesGo() throws Exception {
        try (MailStore store = MailStore.open(directory, "bob@example.com", CLOCK)) {
            FolderIndex index = store.folder("f");
            index.put(new IndexEntry(10, "a", "", MessageFlags.NONE, 1, Instant.EPOCH, 1));
            index.removeUid(10);
            assertEquals(11, index.uidNext());
            assertTrue(index.entries().isEmpty());
        }
    }

    @Test
    void modSeqStartsFromTheClockSoARebuiltStoreKeepsGrowing() throws Exception {
        try (MailStore store = MailStore.open(directory, "carol@example.com", CLOCK)) {
            FolderIndex index = store.folder("f");
            long first = index.nextModSeq();
            assertEquals(CLOCK.millis(), first);
            assertEquals(first + 1, index.nextModSeq());
        }
    }

    @Test
    void anUnreadableStoreIsReplaced() throws Exception {
        Path file = MailStore.fileOf(directory, "dave@example.com");
        Files.write(file, "not a store at all, just text that is long enough to be read as a header".repeat(100)
                .getBytes());
        try (MailStore store = MailStore.open(directory, "dave@example.com", CLOCK)) {
            assertTrue(store.folder("f").entries().isEmpty());
        }
    }
    @Test
    void expungesAreRememberedWithTheirModSeqAndSurviveReopening() throws Exception {
        long before;
        try (MailStore store = MailStore.open(directory, "dave@example.com", CLOCK)) {
            FolderIndex index = store.folder("f");
            index.startExpungeHistory();
            index.put(new IndexEntry(1, "a", "", MessageFlags.NONE, 1, Instant.EPOCH, index.nextModSeq()));
            index.put(new IndexEntry(2, "b", "", MessageFlags.NONE, 1, Instant.EPOCH, index.nextModSeq()));
            index.put(new IndexEntry(3, "c", "", MessageFlags.NONE, 1, Instant.EPOCH, index.nextModSeq()));
            index.removeUid(3);
            before = index.highestModSeq();
            index.removeItem("a");
            index.commit();
            assertTrue(index.latestExpungeModSeq() > before, "an expunge raises the folder's modSeq");
        }
        try (MailStore store = MailStore.open(directory, "dave@example.com", CLOCK)) {
            FolderIndex index = store.folder("f");
            assertEquals(List.of(1L, 3L), index.expungedSince(before - 1).orElseThrow());
            assertEquals(List.of(1L), index.expungedSince(before).orElseThrow());
            assertEquals(List.of(), index.expungedSince(index.highestModSeq()).orElseThrow());
        }
    }

    @Test
    void expungeHistoryIsBoundedAndSaysWhenItNoLongerReachesBack() throws Exception {
        try (MailStore store = MailStore.open(directory, "erin@example.com", CLOCK)) {
            FolderIndex index = store.folder("f");
            assertTrue(index.expungedSince(0).isEmpty(), "an index never started knows no history");
            index.startExpungeHistory();
            long start = index.highestModSeq();
            for (long uid = 1; uid <= FolderIndex.MAX_EXPUNGES + 5; uid++) {
                index.put(new IndexEntry(uid, "i" + uid, "", MessageFlags.NONE, 1, Instant.EPOCH, 1));
                index.removeUid(uid);
            }
            assertTrue(index.expungedSince(start).isEmpty(), "the oldest expunges are forgotten");
            long recent = index.highestModSeq() - 1;
            assertEquals(List.of((long) FolderIndex.MAX_EXPUNGES + 5), index.expungedSince(recent).orElseThrow());
            index.clear();
            assertTrue(index.expungedSince(recent).isEmpty(), "a rebuilt index knows no earlier expunge");
        }
    }
}
