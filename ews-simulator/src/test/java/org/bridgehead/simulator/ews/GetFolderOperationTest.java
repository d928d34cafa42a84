package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.account;
import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.bridgehead.simulator.ews.OperationHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FolderState;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class GetFolderOperationTest {
    private final SimulatorStore store = TestMailboxes.create();
    private final Account alice = account(store, "alice@example.com");
    private final GetFolderOperation getFolder = new GetFolderOperation(store);

    private Element get(Account who, String shape, String ids) throws SoapFaultException {
        return run(getFolder, who, "<m:GetFolder><m:FolderShape><t:BaseShape>" + shape
                + "</t:BaseShape></m:FolderShape><m:FolderIds>" + ids + "</m:FolderIds></m:GetFolder>");
    }

    @Test
    void answersOneMessagePerIdInRequestOrder() throws Exception {
        Element response = get(alice, "Default", "<t:DistinguishedFolderId Id=\"inbox\"/>"
                + "<t:DistinguishedFolderId Id=\"msgfolderroot\"/><t:DistinguishedFolderId Id=\"calendar\"/>");
        assertEquals("GetFolderResponse", response.getLocalName());
        assertEquals(EwsNamespaces.MESSAGES, response.getNamespaceURI());
        List<Element> messages = messages(response);
        assertEquals(3, messages.size());
        assertEquals(List.of("Inbox", "Top of Information Store", "Calendar"),
                OperationHarness.displayNames(response));
        messages.forEach(m -> assertEquals("Success", m.getAttribute("ResponseClass")));
        assertEquals("CalendarFolder", Dom.children(first(messages.get(2), "Folders")).get(0).getLocalName());
    }

    @Test
    void defaultShapeHasCountsButNoClass() throws Exception {
        Element folder = first(get(alice, "Default", "<t:DistinguishedFolderId Id=\"inbox\"/>"), "Folder");
        assertEquals(List.of("FolderId", "DisplayName", "TotalCount", "ChildFolderCount", "UnreadCount"),
                Dom.children(folder).stream().map(Element::getLocalName).toList());
        assertEquals("2", Dom.childText(folder, "ChildFolderCount").orElseThrow());
    }

    @Test
    void allPropertiesAddsParentClassAndRightsInSchemaOrder() throws Exception {
        Element folder = first(get(alice, "AllProperties", "<t:DistinguishedFolderId Id=\"inbox\"/>"), "Folder");
        assertEquals(List.of("FolderId", "ParentFolderId", "FolderClass", "DisplayName", "TotalCount",
                        "ChildFolderCount", "EffectiveRights", "UnreadCount"),
                Dom.children(folder).stream().map(Element::getLocalName).toList());
        String msgRootId = TestMailboxes.folderId(store, "alice@example.com",
                store.mailbox(alice).folder(DistinguishedFolder.MSG_FOLDER_ROOT).number());
        assertEquals(msgRootId, first(folder, "ParentFolderId").getAttribute("Id"));
        assertEquals("IPF.Note", Dom.childText(folder, "FolderClass").orElseThrow());
    }

    @Test
    void folderIdFromAResponseFindsTheSameFolder() throws Exception {
        Element inbox = first(get(alice, "IdOnly", "<t:DistinguishedFolderId Id=\"inbox\"/>"), "FolderId");
        String id = inbox.getAttribute("Id");
        assertTrue(id.startsWith("AB"), id);
        Element again = get(alice, "Default", "<t:FolderId Id=\"" + id + "\"/>");
        assertEquals(List.of("Inbox"), OperationHarness.displayNames(again));
        assertEquals(inbox.getAttribute("ChangeKey"), first(again, "FolderId").getAttribute("ChangeKey"));
    }

    @Test
    void anotherUsersFolderIdIsDenied() throws Exception {
        Element bobInbox = first(get(account(store, "bob@example.com"), "IdOnly",
                "<t:DistinguishedFolderId Id=\"inbox\"/>"), "FolderId");
        Element message = messages(get(alice, "Default", "<t:FolderId Id=\"" + bobInbox.getAttribute("Id")
                + "\"/>")).get(0);
        assertEquals("Error", message.getAttribute("ResponseClass"));
        assertEquals("ErrorAccessDenied", responseCode(message));
    }

    @Test
    void distinguishedFolderOfAnotherMailboxIsDeniedAndOfAnUnknownOneDoesNotExist() throws Exception {
        List<Element> messages = messages(get(alice, "Default",
                "<t:DistinguishedFolderId Id=\"inbox\"><t:Mailbox><t:EmailAddress>bob@example.com</t:EmailAddress>"
                        + "</t:Mailbox></t:DistinguishedFolderId>"
                        + "<t:DistinguishedFolderId Id=\"inbox\"><t:Mailbox><t:EmailAddress>nobody@example.com"
                        + "</t:EmailAddress></t:Mailbox></t:DistinguishedFolderId>"
                        + "<t:DistinguishedFolderId Id=\"inbox\"><t:Mailbox><t:EmailAddress>ALICE@example.com"
                        + "</t:EmailAddress></t:Mailbox></t:DistinguishedFolderId>"));
        assertEquals(List.of("ErrorAccessDenied", "ErrorNonExistentMailbox", "NoError"),
                messages.stream().map(OperationHarness::responseCode).toList());
    }

    @Test
    void malformedIdAndDeletedFolderGiveTheirErrorsWithoutFailingOtherIds() throws Exception {
        FolderState website = TestMailboxes.child(store, "alice@example.com", DistinguishedFolder.INBOX, "Projects");
        String projectsId = TestMailboxes.folderId(store, "alice@example.com", website.number());
        store.mailbox(alice).delete(website.number());
        List<Element> messages = messages(get(alice, "IdOnly", "<t:FolderId Id=\"not-an-id!\"/>"
                + "<t:FolderId Id=\"" + projectsId + "\"/><t:DistinguishedFolderId Id=\"drafts\"/>"));
        assertEquals(List.of("ErrorInvalidIdMalformed", "ErrorItemNotFound", "NoError"),
                messages.stream().map(OperationHarness::responseCode).toList());
        assertEquals("0", Dom.childText(messages.get(0), "DescriptiveLinkKey").orElseThrow());
        assertFalse(Dom.childText(messages.get(1), "MessageText").orElseThrow().isEmpty());
    }

    @Test
    void extendedPropertiesAreReturnedWhenKnownAndOmittedWhenNot() throws Exception {
        Element response = run(getFolder, alice, "<m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape>"
                + "<t:AdditionalProperties><t:ExtendedFieldURI PropertyTag=\"0x3613\" PropertyType=\"String\"/>"
                + "<t:ExtendedFieldURI PropertyTag=\"26378\" PropertyType=\"SystemTime\"/>"
                + "<t:ExtendedFieldURI PropertyTag=\"0x6751\" PropertyType=\"Integer\"/>"
                + "<t:ExtendedFieldURI PropertyTag=\"0x360A\" PropertyType=\"Boolean\"/>"
                + "<t:ExtendedFieldURI PropertyTag=\"0x7777\" PropertyType=\"String\"/>"
                + "<t:FieldURI FieldURI=\"folder:NoSuchThing\"/>"
                + "</t:AdditionalProperties></m:FolderShape>"
                + "<m:FolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:FolderIds></m:GetFolder>");
        List<Element> props = OperationHarness.all(response, EwsNamespaces.TYPES, "ExtendedProperty");
        assertEquals(List.of("0x3613", "0x670a", "0x6751", "0x360a"),
                props.stream().map(p -> first(p, "ExtendedFieldURI").getAttribute("PropertyTag")).toList());
        assertEquals(List.of("IPF.Note", "1", "true"), List.of(Dom.childText(props.get(0), "Value").orElseThrow(),
                Dom.childText(props.get(2), "Value").orElseThrow(), Dom.childText(props.get(3), "Value").orElseThrow()));
        assertTrue(Dom.childText(props.get(1), "Value").orElseThrow().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    }

    @Test
    void missingFolderIdsIsASchemaFault() {
        SoapFaultException fault = assertThrows(SoapFaultException.class, () -> run(getFolder, alice,
                "<m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape></m:GetFolder>"));
        assertEquals("ErrorSchemaValidation", fault.responseCode());
    }
}
