package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.CalendarItemSoapTest.text;
import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Recurring series over raw SOAP: patterns, ranges, expansion in a CalendarView, exceptions, deleted occurrences. */
class RecurrenceSoapTest {
    private static final String ALICE = "alice@example.com";

    private final SimulatorStore store = TestMailboxes.create();
    private final SoapWire wire = new SoapWire(store);

    @AfterEach
    void stop() {
        wire.close();
    }

    @Test
    void weeklySeriesKeepsItsLocalTimeAcrossDaylightSaving() throws Exception {
        // Mondays and Wednesdays 09:00 Berlin, from Monday 2026-03-23 for 4 occurrences: DST starts 2026-03-29
        Element master = create("<t:Subject>Standup</t:Subject><t:Start>2026-03-23T09:00:00</t:Start>"
                + "<t:End>2026-03-23T09:15:00</t:End><t:Recurrence><t:WeeklyRecurrence><t:Interval>1</t:Interval>"
                + "<t:DaysOfWeek>Monday Wednesday</t:DaysOfWeek></t:WeeklyRecurrence><t:NumberedRecurrence>"
                + "<t:StartDate>2026-03-23</t:StartDate><t:NumberOfOccurrences>4</t:NumberOfOccurrences>"
                + "</t:NumberedRecurrence></t:Recurrence><t:StartTimeZone Id=\"W. Europe Standard Time\"/>");

        assertEquals(List.of("2026-03-23T08:00:00Z", "2026-03-25T08:00:00Z", "2026-03-30T07:00:00Z",
                "2026-04-01T07:00:00Z"), starts(view("2026-03-01T00:00:00Z", "2026-05-01T00:00:00Z")));
        Element got = get("<t:ItemId Id=\"" + master.getAttribute("Id") + "\"/>");
        assertEquals("RecurringMaster", text(got, "CalendarItemType"));
        assertEquals("2026-03-23T08:00:00Z", text(first(got, "FirstOccurrence"), "Start"));
        assertEquals("2026-04-01T07:00:00Z", text(first(got, "LastOccurrence"), "Start"));
    }

    @Test
    void monthlyAndYearlyPatternsFallOnTheirDays() throws Exception {
        create("<t:Subject>Last Friday</t:Subject><t:Start>2026-01-01T15:00:00Z</t:Start><t:End>2026-01-01T16:00:00Z</t:End>"
                + "<t:Recurrence><t:RelativeMonthlyRecurrence><t:Interval>1</t:Interval><t:DaysOfWeek>Friday</t:DaysOfWeek>"
                + "<t:DayOfWeekIndex>Last</t:DayOfWeekIndex></t:RelativeMonthlyRecurrence><t:EndDateRecurrence>"
                + "<t:StartDate>2026-01-01</t:StartDate><t:EndDate>2026-03-31</t:EndDate></t:EndDateRecurrence></t:Recurrence>");
        assertEquals(List.of("2026-01-30T15:00:00Z", "2026-02-27T15:00:00Z", "2026-03-27T15:00:00Z"),
                starts(view("2026-01-01T00:00:00Z", "2026-06-01T00:00:00Z")));

        SimulatorStore other = TestMailboxes.create();
        try (SoapWire second = new SoapWire(other)) {
            Element response = second.post(ALICE, "<m:CreateItem SendMeetingInvitations=\"SendToNone\"><m:Items>"
                    + "<t:CalendarItem><t:Subject>Rent</t:Subject><t:Start>2026-01-31T08:00:00Z</t:Start>"
                    + "<t:End>2026-01-31T08:30:00Z</t:End><t:Recurrence><t:AbsoluteMonthlyRecurrence><t:Interval>1"
                    + "</t:Interval><t:DayOfMonth>31</t:DayOfMonth></t:AbsoluteMonthlyRecurrence><t:NoEndRecurrence>"
                    + "<t:StartDate>2026-01-31</t:StartDate></t:NoEndRecurrence></t:Recurrence></t:CalendarItem>"
                    + "</m:Items></m:CreateItem>");
            assertEquals("NoError", responseCode(messages(response).get(0)));
            Element found = second.post(ALICE, viewRequest("2026-01-01T00:00:00Z", "2026-04-15T00:00:00Z"));
            assertEquals(List.of("2026-01-31T08:00:00Z", "2026-02-28T08:00:00Z", "2026-03-31T08:00:00Z"), starts(found));
        }
    }

    @Test
    void occurrencesAreChangedAndDeletedThroughTheirIds() throws Exception {
        Element master = create("<t:Subject>Daily</t:Subject><t:Start>2026-05-04T10:00:00Z</t:Start>"
                + "<t:End>2026-05-04T10:30:00Z</t:End><t:Recurrence><t:DailyRecurrence><t:Interval>1</t:Interval>"
                + "</t:DailyRecurrence><t:NumberedRecurrence><t:StartDate>2026-05-04</t:StartDate>"
                + "<t:NumberOfOccurrences>5</t:NumberOfOccurrences></t:NumberedRecurrence></t:Recurrence>");
        Element second = get("<t:OccurrenceItemId RecurringMasterId=\"" + master.getAttribute("Id")
                + "\" InstanceIndex=\"2\"/>");
        assertEquals("Occurrence", text(second, "CalendarItemType"));
        assertEquals("2026-05-05T10:00:00Z", text(second, "Start"));
        Element secondId = first(second, "ItemId");

        Element moved = wire.post(ALICE, "<m:UpdateItem ConflictResolution=\"AlwaysOverwrite\""
                + " SendMeetingInvitationsOrCancellations=\"SendToNone\"><m:ItemChanges><t:ItemChange>"
                + "<t:ItemId Id=\"" + secondId.getAttribute("Id") + "\"/><t:Updates><t:SetItemField><t:FieldURI"
                + " FieldURI=\"item:Subject\"/><t:CalendarItem><t:Subject>Moved</t:Subject></t:CalendarItem></t:SetItemField>"
                + "<t:SetItemField><t:FieldURI FieldURI=\"calendar:Start\"/><t:CalendarItem><t:Start>2026-05-05T14:00:00Z"
                + "</t:Start></t:CalendarItem></t:SetItemField><t:SetItemField><t:FieldURI FieldURI=\"calendar:End\"/>"
                + "<t:CalendarItem><t:End>2026-05-05T15:00:00Z</t:End></t:CalendarItem></t:SetItemField>"
                + "</t:Updates></t:ItemChange></m:ItemChanges></m:UpdateItem>");
        assertEquals("NoError", responseCode(messages(moved).get(0)));
        assertEquals(secondId.getAttribute("Id"), first(moved, "ItemId").getAttribute("Id"));

        Element third = get("<t:OccurrenceItemId RecurringMasterId=\"" + master.getAttribute("Id")
                + "\" InstanceIndex=\"3\"/>");
        Element deleted = wire.post(ALICE, "<m:DeleteItem DeleteType=\"MoveToDeletedItems\" SendMeetingCancellations="
                + "\"SendToNone\"><m:ItemIds><t:ItemId Id=\"" + first(third, "ItemId").getAttribute("Id")
                + "\"/></m:ItemIds></m:DeleteItem>");
        assertEquals("NoError", responseCode(messages(deleted).get(0)));

        Element found = view("2026-05-01T00:00:00Z", "2026-06-01T00:00:00Z");
        assertEquals(List.of("2026-05-04T10:00:00Z", "2026-05-05T14:00:00Z", "2026-05-07T10:00:00Z",
                "2026-05-08T10:00:00Z"), starts(found));
        assertEquals(List.of("Occurrence", "Exception", "Occurrence", "Occurrence"), texts(found, "CalendarItemType"));
        assertEquals("Moved", texts(found, "Subject").get(1));

        Element series = get("<t:RecurringMasterItemId OccurrenceId=\"" + secondId.getAttribute("Id") + "\"/>");
        assertEquals("2026-05-05T10:00:00Z", text(first(series, "ModifiedOccurrences"), "OriginalStart"));
        assertEquals("2026-05-06T10:00:00Z", text(first(series, "DeletedOccurrences"), "Start"));
        assertNotEquals(master.getAttribute("ChangeKey"), first(series, "ItemId").getAttribute("ChangeKey"));

        Element gone = wire.post(ALICE, "<m:GetItem><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape><m:ItemIds>"
                + "<t:OccurrenceItemId RecurringMasterId=\"" + master.getAttribute("Id") + "\" InstanceIndex=\"3\"/>"
                + "<t:OccurrenceItemId RecurringMasterId=\"" + master.getAttribute("Id") + "\" InstanceIndex=\"9\"/>"
                + "</m:ItemIds></m:GetItem>");
        assertEquals("ErrorCalendarOccurrenceIsDeletedFromRecurrence", responseCode(messages(gone).get(0)));
        assertEquals("ErrorCalendarOccurrenceIndexIsOutOfRecurrenceRange", responseCode(messages(gone).get(1)));
    }

    @Test
    void aPatternWithoutItsPartsIsRefused() throws Exception {
        Element response = wire.post(ALICE, "<m:CreateItem SendMeetingInvitations=\"SendToNone\"><m:Items><t:CalendarItem>"
                + "<t:Start>2026-05-04T10:00:00Z</t:Start><t:End>2026-05-04T10:30:00Z</t:End><t:Recurrence>"
                + "<t:WeeklyRecurrence><t:Interval>1</t:Interval></t:WeeklyRecurrence><t:NoEndRecurrence>"
                + "<t:StartDate>2026-05-04</t:StartDate></t:NoEndRecurrence></t:Recurrence></t:CalendarItem></m:Items>"
                + "</m:CreateItem>");
        assertEquals("ErrorCalendarInvalidRecurrence", responseCode(messages(response).get(0)));
    }

    private Element create(String fields) throws Exception {
        Element response = wire.post(ALICE, "<m:CreateItem SendMeetingInvitations=\"SendToNone\"><m:Items><t:CalendarItem>"
                + fields + "</t:CalendarItem></m:Items></m:CreateItem>");
        assertEquals("NoError", responseCode(messages(response).get(0)));
        return first(response, "ItemId");
    }

    private Element get(String id) throws Exception {
        Element response = wire.post(ALICE, "<m:GetItem><m:ItemShape><t:BaseShape>Default</t:BaseShape></m:ItemShape>"
                + "<m:ItemIds>" + id + "</m:ItemIds></m:GetItem>");
        assertEquals("NoError", responseCode(messages(response).get(0)));
        return first(response, "CalendarItem");
    }

    private Element view(String start, String end) throws Exception {
        return wire.post(ALICE, viewRequest(start, end));
    }

    private static String viewRequest(String start, String end) {
        return "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>Default</t:BaseShape></m:ItemShape>"
                + "<m:CalendarView StartDate=\"" + start + "\" EndDate=\"" + end + "\"/><m:ParentFolderIds>"
                + "<t:DistinguishedFolderId Id=\"calendar\"/></m:ParentFolderIds></m:FindItem>";
    }

    private static List<String> starts(Element found) {
        return texts(found, "Start");
    }

    private static List<String> texts(Element found, String name) {
        return OperationHarness.all(found, EwsNamespaces.TYPES, name).stream().map(Element::getTextContent).toList();
    }
}
