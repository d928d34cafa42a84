package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.account;
import static org.bridgehead.simulator.ews.OperationHarness.displayNames;
import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.bridgehead.simulator.ews.OperationHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class FindFolderOperationTest {
    private static final List<String> IPM_TREE = List.of("Archive", "Calendar", "Contacts", "Conversation History",
            "Deleted Items", "Drafts", "Inbox", "Newsletters", "Projects", "Bridgehead", "Website", "Journal",
            "Junk Email", "Notes", "Outbox", "Sent Items", "Sync Issues", "Conflicts", "Local Failures",
            "Server Failures", "Tasks");

    private final SimulatorStore store = TestMailboxes.create();
    private final Account alice = account(store, "alice@example.com");
    private final FindFolderOperation findFolder = new FindFolderOperation(store);

    private Element find(String traversal, String extra, String parent) throws SoapFaultException {
        return run(findFolder, alice, "<m:FindFolder Traversal=\"" + traversal + "\"><m:FolderShape>"
                + "<t:BaseShape>Default</t:BaseShape></m:FolderShape>" + extra
                + "<m:ParentFolderIds>" + parent + "</m:ParentFolderIds></m:FindFolder>");
    }

    private static String distinguished(String id) {
        return "<t:DistinguishedFolderId Id=\"" + id + "\"/>";
    }

    @Test
    void shallowListsChildrenByName() throws Exception {
        Element response = find("Shallow", "", distinguished("inbox"));
        assertEquals(List.of("Newsletters", "Projects"), displayNames(response));
        Element root = first(response, "RootFolder");
        assertEquals("2", root.getAttribute("TotalItemsInView"));
        assertEquals("true", root.getAttribute("IncludesLastItemInRange"));
    }

    @Test
    void deepListsTheWholeSubtreeDepthFirst() throws Exception {
        assertEquals(IPM_TREE, displayNames(find("Deep", "", distinguished("msgfolderroot"))));
    }

    @Test
    void deepFromRootIncludesNonIpmFolders() throws Exception {
        List<String> names = displayNames(find("Deep", "", distinguished("root")));
        assertTrue(names.containsAll(List.of("Top of Information Store", "Finder", "Recoverable Items", "Inbox")),
                names.toString());
    }

    @Test
    void indexedPagingWalksTheViewAndReportsTheNextOffset() throws Exception {
        Element first = find("Deep", "<m:IndexedPageFolderView MaxEntriesReturned=\"8\" Offset=\"0\" "
                + "BasePoint=\"Beginning\"/>", distinguished("msgfolderroot"));
        Element root = first(first, "RootFolder");
        assertEquals(List.of("8", String.valueOf(IPM_TREE.size()), "false"), List.of(
                root.getAttribute("IndexedPagingOffset"), root.getAttribute("TotalItemsInView"),
                root.getAttribute("IncludesLastItemInRange")));
        assertEquals(IPM_TREE.subList(0, 8), displayNames(first));
        Element last = find("Deep", "<m:IndexedPageFolderView MaxEntriesReturned=\"8\" Offset=\"16\" "
                + "BasePoint=\"Beginning\"/>", distinguished("msgfolderroot"));
        assertEquals(IPM_TREE.subList(16, IPM_TREE.size()), displayNames(last));
        assertEquals("true", first(last, "RootFolder").getAttribute("IncludesLastItemInRange"));
    }

    @Test
    void pagingFromTheEndTakesTheLastEntries() throws Exception {
        Element page = find("Deep", "<m:IndexedPageFolderView MaxEntriesReturned=\"2\" Offset=\"0\" "
                + "BasePoint=\"End\"/>", distinguished("msgfolderroot"));
        assertEquals(IPM_TREE.subList(IPM_TREE.size() - 2, IPM_TREE.size()), displayNames(page));
    }

    @Test
    void fractionalPagingStartsAtTheFraction() throws Exception {
        Element page = find("Shallow", "<m:FractionalPageFolderView MaxEntriesReturned=\"1\" Numerator=\"1\" "
                + "Denominator=\"2\"/>", distinguished("inbox"));
        assertEquals(List.of("Projects"), displayNames(page));
        Element root = first(page, "RootFolder");
        assertEquals("2", root.getAttribute("NumeratorOffset"));
        assertEquals("2", root.getAttribute("AbsoluteDenominator"));
    }

    @Test
    void restrictionOnFolderClassKeepsMatchingFolders() throws Exception {
        Element response = find("Deep", "<m:Restriction><t:Or>"
                + "<t:IsEqualTo><t:FieldURI FieldURI=\"folder:FolderClass\"/><t:FieldURIOrConstant>"
                + "<t:Constant Value=\"IPF.Appointment\"/></t:FieldURIOrConstant></t:IsEqualTo>"
                + "<t:IsEqualTo><t:ExtendedFieldURI PropertyTag=\"0x3613\" PropertyType=\"String\"/>"
                + "<t:FieldURIOrConstant><t:Constant Value=\"IPF.Task\"/></t:FieldURIOrConstant></t:IsEqualTo>"
                + "</t:Or></m:Restriction>", distinguished("msgfolderroot"));
        assertEquals(List.of("Calendar", "Tasks"), displayNames(response));
        assertEquals(List.of("CalendarFolder", "TasksFolder"),
                Dom.children(first(response, "Folders")).stream().map(Element::getLocalName).toList());
    }

    @Test
    void containsNotAndExistsCombine() throws Exception {
        Element response = find("Deep", "<m:Restriction><t:And>"
                + "<t:Contains ContainmentMode=\"Substring\" ContainmentComparison=\"IgnoreCase\">"
                + "<t:FieldURI FieldURI=\"folder:DisplayName\"/><t:Constant Value=\"E\"/></t:Contains>"
                + "<t:Not><t:IsEqualTo><t:FieldURI FieldURI=\"folder:DisplayName\"/><t:FieldURIOrConstant>"
                + "<t:Constant Value=\"inbox\"/></t:FieldURIOrConstant></t:IsEqualTo></t:Not>"
                + "<t:Exists><t:FieldURI FieldURI=\"folder:FolderClass\"/></t:Exists>"
                + "<t:IsGreaterThanOrEqualTo><t:ExtendedFieldURI PropertyTag=\"0x3602\" PropertyType=\"Integer\"/>"
                + "<t:FieldURIOrConstant><t:Constant Value=\"0\"/></t:FieldURIOrConstant></t:IsGreaterThanOrEqualTo>"
                + "</t:And></m:Restriction>", distinguished("inbox"));
        assertEquals(List.of("Newsletters", "Projects", "Bridgehead", "Website"), displayNames(response));
        Element prefixed = find("Deep", "<m:Restriction><t:Contains ContainmentMode=\"Prefixed\" "
                + "ContainmentComparison=\"Exact\"><t:FieldURI FieldURI=\"folder:DisplayName\"/>"
                + "<t:Constant Value=\"B\"/></t:Contains></m:Restriction>", distinguished("inbox"));
        assertEquals(List.of("Bridgehead"), displayNames(prefixed));
    }

    @Test
    void eachParentGetsItsOwnMessageAndBadParentsFailAlone() throws Exception {
        Element response = find("Shallow", "", distinguished("syncissues") + "<t:FolderId Id=\"AAAA\"/>"
                + distinguished("inbox"));
        List<Element> messages = messages(response);
        assertEquals(List.of("NoError", "ErrorInvalidIdMalformed", "NoError"),
                messages.stream().map(OperationHarness::responseCode).toList());
        assertEquals(List.of("Conflicts", "Local Failures", "Server Failures"), displayNames(messages.get(0)));
    }

    @Test
    void softDeletedTraversalFindsNothing() throws Exception {
        Element response = find("SoftDeleted", "", distinguished("inbox"));
        assertEquals("NoError", responseCode(messages(response).get(0)));
        assertEquals("0", first(response, "RootFolder").getAttribute("TotalItemsInView"));
    }

    @Test
    void requestedExtendedPropertiesComeWithEveryFolder() throws Exception {
        Element response = run(findFolder, alice, "<m:FindFolder Traversal=\"Deep\"><m:FolderShape>"
                + "<t:BaseShape>IdOnly</t:BaseShape><t:AdditionalProperties>"
                + "<t:FieldURI FieldURI=\"folder:DisplayName\"/>"
                + "<t:ExtendedFieldURI PropertyTag=\"0x6751\" PropertyType=\"Integer\"/>"
                + "</t:AdditionalProperties></m:FolderShape>"
                + "<m:IndexedPageFolderView MaxEntriesReturned=\"50\" Offset=\"0\" BasePoint=\"Beginning\"/>"
                + "<m:ParentFolderIds>" + distinguished("inbox") + "</m:ParentFolderIds></m:FindFolder>");
        assertEquals(4, OperationHarness.all(response, EwsNamespaces.TYPES, "ExtendedProperty").size());
    }

    @Test
    void unknownRestrictionIsASchemaFault() {
        assertThrows(SoapFaultException.class, () -> find("Shallow",
                "<m:Restriction><t:Bogus/></m:Restriction>", distinguished("inbox")));
    }

    /** The request DavMail 6 sends for IMAP LIST, as captured on the wire. */
    @Test
    void davmailFolderListingRequestIsAnswered() throws Exception {
        String tags = "<t:ExtendedFieldURI PropertyTag=\"0x3008\" PropertyType=\"SystemTime\"/>"
                + "<t:ExtendedFieldURI PropertyTag=\"0x3613\" PropertyType=\"String\"/>"
                + "<t:ExtendedFieldURI PropertyTag=\"0x670a\" PropertyType=\"SystemTime\"/>"
                + "<t:FieldURI FieldURI=\"folder:DisplayName\"/>"
                + "<t:ExtendedFieldURI PropertyTag=\"0x6751\" PropertyType=\"Integer\"/>"
                + "<t:ExtendedFieldURI PropertyTag=\"0x3603\" PropertyType=\"Integer\"/>"
                + "<t:ExtendedFieldURI PropertyTag=\"0x360a\" PropertyType=\"Boolean\"/>"
                + "<t:ExtendedFieldURI PropertyTag=\"0x10f3\" PropertyType=\"String\"/>"
                + "<t:ExtendedFieldURI PropertyTag=\"0x6752\" PropertyType=\"Integer\"/>"
                + "<t:ExtendedFieldURI PropertyTag=\"0x3602\" PropertyType=\"Integer\"/>";
        String classIs = "<t:IsEqualTo><t:ExtendedFieldURI PropertyTag=\"0x3613\" PropertyType=\"String\"/>"
                + "<t:FieldURIOrConstant><t:Constant Value=\"%s\"/></t:FieldURIOrConstant></t:IsEqualTo>";
        Element response = run(findFolder, alice, "<m:FindFolder Traversal=\"Shallow\"><m:FolderShape>"
                + "<t:BaseShape>IdOnly</t:BaseShape><t:AdditionalProperties>" + tags + "</t:AdditionalProperties>"
                + "</m:FolderShape><m:IndexedPageFolderView MaxEntriesReturned=\"500\" Offset=\"0\" "
                + "BasePoint=\"Beginning\"/><m:Restriction><t:Or>" + String.format(classIs, "IPF.Note")
                + String.format(classIs, "IPF.Note.Microsoft.Conversation")
                + "<t:Not><t:Exists><t:ExtendedFieldURI PropertyTag=\"0x3613\" PropertyType=\"String\"/>"
                + "</t:Exists></t:Not></t:Or></m:Restriction><m:ParentFolderIds>" + distinguished("msgfolderroot")
                + "</m:ParentFolderIds></m:FindFolder>");
        assertEquals(List.of("Archive", "Conversation History", "Deleted Items", "Drafts", "Inbox", "Junk Email",
                "Outbox", "Sent Items", "Sync Issues"), displayNames(response));
        Element inbox = Dom.children(first(response, "Folders")).get(4);
        List<String> returned = OperationHarness.all(inbox, EwsNamespaces.TYPES, "ExtendedFieldURI").stream()
                .map(e -> e.getAttribute("PropertyTag")).toList();
        assertEquals(List.of("0x3008", "0x3613", "0x670a", "0x6751", "0x3603", "0x360a", "0x3602"), returned);
    }
}
