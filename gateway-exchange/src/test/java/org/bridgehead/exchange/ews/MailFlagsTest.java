package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.bridgehead.exchange.ExchangeSession;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.NotFoundException;
import org.bridgehead.exchange.mail.BatchResult;
import org.bridgehead.exchange.mail.FlagChange;
import org.bridgehead.exchange.mail.FolderSnapshot;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.MessageSummary;
import org.bridgehead.exchange.mail.SystemFlag;
import org.bridgehead.simulator.store.ItemState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailFlagsTest extends DemoMailboxTest {

    @TempDir
    Path freshCache;

    @Test
    void flagging1250MessagesCostsTwoUpdateItemCallsAndReachesExchange() throws Exception {
        MailFolder folder = fixture.folderWith("Flags", 1250);
        List<Long> uids = MailFetchTest.uids(fixture.mail().sync(folder.id()));
        fixture.resetCalls();

        BatchResult result = fixture.mail().setFlags(folder.id(), uids, new FlagChange(FlagChange.Mode.ADD,
                new MessageFlags(Set.of(SystemFlag.SEEN, SystemFlag.FLAGGED, SystemFlag.ANSWERED), Set.of("Blue"))));

        assertTrue(result.allSucceeded(), () -> result.failures().toString());
        assertEquals(1250, result.succeeded().size());
        assertEquals(2, fixture.calls("UpdateItem"));
        assertEquals(2, fixture.totalCalls());
        FolderSnapshot local = fixture.mail().sync(folder.id());
        assertTrue(local.messages().stream().allMatch(m -> m.flags().has(SystemFlag.FLAGGED)));

        FolderSnapshot fresh = freshSync(folder);
        assertEquals(1250, fresh.messages().size());
        for (MessageSummary message : fresh.messages()) {
            assertTrue(message.flags().has(SystemFlag.SEEN));
            assertTrue(message.flags().has(SystemFlag.FLAGGED));
            assertTrue(message.flags().has(SystemFlag.ANSWERED));
            assertEquals(Set.of("Blue"), message.flags().keywords());
        }
    }

    @Test
    void removingFlagsClearsThemInExchange() throws Exception {
        MailFolder folder = fixture.folderWith("Unflag", 2);
        List<Long> uids = MailFetchTest.uids(fixture.mail().sync(folder.id()));
        MessageFlags flags = new MessageFlags(Set.of(SystemFlag.SEEN, SystemFlag.FLAGGED, SystemFlag.FORWARDED),
                Set.of("Red", "Green"));
        fixture.mail().setFlags(folder.id(), uids, new FlagChange(FlagChange.Mode.ADD, flags));

        fixture.mail().setFlags(folder.id(), uids, new FlagChange(FlagChange.Mode.REMOVE,
                new MessageFlags(Set.of(SystemFlag.FLAGGED, SystemFlag.FORWARDED), Set.of("Red"))));

        for (MessageSummary message : freshSync(folder).messages()) {
            assertEquals(new MessageFlags(Set.of(SystemFlag.SEEN), Set.of("Green")), message.flags());
        }
    }

    @Test
    void deletedIsKeptByTheGatewayOnly() throws Exception {
        MailFolder folder = fixture.folderWith("Deleted", 3);
        List<Long> uids = MailFetchTest.uids(fixture.mail().sync(folder.id()));
        fixture.resetCalls();

        BatchResult result = fixture.mail().setFlags(folder.id(), uids.subList(0, 2),
                new FlagChange(FlagChange.Mode.ADD, MessageFlags.of(SystemFlag.DELETED)));

        assertEquals(List.of(uids.get(0), uids.get(1)), result.succeeded());
        assertEquals(0, fixture.totalCalls());
        FolderSnapshot local = fixture.mail().sync(folder.id());
        assertTrue(local.messages().get(0).flags().has(SystemFlag.DELETED));
        assertFalse(local.messages().get(2).flags().has(SystemFlag.DELETED));
        assertTrue(freshSync(folder).messages().stream().noneMatch(m -> m.flags().has(SystemFlag.DELETED)));
    }

    @Test
    void draftCannotBeChangedAfterCreation() throws Exception {
        MailFolder folder = fixture.folderWith("Drafty", 1);
        List<Long> uids = MailFetchTest.uids(fixture.mail().sync(folder.id()));

        BatchResult result = fixture.mail().setFlags(folder.id(), uids,
                new FlagChange(FlagChange.Mode.ADD, MessageFlags.of(SystemFlag.DRAFT)));

        assertTrue(result.allSucceeded());
        assertFalse(fixture.mail().sync(folder.id()).messages().get(0).flags().has(SystemFlag.DRAFT));
    }

    @Test
    void aMessageDeletedUnderneathFailsAloneAndTheOthersAreFlagged() throws Exception {
        MailFolder folder = fixture.folderWith("Partial", 3);
        List<Long> uids = MailFetchTest.uids(fixture.mail().sync(folder.id()));
        ItemState gone = fixture.simulatorItems("Partial").get(1);
        fixture.mailbox(SimulatedExchange.ALICE).deleteItem(gone.number());

        BatchResult result = fixture.mail().setFlags(folder.id(), uids,
                new FlagChange(FlagChange.Mode.ADD, MessageFlags.of(SystemFlag.SEEN)));

        assertEquals(List.of(uids.get(0), uids.get(2)), result.succeeded());
        assertEquals(Set.of(uids.get(1)), result.failures().keySet());
        assertInstanceOf(NotFoundException.class, result.failures().get(uids.get(1)));
    }

    /** The folder as a gateway with an empty cache sees it. */
    private FolderSnapshot freshSync(MailFolder folder) throws Exception {
        EwsBackend other = fixture.exchange.backend(1, freshCache);
        try (ExchangeSession session = MailFixture.signIn(other, SimulatedExchange.ALICE)) {
            return session.mail().sync(folder.id());
        }
    }
}
