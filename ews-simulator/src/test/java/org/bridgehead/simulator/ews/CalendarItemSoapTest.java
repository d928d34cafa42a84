package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Calendar items over raw SOAP: create, get (times in UTC, MimeContent), update, find by view, sync, delete. */
class CalendarItemSoapTest {
    private static final String ALICE = "alice@example.com";
    private static final String CREATE_BERLIN = "<m:CreateItem SendMeetingInvitations=\"SendToNone\">"
            + "<m:SavedItemFolderId><t:DistinguishedFolderId Id=\"calendar\"/></m:SavedItemFolderId><m:Items>"
            + "<t:CalendarItem><t:Subject>Planning</t:Subject><t:Body BodyType=\"Text\">Agenda</t:Body>"
            + "<t:ExtendedProperty><t:ExtendedFieldURI PropertySetId=\"F0FF1010-6A8B-4F47-8F4D-6A7C8C5A7A5B\""
            + " PropertyName=\"DavName\" PropertyType=\"String\"/><t:Value>planning.ics</t:Value></t:ExtendedProperty>"
            + "<t:Start>2026-12-07T10:00:00</t:Start><t:End>2026-12-07T11:30:00</t:End>"
            + "<t:Location>Room 1</t:Location><t:StartTimeZone Id=\"W. Europe Standard Time\"/>"
            + "</t:CalendarItem></m:Items></m:CreateItem>";
    private static final String DAV_NAME = "<t:ExtendedFieldURI PropertySetId=\"F0FF1010-6A8B-4F47-8F4D-6A7C8C5A7A5B\""
            + " PropertyName=\"DavName\" PropertyType=\"String\"/>";

    private final SimulatorStore store = TestMailboxes.create();
    private final SoapWire wire = new SoapWire(store);

    @AfterEach
    void stop() {
        wire.close();
    }

    @Test
    void createdItemReadsBackInUtcWithExchangesDerivedProperties() throws Exception {
        Element id = createBerlin();

        Element item = get(id, "<t:BaseShape>Default</t:BaseShape><t:AdditionalProperties>"
                + "<t:FieldURI FieldURI=\"calendar:StartTimeZone\"/>" + DAV_NAME + "</t:AdditionalProperties>");

        assertEquals("2026-12-07T09:00:00Z", text(item, "Start"));
        assertEquals("2026-12-07T10:30:00Z", text(item, "End"));
        assertEquals("IPM.Appointment", text(item, "ItemClass"));
        assertEquals("Single", text(item, "CalendarItemType"));
        assertEquals("Organizer", text(item, "MyResponseType"));
        assertEquals("false", text(item, "IsMeeting"));
        assertEquals("PT1H30M", text(item, "Duration"));
        assertEquals("Busy", text(item, "LegacyFreeBusyStatus"));
        assertEquals(ALICE, text(first(item, "Organizer"), "EmailAddress"));
        Element zone = first(item, "StartTimeZone");
        assertEquals("W. Europe Standard Time", zone.getAttribute("Id"));
        List<Element> periods = OperationHarness.all(zone, EwsNamespaces.TYPES, "Period");
        assertEquals(List.of("-PT60M", "-PT120M"), periods.stream().map(p -> p.getAttribute("Bias")).toList());
        List<Element> rules = OperationHarness.all(zone, EwsNamespaces.TYPES, "RecurringDayTransition");
        assertEquals(List.of("3", "10"), rules.stream().map(r -> text(r, "Month")).toList());
        assertEquals(List.of("PT2H", "PT3H"), rules.stream().map(r -> text(r, "TimeOffset")).toList());
        assertEquals("-1", text(rules.get(0), "Occurrence"));
        assertEquals("planning.ics", text(first(item, "ExtendedProperty"), "Value"));
        assertTrue(text(item, "UID").startsWith("040000008200E00074C5B7101A82E008"));
        assertEquals("Agenda", text(item, "Body"));
    }

    @Test
    void elementsComeInSchemaOrder() throws Exception {
        Element item = get(createBerlin(), "<t:BaseShape>AllProperties</t:BaseShape>");
        List<String> names = Dom.children(item).stream().map(Element::getLocalName).toList();
        List<String> order = PimSchema.CALENDAR_ITEM.order();
        for (int i = 1; i < names.size(); i++) {
            assertTrue(order.indexOf(names.get(i - 1)) < order.indexOf(names.get(i)), names.toString());
        }
        assertTrue(names.containsAll(List.of("ItemId", "Subject", "Start", "End", "Organizer", "UID")), names.toString());
    }

    @Test
    void mimeContentIsExchangeStyleICalendar() throws Exception {
        Element item = get(createBerlin(), "<t:BaseShape>IdOnly</t:BaseShape><t:IncludeMimeContent>true</t:IncludeMimeContent>");
        String ics = new String(Base64.getDecoder().decode(text(item, "MimeContent")), StandardCharsets.UTF_8);

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nPRODID:Microsoft Exchange Server 2010\r\n"), ics);
        assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\n"), ics);
        assertTrue(ics.contains("RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10"), ics);
        assertTrue(ics.contains("DTSTART;TZID=W. Europe Standard Time:20261207T100000\r\n"), ics);
        assertTrue(ics.contains("DTEND;TZID=W. Europe Standard Time:20261207T113000\r\n"), ics);
        assertTrue(ics.contains("SUMMARY;LANGUAGE=en-US:Planning\r\n"), ics);
        assertTrue(ics.contains("LOCATION;LANGUAGE=en-US:Room 1\r\n"), ics);
        assertTrue(ics.contains("TRIGGER;RELATED=START:-PT15M"), ics);
    }

    @Test
    void timeZoneContextHeaderAppliesToTimesWithoutOffset() throws Exception {
        Element response = wire.post(ALICE, "<t:TimeZoneContext><t:TimeZoneDefinition Id=\"Eastern Standard Time\"/>"
                + "</t:TimeZoneContext>", "<m:CreateItem SendMeetingInvitations=\"SendToNone\"><m:Items><t:CalendarItem>"
                + "<t:Subject>NY</t:Subject><t:Start>2026-07-01T09:00:00</t:Start><t:End>2026-07-01T10:00:00</t:End>"
                + "</t:CalendarItem></m:Items></m:CreateItem>");
        Element item = get(first(response, "ItemId"), "<t:BaseShape>Default</t:BaseShape>"
                + "<t:AdditionalProperties><t:FieldURI FieldURI=\"calendar:StartTimeZone\"/></t:AdditionalProperties>");

        assertEquals("2026-07-01T13:00:00Z", text(item, "Start"));
        assertEquals("Eastern Standard Time", first(item, "StartTimeZone").getAttribute("Id"));
    }

    @Test
    void updateChangesTheChangeKeyAndStaleKeysConflict() throws Exception {
        Element id = createBerlin();
        String oldKey = id.getAttribute("ChangeKey");

        Element updated = wire.post(ALICE, update(id, "NeverOverwrite", "<t:SetItemField><t:FieldURI FieldURI=\"calendar:Location\"/>"
                + "<t:CalendarItem><t:Location>Room 2</t:Location></t:CalendarItem></t:SetItemField>"
                + "<t:SetItemField>" + DAV_NAME + "<t:CalendarItem><t:ExtendedProperty>" + DAV_NAME
                + "<t:Value>renamed.ics</t:Value></t:ExtendedProperty></t:CalendarItem></t:SetItemField>"));
        assertEquals("NoError", responseCode(messages(updated).get(0)));
        Element newId = first(updated, "ItemId");
        assertNotEquals(oldKey, newId.getAttribute("ChangeKey"));
        assertEquals("CalendarItem", ((Element) newId.getParentNode()).getLocalName());

        Element stale = wire.post(ALICE, update(id, "NeverOverwrite", "<t:SetItemField><t:FieldURI FieldURI=\"item:Subject\"/>"
                + "<t:CalendarItem><t:Subject>Lost</t:Subject></t:CalendarItem></t:SetItemField>"));
        assertEquals("ErrorIrresolvableConflict", responseCode(messages(stale).get(0)));

        Element item = get(newId, "<t:BaseShape>Default</t:BaseShape><t:AdditionalProperties>" + DAV_NAME
                + "</t:AdditionalProperties>");
        assertEquals("Room 2", text(item, "Location"));
        assertEquals("Planning", text(item, "Subject"));
        assertEquals("renamed.ics", text(first(item, "ExtendedProperty"), "Value"));
    }

    @Test
    void readOnlyPropertiesAndBadTimesAreRefused() throws Exception {
        Element readOnly = wire.post(ALICE, "<m:CreateItem SendMeetingInvitations=\"SendToNone\"><m:Items><t:CalendarItem>"
                + "<t:Start>2026-07-01T09:00:00Z</t:Start><t:End>2026-07-01T10:00:00Z</t:End>"
                + "<t:MyResponseType>Accept</t:MyResponseType></t:CalendarItem></m:Items></m:CreateItem>");
        assertEquals("ErrorInvalidPropertySet", responseCode(messages(readOnly).get(0)));

        Element backwards = wire.post(ALICE, "<m:CreateItem SendMeetingInvitations=\"SendToNone\"><m:Items><t:CalendarItem>"
                + "<t:Start>2026-07-01T09:00:00Z</t:Start><t:End>2026-07-01T08:00:00Z</t:End>"
                + "</t:CalendarItem></m:Items></m:CreateItem>");
        assertEquals("ErrorCalendarEndDateIsEarlierThanStartDate", responseCode(messages(backwards).get(0)));

        Element noAttribute = wire.post(ALICE, "<m:CreateItem><m:Items><t:CalendarItem><t:Subject>x</t:Subject>"
                + "</t:CalendarItem></m:Items></m:CreateItem>");
        assertEquals("ErrorSendMeetingInvitationsRequired", responseCode(messages(noAttribute).get(0)));
    }

    @Test
    void calendarViewFindsItemsOverlappingTheRangeByStart() throws Exception {
        create("Late", "2026-12-09T15:00:00Z", "2026-12-09T16:00:00Z");
        create("Early", "2026-12-08T08:00:00Z", "2026-12-08T09:00:00Z");
        create("Outside", "2026-12-20T08:00:00Z", "2026-12-20T09:00:00Z");
        create("Spanning", "2026-12-01T08:00:00Z", "2026-12-08T09:00:00Z");

        Element found = wire.post(ALICE, "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>Default</t:BaseShape>"
                + "</m:ItemShape><m:CalendarView StartDate=\"2026-12-08T00:00:00Z\" EndDate=\"2026-12-10T00:00:00Z\"/>"
                + "<m:ParentFolderIds><t:DistinguishedFolderId Id=\"calendar\"/></m:ParentFolderIds></m:FindItem>");

        Element root = first(found, "RootFolder");
        assertEquals("3", root.getAttribute("TotalItemsInView"));
        assertFalse(root.hasAttribute("IndexedPagingOffset"));
        assertEquals(List.of("Spanning", "Early", "Late"), OperationHarness.all(root, EwsNamespaces.TYPES, "Subject")
                .stream().map(Element::getTextContent).toList());
    }

    @Test
    void syncReportsCreationUpdateAndDeletion() throws Exception {
        String initial = sync(null);
        Element id = createBerlin();
        Element created = wire.post(ALICE, syncRequest(initial));
        assertEquals(1, OperationHarness.all(created, EwsNamespaces.TYPES, "Create").size());
        assertEquals("CalendarItem", Dom.children(first(created, "Create")).get(0).getLocalName());

        String afterCreate = text(created, "SyncState");
        Element refused = wire.post(ALICE, "<m:DeleteItem DeleteType=\"HardDelete\"><m:ItemIds>"
                + itemId(id) + "</m:ItemIds></m:DeleteItem>");
        assertEquals("ErrorSendMeetingCancellationsRequired", responseCode(messages(refused).get(0)));
        Element deleted = wire.post(ALICE, "<m:DeleteItem DeleteType=\"HardDelete\" SendMeetingCancellations=\"SendToNone\">"
                + "<m:ItemIds>" + itemId(id) + "</m:ItemIds></m:DeleteItem>");
        assertEquals("NoError", responseCode(messages(deleted).get(0)));

        Element changes = wire.post(ALICE, syncRequest(afterCreate));
        assertEquals(1, OperationHarness.all(changes, EwsNamespaces.TYPES, "Delete").size());
    }

    @Test
    void subCalendarsTakeItemsToo() throws Exception {
        Element folder = wire.post(ALICE, "<m:CreateFolder><m:ParentFolderId><t:DistinguishedFolderId Id=\"calendar\"/>"
                + "</m:ParentFolderId><m:Folders><t:CalendarFolder><t:DisplayName>Team</t:DisplayName></t:CalendarFolder>"
                + "</m:Folders></m:CreateFolder>");
        String folderId = first(folder, "FolderId").getAttribute("Id");
        Element created = wire.post(ALICE, "<m:CreateItem SendMeetingInvitations=\"SendToNone\"><m:SavedItemFolderId>"
                + "<t:FolderId Id=\"" + folderId + "\"/></m:SavedItemFolderId><m:Items><t:CalendarItem><t:Subject>Team day"
                + "</t:Subject><t:Start>2026-12-11T00:00:00Z</t:Start><t:End>2026-12-12T00:00:00Z</t:End>"
                + "<t:IsAllDayEvent>1</t:IsAllDayEvent></t:CalendarItem></m:Items></m:CreateItem>");
        Element item = get(first(created, "ItemId"), "<t:BaseShape>Default</t:BaseShape>");
        assertEquals(folderId, first(item, "ParentFolderId").getAttribute("Id"));
        assertEquals("true", text(item, "IsAllDayEvent"));
    }

    private Element createBerlin() throws Exception {
        Element response = wire.post(ALICE, CREATE_BERLIN);
        assertEquals("NoError", responseCode(messages(response).get(0)), "create");
        return first(response, "ItemId");
    }

    private void create(String subject, String start, String end) throws Exception {
        Element response = wire.post(ALICE, "<m:CreateItem SendMeetingInvitations=\"SendToNone\"><m:Items><t:CalendarItem>"
                + "<t:Subject>" + subject + "</t:Subject><t:Start>" + start + "</t:Start><t:End>" + end + "</t:End>"
                + "</t:CalendarItem></m:Items></m:CreateItem>");
        assertEquals("NoError", responseCode(messages(response).get(0)));
    }

    private Element get(Element id, String shape) throws Exception {
        Element response = wire.post(ALICE, "<m:GetItem><m:ItemShape>" + shape + "</m:ItemShape><m:ItemIds>"
                + itemId(id) + "</m:ItemIds></m:GetItem>");
        assertEquals("NoError", responseCode(messages(response).get(0)));
        return first(response, "CalendarItem");
    }

    private String sync(String state) throws Exception {
        return text(wire.post(ALICE, syncRequest(state)), "SyncState");
    }

    private static String syncRequest(String state) {
        return "<m:SyncFolderItems><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape><m:SyncFolderId>"
                + "<t:DistinguishedFolderId Id=\"calendar\"/></m:SyncFolderId>"
                + (state == null ? "" : "<m:SyncState>" + state + "</m:SyncState>")
                + "<m:MaxChangesReturned>100</m:MaxChangesReturned></m:SyncFolderItems>";
    }

    private static String update(Element id, String resolution, String updates) {
        return "<m:UpdateItem ConflictResolution=\"" + resolution + "\" SendMeetingInvitationsOrCancellations=\"SendToNone\">"
                + "<m:ItemChanges><t:ItemChange>" + itemId(id) + "<t:Updates>" + updates
                + "</t:Updates></t:ItemChange></m:ItemChanges></m:UpdateItem>";
    }

    private static String itemId(Element id) {
        return "<t:ItemId Id=\"" + id.getAttribute("Id") + "\" ChangeKey=\"" + id.getAttribute("ChangeKey") + "\"/>";
    }

    static String text(Element root, String localName) {
        return first(root, localName).getTextContent();
    }
}
