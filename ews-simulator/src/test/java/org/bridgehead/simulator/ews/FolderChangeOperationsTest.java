package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.account;
import static org.bridgehead.simulator.ews.OperationHarness.displayNames;
import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.bridgehead.simulator.ews.OperationHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** CreateFolder, UpdateFolder, DeleteFolder and MoveFolder. */
class FolderChangeOperationsTest {
    private final SimulatorStore store = TestMailboxes.create();
    private final Account alice = account(store, "alice@example.com");

    private Element create(String parent, String folders) throws SoapFaultException {
        return run(new CreateFolderOperation(store), alice, "<m:CreateFolder><m:ParentFolderId>" + parent
                + "</m:ParentFolderId><m:Folders>" + folders + "</m:Folders></m:CreateFolder>");
    }

    private Element getFolder(String shape, String id) throws SoapFaultException {
        return run(new GetFolderOperation(store), alice, "<m:GetFolder><m:FolderShape><t:BaseShape>" + shape
                + "</t:BaseShape></m:FolderShape><m:FolderIds>" + id + "</m:FolderIds></m:GetFolder>");
    }

    private Element rename(String id, String name) throws SoapFaultException {
        return run(new UpdateFolderOperation(store), alice, "<m:UpdateFolder><m:FolderChanges><t:FolderChange>"
                + id + "<t:Updates><t:SetFolderField><t:FieldURI FieldURI=\"folder:DisplayName\"/>"
                + "<t:Folder><t:DisplayName>" + name + "</t:DisplayName></t:Folder></t:SetFolderField>"
                + "</t:Updates></t:FolderChange></m:FolderChanges></m:UpdateFolder>");
    }

    private Element delete(String type, String ids) throws SoapFaultException {
        return run(new DeleteFolderOperation(store), alice, "<m:DeleteFolder DeleteType=\"" + type
                + "\"><m:FolderIds>" + ids + "</m:FolderIds></m:DeleteFolder>");
    }

    private Element move(String to, String ids) throws SoapFaultException {
        return run(new MoveFolderOperation(store), alice, "<m:MoveFolder><m:ToFolderId>" + to
                + "</m:ToFolderId><m:FolderIds>" + ids + "</m:FolderIds></m:MoveFolder>");
    }

    private static String idOf(Element response) {
        Element folderId = first(response, "FolderId");
        return "<t:FolderId Id=\"" + folderId.getAttribute("Id") + "\" ChangeKey=\""
                + folderId.getAttribute("ChangeKey") + "\"/>";
    }

    private static String inbox() {
        return "<t:DistinguishedFolderId Id=\"inbox\"/>";
    }

    @Test
    void createdFoldersGetTheirTypeClassAndExtendedProperties() throws Exception {
        Element response = create(inbox(), "<t:Folder><t:DisplayName>Receipts</t:DisplayName>"
                + "<t:ExtendedProperty><t:ExtendedFieldURI PropertySetId=\"00062004-0000-0000-C000-000000000046\" "
                + "PropertyName=\"Color\" PropertyType=\"String\"/><t:Value>blue</t:Value></t:ExtendedProperty>"
                + "</t:Folder><t:CalendarFolder><t:DisplayName>Holidays</t:DisplayName></t:CalendarFolder>");
        List<Element> messages = messages(response);
        assertEquals(List.of("NoError", "NoError"), messages.stream().map(OperationHarness::responseCode).toList());
        assertEquals("CalendarFolder", Dom.children(first(messages.get(1), "Folders")).get(0).getLocalName());
        Element receipts = run(new GetFolderOperation(store), alice, "<m:GetFolder><m:FolderShape>"
                + "<t:BaseShape>AllProperties</t:BaseShape><t:AdditionalProperties><t:ExtendedFieldURI "
                + "PropertySetId=\"00062004-0000-0000-c000-000000000046\" PropertyName=\"Color\" "
                + "PropertyType=\"String\"/></t:AdditionalProperties></m:FolderShape><m:FolderIds>"
                + idOf(messages.get(0)) + "</m:FolderIds></m:GetFolder>");
        assertEquals("IPF.Note", Dom.childText(first(receipts, "Folder"), "FolderClass").orElseThrow());
        assertEquals("blue", first(receipts, "Value").getTextContent());
    }

    @Test
    void creatingASiblingWithTheSameNameFails() throws Exception {
        Element response = create(inbox(), "<t:Folder><t:DisplayName>newsletters</t:DisplayName></t:Folder>");
        assertEquals("ErrorFolderExists", responseCode(messages(response).get(0)));
    }

    @Test
    void renameChangesTheChangeKeyButNotTheId() throws Exception {
        Element created = create(inbox(), "<t:Folder><t:DisplayName>Drafts 2</t:DisplayName></t:Folder>");
        Element before = first(created, "FolderId");
        Element renamed = rename(idOf(created), "Drafts Old");
        assertEquals("NoError", responseCode(messages(renamed).get(0)));
        Element after = first(renamed, "FolderId");
        assertEquals(before.getAttribute("Id"), after.getAttribute("Id"));
        assertNotEquals(before.getAttribute("ChangeKey"), after.getAttribute("ChangeKey"));
        assertTrue(after.getAttribute("ChangeKey").startsWith("AQAAABYAAA"), after.getAttribute("ChangeKey"));
        assertEquals(List.of("Drafts Old"), displayNames(getFolder("Default", idOf(created))));
    }

    @Test
    void renamingOntoASiblingsNameFails() throws Exception {
        String projects = "<t:FolderId Id=\"" + TestMailboxes.folderId(store, "alice@example.com",
                TestMailboxes.child(store, "alice@example.com", DistinguishedFolder.INBOX, "Projects").number())
                + "\"/>";
        assertEquals("ErrorFolderExists", responseCode(messages(rename(projects, "Newsletters")).get(0)));
    }

    @Test
    void extendedPropertiesCanBeSetAndDeleted() throws Exception {
        String field = "<t:ExtendedFieldURI DistinguishedPropertySetId=\"PublicStrings\" PropertyName=\"tag\" "
                + "PropertyType=\"Integer\"/>";
        Element set = run(new UpdateFolderOperation(store), alice, "<m:UpdateFolder><m:FolderChanges>"
                + "<t:FolderChange>" + inbox() + "<t:Updates><t:SetFolderField>" + field + "<t:Folder>"
                + "<t:ExtendedProperty>" + field + "<t:Value>42</t:Value></t:ExtendedProperty></t:Folder>"
                + "</t:SetFolderField></t:Updates></t:FolderChange></m:FolderChanges></m:UpdateFolder>");
        assertEquals("NoError", responseCode(messages(set).get(0)));
        String getWithTag = "<m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape><t:AdditionalProperties>"
                + field + "</t:AdditionalProperties></m:FolderShape><m:FolderIds>" + inbox() + "</m:FolderIds>"
                + "</m:GetFolder>";
        assertEquals("42", first(run(new GetFolderOperation(store), alice, getWithTag), "Value").getTextContent());
        run(new UpdateFolderOperation(store), alice, "<m:UpdateFolder><m:FolderChanges><t:FolderChange>" + inbox()
                + "<t:Updates><t:DeleteFolderField>" + field + "</t:DeleteFolderField></t:Updates></t:FolderChange>"
                + "</m:FolderChanges></m:UpdateFolder>");
        Element after = run(new GetFolderOperation(store), alice, getWithTag);
        assertTrue(OperationHarness.all(after, EwsNamespaces.TYPES, "ExtendedProperty").isEmpty());
    }

    @Test
    void distinguishedFoldersCannotBeDeleted() throws Exception {
        assertEquals("ErrorDeleteDistinguishedFolder", responseCode(messages(delete("HardDelete", inbox())).get(0)));
    }

    @Test
    void hardDeleteRemovesTheSubtreeAndMoveToDeletedItemsMovesIt() throws Exception {
        String projects = idOf(create(inbox(), "<t:Folder><t:DisplayName>Old</t:DisplayName></t:Folder>"));
        String newsletters = "<t:FolderId Id=\"" + TestMailboxes.folderId(store, "alice@example.com",
                TestMailboxes.child(store, "alice@example.com", DistinguishedFolder.INBOX, "Newsletters").number())
                + "\"/>";
        Element deleted = delete("HardDelete", projects);
        assertEquals("NoError", responseCode(messages(deleted).get(0)));
        assertEquals("ErrorItemNotFound", responseCode(messages(getFolder("IdOnly", projects)).get(0)));
        delete("MoveToDeletedItems", newsletters);
        Element parent = getFolder("AllProperties", newsletters);
        String deletedItemsId = TestMailboxes.folderId(store, "alice@example.com",
                store.mailbox(alice).folder(DistinguishedFolder.DELETED_ITEMS).number());
        assertEquals(deletedItemsId, first(parent, "ParentFolderId").getAttribute("Id"));
    }

    @Test
    void moveReparentsAndRefusesToMoveIntoItsOwnSubtree() throws Exception {
        String projectsId = TestMailboxes.folderId(store, "alice@example.com",
                TestMailboxes.child(store, "alice@example.com", DistinguishedFolder.INBOX, "Projects").number());
        String projects = "<t:FolderId Id=\"" + projectsId + "\"/>";
        Element moved = move("<t:DistinguishedFolderId Id=\"archive\"/>", projects);
        assertEquals("NoError", responseCode(messages(moved).get(0)));
        assertEquals(projectsId, first(moved, "FolderId").getAttribute("Id"));
        Element children = run(new FindFolderOperation(store), alice, "<m:FindFolder Traversal=\"Deep\">"
                + "<m:FolderShape><t:BaseShape>Default</t:BaseShape></m:FolderShape><m:ParentFolderIds>"
                + "<t:DistinguishedFolderId Id=\"archive\"/></m:ParentFolderIds></m:FindFolder>");
        assertEquals(List.of("Projects", "Bridgehead", "Website"), displayNames(children));
        String bridgehead = "<t:FolderId Id=\"" + first(Dom.children(first(children, "Folders")).get(1), "FolderId")
                .getAttribute("Id") + "\"/>";
        assertEquals("ErrorMoveCopyFailed", responseCode(messages(move(bridgehead, projects)).get(0)));
        assertEquals("ErrorMoveDistinguishedFolder",
                responseCode(messages(move(bridgehead, "<t:DistinguishedFolderId Id=\"drafts\"/>")).get(0)));
    }
}
