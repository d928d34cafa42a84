package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.CalendarItemSoapTest.text;
import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Tasks and contacts over raw SOAP: defaults, derived properties, indexed contact fields, deletion rules. */
class TaskContactSoapTest {
    private static final String ALICE = "alice@example.com";

    private final SimulatorStore store = TestMailboxes.create();
    private final SoapWire wire = new SoapWire(store);

    @AfterEach
    void stop() {
        wire.close();
    }

    @Test
    void taskGoesToTasksWithDefaultsAndCompletes() throws Exception {
        Element created = wire.post(ALICE, "<m:CreateItem><m:Items><t:Task><t:Subject>Write report</t:Subject>"
                + "<t:DueDate>2026-12-10T00:00:00Z</t:DueDate></t:Task></m:Items></m:CreateItem>");
        Element id = first(created, "ItemId");
        Element task = get(id, "Task");
        assertEquals("IPM.Task", text(task, "ItemClass"));
        assertEquals("NotStarted", text(task, "Status"));
        assertEquals("0", text(task, "PercentComplete"));
        assertEquals("false", text(task, "IsComplete"));
        assertEquals("2026-12-10T00:00:00Z", text(task, "DueDate"));

        Element updated = wire.post(ALICE, "<m:UpdateItem ConflictResolution=\"AlwaysOverwrite\"><m:ItemChanges><t:ItemChange>"
                + itemId(id) + "<t:Updates><t:SetItemField><t:FieldURI FieldURI=\"task:Status\"/><t:Task><t:Status>Completed"
                + "</t:Status></t:Task></t:SetItemField></t:Updates></t:ItemChange></m:ItemChanges></m:UpdateItem>");
        Element newId = first(updated, "ItemId");
        assertNotEquals(id.getAttribute("ChangeKey"), newId.getAttribute("ChangeKey"));
        Element done = get(newId, "Task");
        assertEquals("100", text(done, "PercentComplete"));
        assertEquals("true", text(done, "IsComplete"));
        assertFalse(text(done, "CompleteDate").isEmpty());

        Element refused = wire.post(ALICE, "<m:DeleteItem DeleteType=\"HardDelete\"><m:ItemIds>" + itemId(newId)
                + "</m:ItemIds></m:DeleteItem>");
        assertEquals("ErrorAffectedTaskOccurrencesRequired", responseCode(messages(refused).get(0)));
        Element deleted = wire.post(ALICE, "<m:DeleteItem DeleteType=\"MoveToDeletedItems\" AffectedTaskOccurrences="
                + "\"AllOccurrences\"><m:ItemIds>" + itemId(newId) + "</m:ItemIds></m:DeleteItem>");
        assertEquals("NoError", responseCode(messages(deleted).get(0)));
    }

    @Test
    void contactDerivesNamesAndUpdatesOneIndexedEntry() throws Exception {
        Element created = wire.post(ALICE, "<m:CreateItem><m:Items><t:Contact><t:GivenName>Carol</t:GivenName>"
                + "<t:CompanyName>Example Ltd</t:CompanyName><t:EmailAddresses>"
                + "<t:Entry Key=\"EmailAddress1\">carol@example.org</t:Entry>"
                + "<t:Entry Key=\"EmailAddress2\">carol@home.example</t:Entry></t:EmailAddresses>"
                + "<t:PhysicalAddresses><t:Entry Key=\"Business\"><t:Street>1 Main St</t:Street><t:City>Springfield</t:City>"
                + "</t:Entry></t:PhysicalAddresses><t:Surname>Clark</t:Surname></t:Contact></m:Items></m:CreateItem>");
        Element id = first(created, "ItemId");
        Element contact = get(id, "Contact");
        assertEquals("IPM.Contact", text(contact, "ItemClass"));
        assertEquals("Carol Clark", text(contact, "DisplayName"));
        assertEquals("Clark, Carol", text(contact, "FileAs"));
        assertEquals("Carol", text(first(contact, "CompleteName"), "FirstName"));

        Element updated = wire.post(ALICE, "<m:UpdateItem ConflictResolution=\"AlwaysOverwrite\"><m:ItemChanges><t:ItemChange>"
                + itemId(id) + "<t:Updates><t:SetItemField><t:IndexedFieldURI FieldURI=\"contacts:EmailAddress\""
                + " FieldIndex=\"EmailAddress1\"/><t:Contact><t:EmailAddresses><t:Entry Key=\"EmailAddress1\">"
                + "carol@work.example</t:Entry></t:EmailAddresses></t:Contact></t:SetItemField>"
                + "<t:SetItemField><t:IndexedFieldURI FieldURI=\"contacts:PhysicalAddress:City\" FieldIndex=\"Business\"/>"
                + "<t:Contact><t:PhysicalAddresses><t:Entry Key=\"Business\"><t:City>Shelbyville</t:City></t:Entry>"
                + "</t:PhysicalAddresses></t:Contact></t:SetItemField>"
                + "<t:DeleteItemField><t:IndexedFieldURI FieldURI=\"contacts:EmailAddress\" FieldIndex=\"EmailAddress2\"/>"
                + "</t:DeleteItemField></t:Updates></t:ItemChange></m:ItemChanges></m:UpdateItem>");
        assertEquals("NoError", responseCode(messages(updated).get(0)));
        Element after = get(first(updated, "ItemId"), "Contact");
        List<Element> emails = OperationHarness.all(first(after, "EmailAddresses"), EwsNamespaces.TYPES, "Entry");
        assertEquals(1, emails.size());
        assertEquals("carol@work.example", emails.get(0).getTextContent());
        Element business = first(first(after, "PhysicalAddresses"), "Entry");
        assertEquals("1 Main St", text(business, "Street"));
        assertEquals("Shelbyville", text(business, "City"));
    }

    @Test
    void restrictionsAndSortsReadContactFields() throws Exception {
        for (String name : List.of("Zed", "Amy", "Max")) {
            wire.post(ALICE, "<m:CreateItem><m:Items><t:Contact><t:GivenName>" + name + "</t:GivenName></t:Contact>"
                    + "</m:Items></m:CreateItem>");
        }
        Element found = wire.post(ALICE, "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>Default</t:BaseShape>"
                + "</m:ItemShape><m:Restriction><t:Not><t:IsEqualTo><t:FieldURI FieldURI=\"contacts:GivenName\"/>"
                + "<t:FieldURIOrConstant><t:Constant Value=\"Max\"/></t:FieldURIOrConstant></t:IsEqualTo></t:Not>"
                + "</m:Restriction><m:SortOrder><t:FieldOrder Order=\"Ascending\"><t:FieldURI FieldURI=\"contacts:DisplayName\"/>"
                + "</t:FieldOrder></m:SortOrder><m:ParentFolderIds><t:DistinguishedFolderId Id=\"contacts\"/>"
                + "</m:ParentFolderIds></m:FindItem>");
        List<String> names = OperationHarness.all(found, EwsNamespaces.TYPES, "DisplayName").stream()
                .map(Element::getTextContent).toList();
        assertEquals(List.of("Amy", "Zed"), names);
        assertTrue(OperationHarness.all(found, EwsNamespaces.TYPES, "Contact").size() == 2);
    }

    @Test
    void unknownElementsFailSchemaValidation() throws Exception {
        Element fault = wire.post(ALICE, "<m:CreateItem><m:Items><t:Contact><t:Nonsense>1</t:Nonsense></t:Contact>"
                + "</m:Items></m:CreateItem>");
        assertEquals("Fault", fault.getLocalName());
        assertTrue(fault.getTextContent().contains("ErrorSchemaValidation"), fault.getTextContent());
    }

    private Element get(Element id, String type) throws Exception {
        Element response = wire.post(ALICE, "<m:GetItem><m:ItemShape><t:BaseShape>Default</t:BaseShape></m:ItemShape>"
                + "<m:ItemIds>" + itemId(id) + "</m:ItemIds></m:GetItem>");
        assertEquals("NoError", responseCode(messages(response).get(0)));
        return first(response, type);
    }

    private static String itemId(Element id) {
        return "<t:ItemId Id=\"" + id.getAttribute("Id") + "\" ChangeKey=\"" + id.getAttribute("ChangeKey") + "\"/>";
    }
}
