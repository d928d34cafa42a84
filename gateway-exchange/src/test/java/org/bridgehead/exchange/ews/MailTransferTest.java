package org.bridgehead.exchange.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bridgehead.exchange.MailFolder;
import org.bridgehead.exchange.NotFoundException;
import org.bridgehead.exchange.mail.BatchResult;
import org.bridgehead.exchange.mail.CopyResult;
import org.bridgehead.exchange.mail.FolderSnapshot;
import org.bridgehead.exchange.mail.MailSearch;
import org.bridgehead.simulator.store.ItemState;
import org.junit.jupiter.api.Test;

class MailTransferTest extends DemoMailboxTest {

    @Test
    void copying1100MessagesCostsTwoCopyItemAndTwoGetItemCalls() throws Exception {
        MailFolder source = fixture.folderWith("Originals", 1100);
        MailFolder target = fixture.folderWith("Copies", 0);
        List<Long> uids = MailFetchTest.uids(fixture.mail().sync(source.id()));
        fixture.resetCalls();

        CopyResult result = fixture.mail().copy(source.id(), uids, target.id());

        assertEquals(2, fixture.calls("CopyItem"));
        assertEquals(2, fixture.calls("GetItem"));
        assertEquals(4, fixture.totalCalls());
        assertTrue(result.failures().isEmpty(), () -> result.failures().toString());
        assertEquals(uids, List.copyOf(result.uidMap().keySet()));
        List<Long> articleNumbers = fixture.simulatorItems("Copies").stream().map(ItemState::articleNumber).toList();
        assertEquals(articleNumbers, List.copyOf(result.uidMap().values()));
        assertEquals(fixture.mail().sync(target.id()).uidValidity(), result.targetUidValidity());
        assertEquals(1100, fixture.simulatorItems("Originals").size());
    }

    @Test
    void moving500MessagesCostsOneMoveItemAndOneGetItemCall() throws Exception {
        MailFolder source = fixture.folderWith("Move 500 from", 520);
        MailFolder target = fixture.folderWith("Move 500 to", 0);
        List<Long> uids = MailFetchTest.uids(fixture.mail().sync(source.id()));
        fixture.resetCalls();

        CopyResult result = fixture.mail().move(source.id(), uids.subList(10, 510), target.id());

        assertEquals(1, fixture.calls("MoveItem"));
        assertEquals(1, fixture.calls("GetItem"));
        assertEquals(2, fixture.totalCalls());
        assertTrue(result.failures().isEmpty(), () -> result.failures().toString());
        assertEquals(500, result.uidMap().size());
        assertEquals(20, fixture.simulatorItems("Move 500 from").size());
        assertEquals(500, fixture.simulatorItems("Move 500 to").size());
    }

    @Test
    void moveUpdatesBothFoldersAndMapsUids() throws Exception {
        MailFolder source = fixture.folderWith("Move from", 4);
        MailFolder target = fixture.folderWith("Move to", 1);
        List<Long> uids = MailFetchTest.uids(fixture.mail().sync(source.id()));
        fixture.mail().sync(target.id());
        fixture.resetCalls();

        CopyResult result = fixture.mail().move(source.id(), uids.subList(1, 3), target.id());

        assertEquals(1, fixture.calls("MoveItem"));
        assertEquals(1, fixture.calls("GetItem"));
        assertEquals(List.of(uids.get(1), uids.get(2)), List.copyOf(result.uidMap().keySet()));
        FolderSnapshot from = fixture.mail().sync(source.id());
        FolderSnapshot to = fixture.mail().sync(target.id());
        assertEquals(List.of(uids.get(0), uids.get(3)), MailFetchTest.uids(from));
        assertEquals(3, to.messages().size());
        assertTrue(MailFetchTest.uids(to).containsAll(result.uidMap().values()));
    }

    @Test
    void aMessageDeletedUnderneathIsReportedAndTheOthersAreCopied() throws Exception {
        MailFolder source = fixture.folderWith("Partly gone", 3);
        MailFolder target = fixture.folderWith("Partly copied", 0);
        List<Long> uids = MailFetchTest.uids(fixture.mail().sync(source.id()));
        fixture.mailbox(SimulatedExchange.ALICE).deleteItem(fixture.simulatorItems("Partly gone").get(0).number());

        CopyResult result = fixture.mail().copy(source.id(), uids, target.id());

        assertEquals(Set.of(uids.get(1), uids.get(2)), result.uidMap().keySet());
        assertInstanceOf(NotFoundException.class, result.failures().get(uids.get(0)));
        assertEquals(2, fixture.simulatorItems("Partly copied").size());
    }

    @Test
    void expungeDeletesInBatchesOf1000() throws Exception {
        MailFolder folder = fixture.folderWith("Expunge", 1110);
        List<Long> uids = MailFetchTest.uids(fixture.mail().sync(folder.id()));
        List<Long> doomed = new ArrayList<>(uids.subList(0, 1100));
        fixture.resetCalls();

        BatchResult result = fixture.mail().expunge(folder.id(), doomed);

        assertEquals(2, fixture.calls("DeleteItem"));
        assertEquals(1100, result.succeeded().size());
        assertEquals(10, fixture.simulatorItems("Expunge").size());
        assertEquals(uids.subList(1100, 1110), MailFetchTest.uids(fixture.mail().sync(folder.id())));
    }

    @Test
    void searchFindsMessagesByBodyText() throws Exception {
        MailFolder folder = fixture.folderWith("Searchable", 12);
        List<Long> uids = MailFetchTest.uids(fixture.mail().sync(folder.id()));
        fixture.resetCalls();

        Set<Long> found = fixture.mail().search(folder.id(), new MailSearch.BodyContains("searchable 1"));

        assertEquals(1, fixture.calls("FindItem"));
        // "Searchable 1", "Searchable 10", "Searchable 11", "Searchable 12"
        assertEquals(Set.of(uids.get(0), uids.get(9), uids.get(10), uids.get(11)), found);
        Set<Long> notFound = fixture.mail().search(folder.id(), new MailSearch.And(List.of(
                new MailSearch.BodyContains("searchable 1"),
                new MailSearch.Not(new MailSearch.BodyContains("Searchable 1")))));
        assertEquals(Set.of(), notFound);
    }
}
