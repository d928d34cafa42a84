package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.account;
import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.FlagStatus;
import org.bridgehead.simulator.store.NewItem;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class FindItemOperationTest {
    private final SimulatorStore store = TestMailboxes.create();
    private final Account alice = account(store, "alice@example.com");
    private final FindItemOperation findItem = new FindItemOperation(store);

    FindItemOperationTest() {
        String[] subjects = {"Alpha", "Bravo", "Charlie", "Delta", "Echo"};
        for (int i = 0; i < subjects.length; i++) {
            NewItem item = NewItem.of(TestMessages.plain(i % 2 == 0 ? "Bob <bob@example.com>" : "carol@example.org",
                            "alice@example.com", subjects[i], "text number " + i))
                    .withRead(i < 3).withFlag(i == 4 ? FlagStatus.FLAGGED : FlagStatus.NOT_FLAGGED)
                    .withReceived(Instant.parse("2026-01-0" + (5 - i) + "T10:00:00Z"));
            TestItems.add(store, "alice@example.com", DistinguishedFolder.INBOX, item);
        }
    }

    private Element find(String view, String restriction, String sort) throws Exception {
        return run(findItem, alice, "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape>"
                + "<t:AdditionalProperties><t:FieldURI FieldURI=\"item:Subject\"/></t:AdditionalProperties></m:ItemShape>"
                + view + (restriction.isEmpty() ? "" : "<m:Restriction>" + restriction + "</m:Restriction>")
                + (sort.isEmpty() ? "" : "<m:SortOrder>" + sort + "</m:SortOrder>")
                + "<m:ParentFolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:ParentFolderIds></m:FindItem>");
    }

    private static List<String> subjects(Element response) {
        return OperationHarness.all(response, EwsNamespaces.TYPES, "Subject").stream().map(Element::getTextContent)
                .toList();
    }

    private static String byArticle(String order) {
        return "<t:FieldOrder Order=\"" + order + "\"><t:ExtendedFieldURI PropertyTag=\"0x0E23\" PropertyType=\"Integer\"/>"
                + "</t:FieldOrder>";
    }

    @Test
    void withoutSortOrderNewestReceivedComesFirst() throws Exception {
        assertEquals(List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo"), subjects(find("", "", "")));
    }

    @Test
    void pagesFromTheStartAndFromTheEnd() throws Exception {
        Element page = find("<m:IndexedPageItemView MaxEntriesReturned=\"2\" Offset=\"1\" BasePoint=\"Beginning\"/>", "",
                byArticle("Ascending"));
        assertEquals(List.of("Bravo", "Charlie"), subjects(page));
        Element root = first(page, "RootFolder");
        assertEquals("5", root.getAttribute("TotalItemsInView"));
        assertEquals("false", root.getAttribute("IncludesLastItemInRange"));
        assertEquals("3", root.getAttribute("IndexedPagingOffset"));
        Element last = find("<m:IndexedPageItemView MaxEntriesReturned=\"2\" Offset=\"0\" BasePoint=\"End\"/>", "",
                byArticle("Ascending"));
        assertEquals(List.of("Delta", "Echo"), subjects(last));
    }

    @Test
    void restrictsByArticleRangeReadFlagSenderAndFlagStatus() throws Exception {
        String range = "<t:And><t:IsGreaterThanOrEqualTo><t:ExtendedFieldURI PropertyTag=\"0x0E23\" PropertyType=\"Integer\"/>"
                + "<t:FieldURIOrConstant><t:Constant Value=\"2\"/></t:FieldURIOrConstant></t:IsGreaterThanOrEqualTo>"
                + "<t:IsLessThanOrEqualTo><t:ExtendedFieldURI PropertyTag=\"0x0E23\" PropertyType=\"Integer\"/>"
                + "<t:FieldURIOrConstant><t:Constant Value=\"4\"/></t:FieldURIOrConstant></t:IsLessThanOrEqualTo></t:And>";
        assertEquals(List.of("Bravo", "Charlie", "Delta"), subjects(find("", range, byArticle("Ascending"))));
        String unread = "<t:IsEqualTo><t:FieldURI FieldURI=\"message:IsRead\"/>"
                + "<t:FieldURIOrConstant><t:Constant Value=\"false\"/></t:FieldURIOrConstant></t:IsEqualTo>";
        assertEquals(List.of("Echo", "Delta"), subjects(find("", unread, byArticle("Descending"))));
        String fromBob = "<t:Contains ContainmentMode=\"Substring\" ContainmentComparison=\"IgnoreCase\">"
                + "<t:FieldURI FieldURI=\"message:From\"/><t:Constant Value=\"BOB\"/></t:Contains>";
        assertEquals(List.of("Alpha", "Charlie", "Echo"), subjects(find("", fromBob, byArticle("Ascending"))));
        String flagged = "<t:Exists><t:ExtendedFieldURI PropertyTag=\"0x1090\" PropertyType=\"Integer\"/></t:Exists>";
        assertEquals(List.of("Echo"), subjects(find("", flagged, "")));
        String notFlagged = "<t:Not>" + flagged + "</t:Not>";
        assertEquals(4, subjects(find("", notFlagged, "")).size());
        String body = "<t:Contains ContainmentMode=\"Substring\" ContainmentComparison=\"IgnoreCase\">"
                + "<t:FieldURI FieldURI=\"item:Body\"/><t:Constant Value=\"number 3\"/></t:Contains>";
        assertEquals(List.of("Delta"), subjects(find("", body, "")));
        String before = "<t:IsLessThan><t:FieldURI FieldURI=\"item:DateTimeReceived\"/>"
                + "<t:FieldURIOrConstant><t:Constant Value=\"2026-01-03T00:00:00Z\"/></t:FieldURIOrConstant></t:IsLessThan>";
        assertEquals(List.of("Delta", "Echo"), subjects(find("", before, "")));
    }

    @Test
    void sortsBySubjectAndSize() throws Exception {
        String subjectDescending = "<t:FieldOrder Order=\"Descending\"><t:FieldURI FieldURI=\"item:Subject\"/></t:FieldOrder>";
        assertEquals(List.of("Echo", "Delta", "Charlie", "Bravo", "Alpha"), subjects(find("", "", subjectDescending)));
        String bySize = "<t:FieldOrder Order=\"Ascending\"><t:FieldURI FieldURI=\"item:Size\"/></t:FieldOrder>";
        assertEquals(5, subjects(find("", "", bySize)).size());
    }
}
