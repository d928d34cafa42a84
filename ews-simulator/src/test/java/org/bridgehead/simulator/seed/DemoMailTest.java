package org.bridgehead.simulator.seed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FlagStatus;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;

class DemoMailTest {

    /** Every message of the mailbox (not its contacts, which are made when the demo starts). */
    private static List<ItemState> all(Mailbox mailbox) throws Exception {
        List<ItemState> items = new ArrayList<>();
        for (FolderState f : mailbox.descendants(mailbox.folder(DistinguishedFolder.MSG_FOLDER_ROOT).number())) {
            // the mail, not the calendar's items and meeting messages (made now, as a client would make them)
            items.addAll(mailbox.items(f.number()).stream().filter(i -> i.pim() == null).toList());
        }
        return items;
    }

    @Test
    void aliceAndBobHaveVariedMail() throws Exception {
        SimulatorStore store = DemoDataSet.create();
        Mailbox alice = store.mailbox("alice@example.com").orElseThrow();
        Mailbox bob = store.mailbox("bob@example.com").orElseThrow();
        List<ItemState> aliceMail = all(alice);
        assertTrue(aliceMail.size() >= 50, "alice has " + aliceMail.size());
        assertTrue(alice.folder(DistinguishedFolder.INBOX).totalCount() >= 20);
        assertTrue(alice.folder(DistinguishedFolder.SENT_ITEMS).totalCount() >= 3);
        assertTrue(all(bob).size() >= 10);
        List<String> subjects = aliceMail.stream().map(ItemState::subject).toList();
        assertTrue(subjects.containsAll(List.of("Réunion de lundi", "Grüße aus München", "会議の議事録")), subjects.toString());
        assertTrue(aliceMail.stream().anyMatch(i -> i.summary().attachments().stream()
                .anyMatch(a -> a.contentType().equals("application/pdf"))));
        assertTrue(aliceMail.stream().anyMatch(i -> i.summary().attachments().stream()
                .anyMatch(a -> a.name().endsWith(".txt"))));
        assertTrue(aliceMail.stream().anyMatch(i -> i.flag() == FlagStatus.FLAGGED));
        assertTrue(aliceMail.stream().anyMatch(i -> !i.read()));
        assertTrue(aliceMail.stream().filter(i -> i.summary().conversationTopic().equals("Bridgehead kickoff")).count() >= 3);
        assertTrue(aliceMail.stream().anyMatch(i -> i.summary().from() != null
                && i.summary().from().name().equals("François Lefèvre")));
    }

    @Test
    void demoMailIsTheSameOnEveryRun() throws Exception {
        List<ItemState> first = all(DemoDataSet.create().mailbox("alice@example.com").orElseThrow());
        List<ItemState> second = all(DemoDataSet.create().mailbox("alice@example.com").orElseThrow());
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i).mime(), second.get(i).mime());
            assertEquals(first.get(i).received(), second.get(i).received());
        }
    }
}
