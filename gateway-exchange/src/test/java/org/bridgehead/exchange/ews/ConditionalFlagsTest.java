package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.PreconditionFailedException;
import org.bridgehead.exchange.mail.BatchResult;
import org.bridgehead.exchange.mail.FlagChange;
import org.bridgehead.exchange.mail.FolderSnapshot;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.SystemFlag;
import org.bridgehead.simulator.store.FlagStatus;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.ItemUpdate;
import org.junit.jupiter.api.Test;

/** setFlags with UNCHANGEDSINCE (IMAP CONDSTORE): a message changed since keeps its flags and says so. */
class ConditionalFlagsTest extends DemoMailboxTest {

    private static final FlagChange FLAG = new FlagChange(FlagChange.Mode.ADD, MessageFlags.of(SystemFlag.FLAGGED));

    @Test
    void aMessageUnchangedSinceIsChangedAndGetsAHigherModSeq() throws Exception {
        MailFolder folder = fixture.folderWith("Unchanged", 2);
        FolderSnapshot before = fixture.mail().sync(folder.id());
        long uid = before.messages().get(0).uid();

        BatchResult result = fixture.mail().setFlags(folder.id(), List.of(uid), FLAG, before.highestModSeq());

        assertEquals(List.of(uid), result.succeeded());
        assertTrue(result.modSeqs().get(uid) > before.highestModSeq());
        assertTrue(fixture.mail().sync(folder.id()).messages().get(0).flags().has(SystemFlag.FLAGGED));
    }

    @Test
    void aMessageWithAHigherModSeqIsLeftAloneWithoutAnExchangeCall() throws Exception {
        MailFolder folder = fixture.folderWith("Newer", 1);
        long uid = fixture.mail().sync(folder.id()).messages().get(0).uid();
        fixture.mail().setFlags(folder.id(), List.of(uid), new FlagChange(FlagChange.Mode.ADD,
                MessageFlags.of(SystemFlag.SEEN)));
        fixture.resetCalls();

        BatchResult result = fixture.mail().setFlags(folder.id(), List.of(uid), FLAG, 1);

        assertInstanceOf(PreconditionFailedException.class, result.failures().get(uid));
        assertEquals(0, fixture.calls("UpdateItem"));
        assertFalse(fixture.mail().sync(folder.id()).messages().get(0).flags().has(SystemFlag.FLAGGED));
    }

    @Test
    void aMessageChangedInExchangeSinceTheIndexLookedIsRefusedByItsChangeKey() throws Exception {
        MailFolder folder = fixture.folderWith("Elsewhere", 1);
        FolderSnapshot before = fixture.mail().sync(folder.id());
        long uid = before.messages().get(0).uid();
        ItemState item = fixture.simulatorItems("Elsewhere").get(0);
        // Another client changes the message; the gateway has not synchronised since.
        fixture.mailbox(SimulatedExchange.ALICE).updateItem(item.number(), -1,
                ItemUpdate.builder().read(true).build());
        fixture.resetCalls();

        BatchResult result = fixture.mail().setFlags(folder.id(), List.of(uid), FLAG, before.highestModSeq());

        // AutoResolve would have applied the change; NeverOverwrite refuses it.
        assertInstanceOf(PreconditionFailedException.class, result.failures().get(uid));
        assertEquals(1, fixture.calls("UpdateItem"));
        assertEquals(FlagStatus.NOT_FLAGGED, fixture.simulatorItems("Elsewhere").get(0).flag());
    }
}
