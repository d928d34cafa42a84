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
    void atMostOneHundredResolutionsAreListedAndTheSetSaysItIsCut() throws Exception {
        SimulatorStore large = org.bridgehead.simulator.seed.Seeds.parse("generated:1:0+people:10000");
        assertEquals(true, large.directory().all().size() > 10_000);
        Element message = messages(run(new ResolveNamesOperation(large), account(large, "user1@example.com"),
                "<m:ResolveNames ReturnFullContactData=\"true\"><m:UnresolvedEntry>a</m:UnresolvedEntry>"
                        + "</m:ResolveNames>")).get(0);
        Element set = first(message, "ResolutionSet");
        assertEquals("100", set.getAttribute("TotalItemsInView"));
        assertEquals("false", set.getAttribute("IncludesLastItemInRange"));
    }

    @Test
    void theContactsScopeSearchesNoDirectoryAndTheDefaultScopeDoes() throws Exception {
        Element contactsOnly = run(new ResolveNamesOperation(store), alice, "<m:ResolveNames ReturnFullContactData=\"1\""
                + " SearchScope=\"Contacts\"><m:UnresolvedEntry>zoe</m:UnresolvedEntry></m:ResolveNames>");
        assertEquals("ErrorNameResolutionNoResults", responseCode(messages(contactsOnly).get(0)));
        Element byDefault = run(new ResolveNamesOperation(store), alice, "<m:ResolveNames ReturnFullContactData=\"0\">"
                + "<m:UnresolvedEntry>zoe.clarke@</m:UnresolvedEntry></m:ResolveNames>");
        assertEquals("zoe.clarke@example.com", first(byDefault, "EmailAddress").getTextContent());
    }

    @Test
    void allPropertiesAddTheManagersMailboxAndWhetherThereIsAPicture() throws Exception {
        Element response = run(new ResolveNamesOperation(store), alice, "<m:ResolveNames ReturnFullContactData=\"true\""
                + " ContactDataShape=\"AllProperties\"><m:UnresolvedEntry>SMTP:alice@example.com</m:UnresolvedEntry>"
                + "</m:ResolveNames>");
        assertEquals("Ethan Miller", first(response, "Manager").getTextContent());
        assertEquals("ethan.miller@example.com",
                first(first(response, "ManagerMailbox"), "EmailAddress").getTextContent());
        assertEquals("true", first(response, "HasPicture").getTextContent());
        assertEquals("alice", first(response, "Alias").getTextContent());
    }

    @Test
    void theDemoDirectoryHasOverTwoHundredPeopleWithManagersAndPictures() {
        var people = store.directory().all();
        assertEquals(true, people.size() >= 200, "directory size " + people.size());
        assertEquals(true, people.stream().filter(p -> p.manager() != null).count() > 190);
        assertEquals(true, people.stream().filter(p -> store.directory().hasPhoto(p.address())).count() > 50);
    }

    @Test
    void getUserPhotoReturnsThePictureOrItemNotFound() throws Exception {
        Element found = run(new GetUserPhotoOperation(store), alice, "<m:GetUserPhoto><m:Email>alice@example.com"
                + "</m:Email><m:SizeRequested>HR96x96</m:SizeRequested></m:GetUserPhoto>");
        assertEquals("Success", found.getAttribute("ResponseClass"));
        byte[] jpeg = java.util.Base64.getDecoder().decode(first(found, "PictureData").getTextContent());
        assertEquals((byte) 0xFF, jpeg[0]);
        String without = store.directory().all().stream().filter(p -> !store.directory().hasPhoto(p.address()))
                .findFirst().orElseThrow().address();
        Element missing = run(new GetUserPhotoOperation(store), alice, "<m:GetUserPhoto><m:Email>" + without
                + "</m:Email><m:SizeRequested>HR48x48</m:SizeRequested></m:GetUserPhoto>");
        assertEquals("Error", missing.getAttribute("ResponseClass"));
        assertEquals("ErrorItemNotFound", first(missing, "ResponseCode").getTextContent());
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
