package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.mail.FlagChange;
import org.bridgehead.exchange.mail.FolderSnapshot;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.MessageSummary;
import org.bridgehead.exchange.mail.SystemFlag;
import org.bridgehead.exchange.store.MailStore;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.ItemUpdate;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.NewItem;
import org.junit.jupiter.api.Test;

class MailSyncTest extends DemoMailboxTest {

    @Test
    void syncListsMessagesByArticleNumberAscending() throws Exception {
        MailFolder folder = fixture.folderWith("Sync", 5);

        FolderSnapshot snapshot = fixture.mail().sync(folder.id());

        List<Long> articleNumbers = fixture.simulatorItems("Sync").stream().map(ItemState::articleNumber).toList();
        assertEquals(articleNumbers, uids(snapshot));
        assertEquals(5, snapshot.messages().size());
        assertTrue(snapshot.uidNext() > articleNumbers.get(4));
        assertTrue(snapshot.uidValidity() > 0);
        assertTrue(snapshot.messages().stream().noneMatch(m -> m.flags().has(SystemFlag.SEEN)));
    }

    @Test
    void resyncOfAnUnchangedFolderCostsOneCall() throws Exception {
        MailFolder folder = fixture.folderWith("Quiet", 20);
        FolderSnapshot first = fixture.mail().sync(folder.id());
        fixture.resetCalls();

        FolderSnapshot second = fixture.mail().sync(folder.id());

        assertEquals(1, fixture.totalCalls());
        assertEquals(1, fixture.calls("SyncFolderItems"));
        assertEquals(first, second);
    }

    @Test
    void largeFolderSyncsInPagesOf512() throws Exception {
        MailFolder folder = fixture.folderWith("Large", 600);
        fixture.resetCalls();

        FolderSnapshot snapshot = fixture.mail().sync(folder.id());

        assertEquals(600, snapshot.messages().size());
        assertEquals(2, fixture.calls("SyncFolderItems"));
    }

    @Test
    void changesMadeElsewhereAppearOnTheNextSync() throws Exception {
        MailFolder folder = fixture.folderWith("Shared", 3);
        FolderSnapshot before = fixture.mail().sync(folder.id());
        long first = before.messages().get(0).uid();
        long second = before.messages().get(1).uid();
        List<ItemState> items = fixture.simulatorItems("Shared");
        Mailbox mailbox = fixture.mailbox(SimulatedExchange.ALICE);
        mailbox.updateItem(items.get(0).number(), -1, ItemUpdate.builder().read(true).build());
        mailbox.deleteItem(items.get(1).number());
        mailbox.createItem(fixture.simulatorFolder("Shared").number(), NewItem.of(MailFixture.message("late")));

        FolderSnapshot after = fixture.mail().sync(folder.id());

        assertEquals(3, after.messages().size());
        MessageSummary read = after.messages().get(0);
        assertEquals(first, read.uid());
        assertTrue(read.flags().has(SystemFlag.SEEN));
        assertTrue(read.modSeq() > before.messages().get(0).modSeq());
        assertTrue(uids(after).stream().noneMatch(uid -> uid == second));
        assertTrue(after.messages().get(2).uid() > before.messages().get(2).uid());
    }

    @Test
    void twoSessionsOfOneUserShareTheIndex() throws Exception {
        MailFolder folder = fixture.folderWith("Two clients", 3);
        FolderSnapshot before = fixture.mail().sync(folder.id());
        long first = before.messages().get(0).uid();

        try (ExchangeSession other = MailFixture.signIn(fixture.backend, SimulatedExchange.ALICE)) {
            other.mail().setFlags(folder.id(), List.of(first), new FlagChange(FlagChange.Mode.ADD,
                    MessageFlags.of(SystemFlag.FLAGGED, SystemFlag.DELETED)));
        }
        fixture.resetCalls();
        FolderSnapshot after = fixture.mail().sync(folder.id());

        assertEquals(1, fixture.totalCalls());
        assertTrue(after.messages().get(0).flags().has(SystemFlag.FLAGGED));
        assertTrue(after.messages().get(0).flags().has(SystemFlag.DELETED));
    }

    @Test
    void aNewBackendInstanceReusesTheStoredIndex() throws Exception {
        MailFolder folder = fixture.folderWith("Persisted", 10);
        FolderSnapshot before = fixture.mail().sync(folder.id());
        fixture.backend.close();
        fixture.resetCalls();

        try (ExchangeSession again = MailFixture.signIn(fixture.newBackend(), SimulatedExchange.ALICE)) {
            fixture.resetCalls();
            FolderSnapshot after = again.mail().sync(folder.id());

            assertEquals(1, fixture.calls("SyncFolderItems"));
            assertEquals(uids(before), uids(after));
            assertEquals(before.uidValidity(), after.uidValidity());
        }
    }

    @Test
    void deletingTheStoreKeepsUidsAndUidValidity() throws Exception {
        MailFolder folder = fixture.folderWith("Rebuilt", 10);
        FolderSnapshot before = fixture.mail().sync(folder.id());
        fixture.backend.close();
        Files.delete(MailStore.fileOf(cache.resolve("index"), SimulatedExchange.ALICE));

        try (ExchangeSession again = MailFixture.signIn(fixture.newBackend(), SimulatedExchange.ALICE)) {
            FolderSnapshot after = again.mail().sync(folder.id());

            assertEquals(uids(before), uids(after));
            assertEquals(before.uidValidity(), after.uidValidity());
        }
    }

    @Test
    void storeFilesAreReadableByTheirOwnerOnly() throws Exception {
        MailFolder folder = fixture.folderWith("Private", 1);
        fixture.mail().sync(folder.id());

        Path index = cache.resolve("index");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(index)));
        try (Stream<Path> files = Files.list(index)) {
            List<Path> all = files.toList();
            assertEquals(List.of(MailStore.fileOf(index, SimulatedExchange.ALICE)), all);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(all.get(0))));
            assertTrue(!all.get(0).getFileName().toString().contains("alice"));
        }
    }

    private static List<Long> uids(FolderSnapshot snapshot) {
        return snapshot.messages().stream().map(MessageSummary::uid).toList();
    }
}
