package org.bridgehead.simulator.seed;

import java.util.List;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FolderOperationException;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.Person;
import org.bridgehead.simulator.store.SimulatorStore;

/**
 * The demo: alice@example.com (Alice Archer) and bob@example.com (Bob Baker), password "demo",
 * with lived-in folder trees, mail (see {@link DemoMail}), calendars and tasks with meetings
 * between them (see {@link DemoCalendar}), personal contacts and distribution lists (see
 * {@link DemoContacts}) and a company directory of 220 people (departments, managers, phones,
 * offices; every third with a picture).
 */
public final class DemoDataSet {
    public static final String PASSWORD = "demo";

    private DemoDataSet() {
    }

    public static SimulatorStore create() {
        SimulatorStore store = new SimulatorStore();
        Mailbox alice = store.addUser(DemoPeople.ALICE, PASSWORD);
        Mailbox bob = store.addUser(DemoPeople.BOB, PASSWORD);
        List<Person> people = DemoPeople.all();
        people.stream()
                .filter(p -> store.mailbox(p.address()).isEmpty())
                .forEach(store.directory()::add);
        for (int i = 0; i < people.size(); i++) {
            if (DemoPeople.hasPhoto(i)) {
                store.directory().setPhoto(people.get(i).address(), PhotoMaker::jpeg);
            }
        }
        try {
            FolderTrees trees = new FolderTrees();
            trees.create(alice, DistinguishedFolder.INBOX, "Projects/Bridgehead", "Projects/Website", "Newsletters",
                    "Réunions", "Receipts/2025");
            trees.create(alice, DistinguishedFolder.ARCHIVE, "2024", "2025");
            trees.createWithClass(alice, DistinguishedFolder.CALENDAR, "Team Calendar", "IPF.Appointment");
            trees.createWithClass(alice, DistinguishedFolder.CONTACTS, "Suppliers", "IPF.Contact");
            trees.create(bob, DistinguishedFolder.INBOX, "Support/Tickets", "Support/Escalations", "Vendors",
                    "Études");
            trees.create(bob, DistinguishedFolder.ARCHIVE, "2025");
            new DemoMail().fill(alice, bob);
            new DemoCalendar(store).fill();
            new DemoContacts(store).fill(alice.address(), bob.address());
        } catch (FolderOperationException | ItemOperationException e) {
            throw new IllegalStateException("demo mailboxes are inconsistent", e);
        }
        return store;
    }
}
