package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.account;
import static org.bridgehead.simulator.ews.OperationHarness.all;
import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.bridgehead.simulator.ews.OperationHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bridgehead.simulator.seed.DemoDataSet;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** ResolveNames over the caller's own contacts, in the order SearchScope asks for. */
class ContactResolutionTest {
    private final SimulatorStore store = DemoDataSet.create();
    private final Account alice = account(store, "alice@example.com");
    private final Account bob = account(store, "bob@example.com");

    @BeforeEach
    void aliceKnowsAZoeOfHerOwn() throws SoapFaultException {
        run(new CreateItemOperation(store), alice, "<m:CreateItem><m:Items><t:Contact>"
                + "<t:DisplayName>Zoey Supplier</t:DisplayName><t:GivenName>Zoey</t:GivenName>"
                + "<t:EmailAddresses><t:Entry Key=\"EmailAddress1\">zoey@supplier.example</t:Entry></t:EmailAddresses>"
                + "<t:PhoneNumbers><t:Entry Key=\"MobilePhone\">+1 555 0100</t:Entry></t:PhoneNumbers>"
                + "<t:Surname>Supplier</t:Surname></t:Contact></m:Items></m:CreateItem>");
    }

    private Element resolve(Account who, String scope, String entry) throws SoapFaultException {
        return messages(run(new ResolveNamesOperation(store), who, "<m:ResolveNames ReturnFullContactData=\"true\""
                + " SearchScope=\"" + scope + "\"><m:UnresolvedEntry>" + entry + "</m:UnresolvedEntry>"
                + "</m:ResolveNames>")).get(0);
    }

    private static List<String> mailboxTypes(Element message) {
        return all(message, EwsNamespaces.TYPES, "MailboxType").stream().map(Element::getTextContent).toList();
    }

    @Test
    void theScopeChoosesAndOrdersContactsAndDirectory() throws Exception {
        assertEquals(List.of("Mailbox", "Contact"), mailboxTypes(resolve(alice, "ActiveDirectoryContacts", "zoe")));
        assertEquals(List.of("Contact", "Mailbox"), mailboxTypes(resolve(alice, "ContactsActiveDirectory", "zoe")));
        assertEquals(List.of("Contact"), mailboxTypes(resolve(alice, "Contacts", "zoe")));
        assertEquals(List.of("Mailbox"), mailboxTypes(resolve(alice, "ActiveDirectory", "zoe")));
    }

    @Test
    void aContactResolutionCarriesItsItemIdAndItsOwnData() throws Exception {
        Element message = resolve(alice, "Contacts", "SMTP:zoey@supplier.example");
        assertEquals("Success", message.getAttribute("ResponseClass"));
        Element mailbox = first(message, "Mailbox");
        assertEquals("zoey@supplier.example", first(mailbox, "EmailAddress").getTextContent());
        assertEquals(false, first(mailbox, "ItemId").getAttribute("Id").isEmpty());
        Element contact = first(message, "Contact");
        assertEquals("Store", first(contact, "ContactSource").getTextContent());
        assertEquals("+1 555 0100", first(contact, "PhoneNumbers").getTextContent());
        assertEquals("Supplier", first(contact, "Surname").getTextContent());
    }

    @Test
    void anotherUsersContactsAreNeverFound() throws Exception {
        assertEquals("ErrorNameResolutionNoResults", responseCode(resolve(bob, "Contacts", "zoey")));
    }
}
