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
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** ResolveNames and ConvertId. */
class DirectoryOperationsTest {
    private final SimulatorStore store = DemoDataSet.create();
    private final Account alice = account(store, "alice@example.com");

    private Element resolve(String entry, boolean full) throws SoapFaultException {
        return run(new ResolveNamesOperation(store), alice, "<m:ResolveNames ReturnFullContactData=\"" + full
                + "\" SearchScope=\"ActiveDirectory\"><m:UnresolvedEntry>" + entry + "</m:UnresolvedEntry>"
                + "</m:ResolveNames>");
    }

    private Element convert(String destination, String format, String id) throws SoapFaultException {
        return run(new ConvertIdOperation(store), alice, "<m:ConvertId DestinationFormat=\"" + destination
                + "\"><m:SourceIds><t:AlternateId Format=\"" + format + "\" Id=\"" + id
                + "\" Mailbox=\"alice@example.com\"/></m:SourceIds></m:ConvertId>");
    }

    @Test
    void oneMatchResolvesWithFullContactData() throws Exception {
        Element response = resolve("zoë", true);
        Element message = messages(response).get(0);
        assertEquals("Success", message.getAttribute("ResponseClass"));
        assertEquals("zoe.clarke@example.com", first(message, "EmailAddress").getTextContent());
        assertEquals("UX Designer", first(message, "JobTitle").getTextContent());
        assertEquals("SMTP:zoe.clarke@example.com", first(first(message, "EmailAddresses"), "Entry").getTextContent());
        assertEquals("1", first(message, "ResolutionSet").getAttribute("TotalItemsInView"));
    }

    @Test
    void accentsAndCaseDoNotMatterAndTheLoginNameResolves() throws Exception {
        assertEquals("juergen.mueller@example.com", first(resolve("MÜLLER", false), "EmailAddress").getTextContent());
        assertEquals("Alice Archer", first(resolve("alice@example.com", false), "Name").getTextContent());
        assertEquals("francois.lefevre@example.com", first(resolve("Francois", false), "EmailAddress")
                .getTextContent());
    }

    @Test
    void severalMatchesAreAWarningListingThemAll() throws Exception {
        Element message = messages(resolve("dan", false)).get(0);
        assertEquals("Warning", message.getAttribute("ResponseClass"));
        assertEquals("ErrorNameResolutionMultipleResults", responseCode(message));
        assertEquals(List.of("Daniel Evans", "Daniela Ortiz"),
                all(message, EwsNamespaces.TYPES, "Name").stream().map(Element::getTextContent).toList());
        assertEquals(0, all(message, EwsNamespaces.TYPES, "Contact").size());
    }

    @Test
    void noMatchIsAnError() throws Exception {
        Element message = messages(resolve("zzz", true)).get(0);
        assertEquals("Error", message.getAttribute("ResponseClass"));
        assertEquals("ErrorNameResolutionNoResults", responseCode(message));
    }

    @Test
    void idsRoundTripThroughEveryFormat() throws Exception {
        String inboxId = TestMailboxes.folderId(store, "alice@example.com",
                store.mailbox(alice).folder(org.bridgehead.simulator.store.DistinguishedFolder.INBOX).number());
        for (String format : List.of("EwsLegacyId", "EntryId", "HexEntryId", "OwaId", "StoreId")) {
            Element there = first(convert(format, "EwsId", inboxId), "AlternateId");
            assertEquals(format, there.getAttribute("Format"));
            assertEquals("t:AlternateIdType", there.getAttributeNS(EwsNamespaces.XSI, "type"));
            Element back = first(convert("EwsId", format, there.getAttribute("Id")), "AlternateId");
            assertEquals(inboxId, back.getAttribute("Id"), format);
            assertEquals("alice@example.com", back.getAttribute("Mailbox"));
        }
    }

    @Test
    void malformedIdsFailConversion() throws Exception {
        assertEquals("ErrorInvalidIdMalformed", responseCode(messages(convert("EwsId", "HexEntryId", "XYZ")).get(0)));
        assertEquals("ErrorInvalidIdMalformed", responseCode(messages(convert("EwsId", "EwsId", "AAAA")).get(0)));
    }
}
