package org.bridgehead.simulator.seed;

import java.util.ArrayList;
import java.util.List;
import org.bridgehead.simulator.ews.SeedItems;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FolderOperationException;
import org.bridgehead.simulator.store.ItemOperationException;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.SimulatorStore;

/**
 * The demo users' personal contacts: 30 each (27 generated at other companies, every third with a
 * picture; Wendy Kraus of Proseware, with a picture; two colleagues also in the Global Address List,
 * with a private mobile number), alice's
 * suppliers in her Contacts/Suppliers folder, and two distribution lists each, one linking
 * contacts and one of addresses.
 */
final class DemoContacts {
    static final int PER_USER = 30;
    private static final int GENERATED = 27;
    /** A contact with a picture whose address scripts can rely on. */
    static final String WITH_PICTURE = "wendy.kraus@proseware.example";
    private static final int SUPPLIERS = 4;

    private final SimulatorStore store;

    DemoContacts(SimulatorStore store) {
        this.store = store;
    }

    void fill(String alice, String bob) throws ItemOperationException, FolderOperationException {
        List<ItemState> aliceContacts = contacts(alice, 8081L, true,
                colleague("Henrik", "Johansson", "henrik.johansson@example.com", "+44 7700 900417"),
                colleague("Jürgen", "Müller", "juergen.mueller@example.com", "+49 151 555 0733"));
        list(alice, "Book club", aliceContacts.subList(0, 3), List.of("bob@example.com"));
        list(alice, "Bridgehead core team", List.of(), List.of("bob@example.com", "henrik.johansson@example.com",
                "chloe.dubois@example.com"));
        List<ItemState> bobContacts = contacts(bob, 8082L, false,
                colleague("Maria", "García", "maria.garcia@example.com", "+34 600 000 118"),
                colleague("Fatima", "El Amrani", "fatima.elamrani@example.com", "+33 6 99 00 1412"));
        list(bob, "Five-a-side football", bobContacts.subList(3, 8), List.of());
        list(bob, "Vendors", List.of(), List.of("orders@northwind.example", "billing@fabrikam.example"));
    }

    private List<ItemState> contacts(String address, long seed, boolean suppliersFolder, String... colleagues)
            throws ItemOperationException, FolderOperationException {
        Mailbox mailbox = store.mailbox(address).orElseThrow();
        SeedItems items = new SeedItems(store, account(address));
        long contacts = mailbox.folder(DistinguishedFolder.CONTACTS).number();
        ContactGenerator generator = new ContactGenerator(seed, 3);
        List<ItemState> created = new ArrayList<>();
        if (suppliersFolder) {
            long suppliers = mailbox.child(contacts, "Suppliers").orElseThrow().number();
            created.addAll(generator.fill(items, suppliers, SUPPLIERS));
            created.addAll(generator.fill(items, contacts, GENERATED - SUPPLIERS));
        } else {
            created.addAll(generator.fill(items, contacts, GENERATED));
        }
        String wendy = "<t:Contact>" + ContactGenerator.leaf("DisplayName", "Wendy Kraus")
                + ContactGenerator.leaf("GivenName", "Wendy") + ContactGenerator.leaf("CompanyName", "Proseware")
                + "<t:EmailAddresses><t:Entry Key=\"EmailAddress1\">" + WITH_PICTURE + "</t:Entry></t:EmailAddresses>"
                + ContactGenerator.leaf("JobTitle", "Buyer") + ContactGenerator.leaf("Surname", "Kraus") + "</t:Contact>";
        created.add(items.attachPicture(items.create(contacts, wendy), PhotoMaker.jpeg(WITH_PICTURE)));
        for (String colleague : colleagues) {
            created.add(items.create(contacts, colleague));
        }
        return created;
    }

    private static String colleague(String given, String surname, String address, String mobile) {
        return "<t:Contact><t:Categories><t:String>Colleagues</t:String></t:Categories>"
                + ContactGenerator.leaf("DisplayName", given + " " + surname) + ContactGenerator.leaf("GivenName", given)
                + ContactGenerator.leaf("CompanyName", DemoPeople.COMPANY)
                + "<t:EmailAddresses><t:Entry Key=\"EmailAddress1\">" + address + "</t:Entry></t:EmailAddresses>"
                + "<t:PhoneNumbers><t:Entry Key=\"MobilePhone\">" + mobile + "</t:Entry></t:PhoneNumbers>"
                + ContactGenerator.leaf("Surname", surname) + "</t:Contact>";
    }

    private void list(String owner, String name, List<ItemState> linked, List<String> addresses)
            throws ItemOperationException {
        SeedItems items = new SeedItems(store, account(owner));
        StringBuilder xml = new StringBuilder("<t:DistributionList>").append(ContactGenerator.leaf("DisplayName", name))
                .append("<t:Members>");
        for (ItemState contact : linked) {
            xml.append("<t:Member><t:Mailbox><t:ItemId Id=\"").append(items.itemId(contact))
                    .append("\"/></t:Mailbox></t:Member>");
        }
        for (String address : addresses) {
            xml.append("<t:Member><t:Mailbox>").append(ContactGenerator.leaf("EmailAddress", address))
                    .append("</t:Mailbox></t:Member>");
        }
        xml.append("</t:Members></t:DistributionList>");
        items.create(store.mailbox(owner).orElseThrow().folder(DistinguishedFolder.CONTACTS).number(), xml.toString());
    }

    private Account account(String address) {
        return store.find(address).orElseThrow();
    }
}
