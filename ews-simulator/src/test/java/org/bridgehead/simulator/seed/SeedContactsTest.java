package org.bridgehead.simulator.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;

/** Personal contacts in the demo and in generated stores. */
class SeedContactsTest {

    /** The items of the Contacts folder and its subfolders. */
    private static List<ItemState> contactItems(Mailbox mailbox) throws Exception {
        long contacts = mailbox.folder(DistinguishedFolder.CONTACTS).number();
        List<ItemState> items = new ArrayList<>(mailbox.items(contacts));
        for (var folder : mailbox.descendants(contacts)) {
            items.addAll(mailbox.items(folder.number()));
        }
        return items;
    }

    private static long ofType(List<ItemState> items, String type) {
        return items.stream().filter(i -> i.pim() != null && type.equals(i.pim().type())).count();
    }

    @Test
    void demoUsersHaveThirtyContactsSomeWithPicturesAndTwoLists() throws Exception {
        SimulatorStore store = Seeds.parse("demo");
        for (String user : List.of("alice@example.com", "bob@example.com")) {
            List<ItemState> items = contactItems(store.mailbox(user).orElseThrow());
            assertEquals(DemoContacts.PER_USER, ofType(items, "Contact"), user);
            assertEquals(2, ofType(items, "DistributionList"), user);
            long pictures = items.stream().filter(i -> "true".equals(i.pim().text("HasPicture").orElse(""))).count();
            assertTrue(pictures >= 5 && pictures < DemoContacts.PER_USER, user + " pictures " + pictures);
        }
        Mailbox alice = store.mailbox("alice@example.com").orElseThrow();
        long suppliers = alice.child(alice.folder(DistinguishedFolder.CONTACTS).number(), "Suppliers").orElseThrow()
                .number();
        assertEquals(4, alice.items(suppliers).size());
        ItemState bookClub = contactItems(alice).stream()
                .filter(i -> "Book club".equals(i.pim().text("DisplayName").orElse(""))).findFirst().orElseThrow();
        var members = bookClub.pim().field("Members").orElseThrow().children("Member");
        assertEquals(4, members.size());
        assertEquals("Contact", members.get(0).child("Mailbox").orElseThrow().childText("MailboxType").orElseThrow(),
                "a member linking a contact");
        assertTrue(members.stream().allMatch(m -> m.attributes().containsKey("Key")));
    }

    @Test
    void generatedSeedsTakeAContactCountInAnySuffixOrder() throws Exception {
        SimulatorStore store = Seeds.parse("generated:2:0+contacts:500+people:10");
        for (String user : List.of("user1@example.com", "user2@example.com")) {
            List<ItemState> items = contactItems(store.mailbox(user).orElseThrow());
            assertEquals(500, ofType(items, "Contact"), user);
            assertEquals(50, items.stream().filter(i -> "true".equals(i.pim().text("HasPicture").orElse(""))).count());
        }
        assertEquals(0, contactItems(Seeds.parse("generated:1:0+people:10").mailbox("user1@example.com")
                .orElseThrow()).size(), "no contacts unless asked for");
        for (String bad : List.of("generated:1:0+contacts:x", "generated:1:0+contacts:1+contacts:2",
                "generated:1:0+friends:3", "generated:1:0+contacts:-1")) {
            assertThrows(IllegalArgumentException.class, () -> Seeds.parse(bad), bad);
        }
    }
}
