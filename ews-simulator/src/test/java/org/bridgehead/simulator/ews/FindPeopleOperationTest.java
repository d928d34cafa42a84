package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.account;
import static org.bridgehead.simulator.ews.OperationHarness.all;
import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgehead.simulator.seed.DemoDataSet;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** FindPeople over the directory and the caller's contact folders. */
class FindPeopleOperationTest {
    private final SimulatorStore store = DemoDataSet.create();
    private final Account alice = account(store, "alice@example.com");

    private Element findPeople(String folder, String query, int max, int offset) throws SoapFaultException {
        return run(new FindPeopleOperation(store), alice, "<m:FindPeople>"
                + "<m:IndexedPageItemView BasePoint=\"Beginning\" MaxEntriesReturned=\"" + max + "\" Offset=\""
                + offset + "\"/><m:ParentFolderId><t:DistinguishedFolderId Id=\"" + folder + "\"/></m:ParentFolderId>"
                + (query == null ? "" : "<m:QueryString>" + query + "</m:QueryString>") + "</m:FindPeople>");
    }

    private static List<String> addresses(Element response) {
        return all(response, EwsNamespaces.TYPES, "Persona").stream()
                .map(p -> first(first(p, "EmailAddress"), "EmailAddress").getTextContent()).toList();
    }

    @Test
    void aQueryFindsDirectoryPersonasAsNameResolutionDoes() throws Exception {
        Element response = findPeople("directory", "zoë", 100, 0);
        assertEquals("Success", response.getAttribute("ResponseClass"));
        assertEquals("NoError", first(response, "ResponseCode").getTextContent());
        assertEquals(List.of("zoe.clarke@example.com"), addresses(response));
        Element zoe = first(response, "Persona");
        assertEquals("Zoë Clarke", first(zoe, "DisplayName").getTextContent());
        assertEquals("Clarke, Zoë", first(zoe, "DisplayNameLastFirst").getTextContent());
        assertEquals("UX Designer", first(zoe, "Title").getTextContent());
        assertEquals("SMTP", first(zoe, "RoutingType").getTextContent());
        assertTrue(!first(zoe, "PersonaId").getAttribute("Id").isEmpty());
        assertEquals("1", first(response, "TotalNumberOfPeopleInView").getTextContent());
    }

    @Test
    void theIndexedViewPagesTheMatchesAndTheTotalCountsThemAll() throws Exception {
        List<String> all = addresses(findPeople("directory", "a", 1000, 0));
        assertTrue(all.size() > 10, all::toString);
        Element second = findPeople("directory", "a", 5, 5);
        assertEquals(all.subList(5, 10), addresses(second));
        assertEquals(String.valueOf(all.size()), first(second, "TotalNumberOfPeopleInView").getTextContent());
    }

    @Test
    void theDirectoryCannotBeBrowsedWithoutAQuery() throws Exception {
        Element response = findPeople("directory", null, 100, 0);
        assertEquals("Error", response.getAttribute("ResponseClass"));
        assertEquals("ErrorInvalidRequest", first(response, "ResponseCode").getTextContent());
    }

    @Test
    void aContactsFolderWithoutContactItemsHasNoPersonasAndAMailFolderIsRefused() throws Exception {
        Element contacts = findPeople("contacts", "zoe", 100, 0);
        assertEquals("Success", contacts.getAttribute("ResponseClass"));
        assertEquals(List.of(), addresses(contacts));
        Element inbox = findPeople("inbox", "zoe", 100, 0);
        assertEquals("ErrorInvalidRequest", first(inbox, "ResponseCode").getTextContent());
    }

    @Test
    void idOnlyReturnsJustThePersonaIds() throws Exception {
        Element response = run(new FindPeopleOperation(store), alice, "<m:FindPeople><m:PersonaShape>"
                + "<t:BaseShape>IdOnly</t:BaseShape></m:PersonaShape><m:IndexedPageItemView BasePoint=\"Beginning\""
                + " MaxEntriesReturned=\"10\" Offset=\"0\"/><m:ParentFolderId><t:DistinguishedFolderId"
                + " Id=\"directory\"/></m:ParentFolderId><m:QueryString>zoe</m:QueryString></m:FindPeople>");
        Element persona = first(response, "Persona");
        assertEquals(1, Dom.children(persona).size());
        assertEquals("PersonaId", Dom.children(persona).get(0).getLocalName());
    }
}
