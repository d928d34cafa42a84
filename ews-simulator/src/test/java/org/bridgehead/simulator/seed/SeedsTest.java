package org.bridgehead.simulator.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.Person;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;

class SeedsTest {

    private static List<String> tree(Mailbox mailbox) throws Exception {
        return mailbox.descendants(mailbox.folder(DistinguishedFolder.MSG_FOLDER_ROOT).number()).stream()
                .map(FolderState::displayName).toList();
    }

    @Test
    void demoHasAliceAndBobWithTheirTreesAndACompanyDirectory() throws Exception {
        SimulatorStore store = Seeds.parse("demo");
        assertEquals("Alice Archer", store.find("alice@example.com").orElseThrow().displayName());
        assertEquals("demo", store.find("bob").orElseThrow().password());
        List<String> aliceFolders = tree(store.mailbox("alice@example.com").orElseThrow());
        assertTrue(aliceFolders.containsAll(List.of("Projects", "Bridgehead", "Website", "Newsletters", "Réunions",
                "2024", "2025")), aliceFolders.toString());
        List<Person> people = store.directory().all();
        assertTrue(people.size() >= 25, "directory size " + people.size());
        assertTrue(people.stream().allMatch(p -> p.address().endsWith("@example.com") && p.jobTitle() != null
                && p.department() != null && p.businessPhone() != null && p.office() != null));
        assertTrue(people.stream().anyMatch(p -> !p.displayName().chars().allMatch(c -> c < 128)));
    }

    @Test
    void generatedStoresAreReproducibleAndSized() throws Exception {
        SimulatorStore first = Seeds.parse("generated:3:20");
        SimulatorStore second = GeneratedDataSet.create(3, 20, Seeds.GENERATED_SEED);
        assertEquals(3, first.accounts().size());
        assertEquals("password", first.find("user3@example.com").orElseThrow().password());
        Mailbox user2 = first.mailbox("user2@example.com").orElseThrow();
        List<String> names = tree(user2);
        assertEquals(DistinguishedFolder.values().length - 8 + 20, names.size());
        assertEquals(names, tree(second.mailbox("user2@example.com").orElseThrow()));
        assertTrue(names.stream().anyMatch(n -> n.matches("[A-Za-z]+ \\d+")));
    }

    @Test
    void generatedInboxCanHoldLargeMessagesSpreadThroughIt() throws Exception {
        Mailbox user1 = Seeds.parse("generated:1:0:20:2").mailbox("user1@example.com").orElseThrow();
        List<Long> sizes = user1.items(user1.folder(DistinguishedFolder.INBOX).number()).stream()
                .map(item -> (long) item.size()).toList();
        assertEquals(20, sizes.size());
        assertEquals(2, sizes.stream().filter(size -> size > GeneratedDataSet.LARGE_ATTACHMENT_BYTES).count());
        assertTrue(sizes.get(0) < GeneratedDataSet.LARGE_ATTACHMENT_BYTES, "the large ones are spread, not first");
    }

    @Test
    void unknownOrMalformedSpecificationsAreRejectedWithTheExpectedForm() {
        for (String bad : List.of("", "demo2", "generated:3", "generated:x:1", "generated:-1:2", "generated:1:2:3:4",
                "generated:1:2:3:4:5")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Seeds.parse(bad), bad);
            assertTrue(e.getMessage().contains("generated:") || e.getMessage().contains("between"), e.getMessage());
        }
    }
}
