package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.OperationHarness.first;
import static org.bridgehead.simulator.ews.OperationHarness.messages;
import static org.bridgehead.simulator.ews.OperationHarness.responseCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Recurring series as iCalendar over raw SOAP: a master's MimeContent with RRULE, EXDATE and its
 * exceptions' VEVENTs; an event created from iCalendar MimeContent, as DavMail creates them;
 * extended properties set on an occurrence kept on its exception.
 */
class SeriesMimeSoapTest {
    private static final String ALICE = "alice@example.com";
    private static final String DAV_NAME = "<t:ExtendedFieldURI PropertySetId=\"F0FF1010-6A8B-4F47-8F4D-6A7C8C5A7A5B\""
            + " PropertyName=\"DavName\" PropertyType=\"String\"/>";
    private static final String ICS = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
            "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
            "END:VTIMEZONE", "BEGIN:VEVENT", "UID:thunderbird-uid-1", "SUMMARY:Standup\\, daily",
            "DESCRIPTION:Line one\\nline two", "LOCATION:Room 5", "DTSTART;TZID=Europe/Berlin:20261130T093000",
            "DTEND;TZID=Europe/Berlin:20261130T094500", "RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=MO,WE,FR",
            "EXDATE;TZID=Europe/Berlin:20261204T093000", "CATEGORIES:Team,Daily",
            "ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Bob Baker:mailto:bob@example.com", "CLASS:PRIVATE", "BEGIN:VALARM",
            "ACTION:DISPLAY", "TRIGGER:-PT30M", "END:VALARM", "END:VEVENT", "BEGIN:VEVENT", "UID:thunderbird-uid-1",
            "RECURRENCE-ID;TZID=Europe/Berlin:20261202T093000", "SUMMARY:Standup moved",
            "DTSTART;TZID=Europe/Berlin:20261202T110000", "DTEND;TZID=Europe/Berlin:20261202T111500", "END:VEVENT",
            "END:VCALENDAR", "");

    private final SimulatorStore store = TestMailboxes.create();
    private final SoapWire wire = new SoapWire(store);

    @AfterEach
    void stop() {
        wire.close();
    }

    @Test
    void masterMimeContentCarriesTheRuleDeletedOccurrencesAndExceptions() throws Exception {
        Element master = create("<t:Subject>Standup</t:Subject><t:Start>2026-11-30T09:00:00</t:Start>"
                + "<t:End>2026-11-30T09:15:00</t:End><t:Recurrence><t:WeeklyRecurrence><t:Interval>1</t:Interval>"
                + "<t:DaysOfWeek>Monday Wednesday</t:DaysOfWeek><t:FirstDayOfWeek>Monday</t:FirstDayOfWeek>"
                + "</t:WeeklyRecurrence><t:EndDateRecurrence><t:StartDate>2026-11-30</t:StartDate>"
                + "<t:EndDate>2026-12-16</t:EndDate></t:EndDateRecurrence></t:Recurrence>"
                + "<t:StartTimeZone Id=\"W. Europe Standard Time\"/>");
        Element second = get("<t:OccurrenceItemId RecurringMasterId=\"" + master.getAttribute("Id")
                + "\" InstanceIndex=\"2\"/>", "Default");
        update(first(second, "ItemId"), "<t:SetItemField><t:FieldURI FieldURI=\"item:Subject\"/><t:CalendarItem>"
                + "<t:Subject>Standup (late)</t:Subject></t:CalendarItem></t:SetItemField><t:SetItemField>"
                + "<t:FieldURI FieldURI=\"calendar:Start\"/><t:CalendarItem><t:Start>2026-12-02T10:00:00Z</t:Start>"
                + "</t:CalendarItem></t:SetItemField><t:SetItemField><t:FieldURI FieldURI=\"calendar:End\"/>"
                + "<t:CalendarItem><t:End>2026-12-02T10:15:00Z</t:End></t:CalendarItem></t:SetItemField>");
        Element third = get("<t:OccurrenceItemId RecurringMasterId=\"" + master.getAttribute("Id")
                + "\" InstanceIndex=\"3\"/>", "IdOnly");
        Element deleted = wire.post(ALICE, "<m:DeleteItem DeleteType=\"HardDelete\" SendMeetingCancellations="
                + "\"SendToNone\"><m:ItemIds><t:ItemId Id=\"" + first(third, "ItemId").getAttribute("Id")
                + "\"/></m:ItemIds></m:DeleteItem>");
        assertEquals("NoError", responseCode(messages(deleted).get(0)));

        String ics = mime(get("<t:ItemId Id=\"" + master.getAttribute("Id") + "\"/>",
                "IdOnly</t:BaseShape><t:IncludeMimeContent>true</t:IncludeMimeContent><t:BaseShape>IdOnly"));

        assertTrue(ics.contains("RRULE:FREQ=WEEKLY;UNTIL=20261216T080000Z;INTERVAL=1;BYDAY=MO,WE;WKST=MO\r\n"), ics);
        assertTrue(ics.contains("EXDATE;TZID=W. Europe Standard Time:20261207T090000\r\n"), ics);
        assertEquals(2, ics.split("BEGIN:VEVENT", -1).length - 1, ics);
        String exception = ics.substring(ics.lastIndexOf("BEGIN:VEVENT"));
        assertTrue(exception.contains("RECURRENCE-ID;TZID=W. Europe Standard Time:20261202T090000\r\n"), exception);
        assertTrue(exception.contains("SUMMARY;LANGUAGE=en-US:Standup (late)\r\n"), exception);
        assertTrue(exception.contains("DTSTART;TZID=W. Europe Standard Time:20261202T110000\r\n"), exception);
        assertTrue(exception.contains("X-MICROSOFT-CDO-INSTTYPE:3\r\n"), exception);
        assertTrue(!exception.contains("RRULE"), exception);
    }

    @Test
    void iCalendarMimeContentBecomesTheItemsFields() throws Exception {
        Element response = wire.post(ALICE, "<m:CreateItem SendMeetingInvitations=\"SendToNone\"><m:Items>"
                + "<t:CalendarItem><t:MimeContent CharacterSet=\"UTF-8\">"
                + Base64.getEncoder().encodeToString(ICS.getBytes(StandardCharsets.UTF_8)) + "</t:MimeContent>"
                + "</t:CalendarItem></m:Items></m:CreateItem>");
        assertEquals("NoError", responseCode(messages(response).get(0)));

        Element item = get("<t:ItemId Id=\"" + first(response, "ItemId").getAttribute("Id") + "\"/>",
                "AllProperties");
        assertEquals("Standup, daily", text(item, "Subject"));
        assertEquals("Line one\nline two", text(item, "Body"));
        assertEquals("thunderbird-uid-1", text(item, "UID"));
        assertEquals("2026-11-30T08:30:00Z", text(item, "Start"));
        assertEquals("W. Europe Standard Time", first(item, "StartTimeZone").getAttribute("Id"));
        assertEquals("RecurringMaster", text(item, "CalendarItemType"));
        assertEquals("6", text(first(item, "NumberedRecurrence"), "NumberOfOccurrences"));
        assertEquals("Monday Wednesday Friday", text(first(item, "WeeklyRecurrence"), "DaysOfWeek"));
        assertEquals("2026-12-04T08:30:00Z", text(first(item, "DeletedOccurrences"), "Start"));
        assertEquals("2026-12-02T08:30:00Z", text(first(item, "ModifiedOccurrences"), "OriginalStart"));
        assertEquals("30", text(item, "ReminderMinutesBeforeStart"));
        assertEquals("Private", text(item, "Sensitivity"));
        assertEquals(List.of("Team", "Daily"), texts(first(item, "Categories"), "String"));
        assertEquals("bob@example.com", text(first(item, "OptionalAttendees"), "EmailAddress"));

        Element week = wire.post(ALICE, "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>Default"
                + "</t:BaseShape></m:ItemShape><m:CalendarView StartDate=\"2026-11-30T00:00:00Z\""
                + " EndDate=\"2026-12-07T00:00:00Z\"/><m:ParentFolderIds><t:DistinguishedFolderId Id=\"calendar\"/>"
                + "</m:ParentFolderIds></m:FindItem>");
        assertEquals(List.of("2026-11-30T08:30:00Z", "2026-12-02T10:00:00Z"), texts(week, "Start"));
        assertEquals(List.of("Standup, daily", "Standup moved"), texts(week, "Subject"));
    }

    @Test
    void badICalendarIsRefused() throws Exception {
        Element response = wire.post(ALICE, "<m:CreateItem SendMeetingInvitations=\"SendToNone\"><m:Items>"
                + "<t:CalendarItem><t:MimeContent>" + Base64.getEncoder().encodeToString(
                        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n".getBytes(StandardCharsets.UTF_8))
                + "</t:MimeContent></t:CalendarItem></m:Items></m:CreateItem>");
        assertEquals("ErrorMimeContentInvalid", responseCode(messages(response).get(0)));
        Element none = wire.post(ALICE, "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>IdOnly"
                + "</t:BaseShape></m:ItemShape><m:ParentFolderIds><t:DistinguishedFolderId Id=\"calendar\"/>"
                + "</m:ParentFolderIds></m:FindItem>");
        assertEquals(List.of(), OperationHarness.all(none, EwsNamespaces.TYPES, "CalendarItem"));
    }

    @Test
    void anOccurrencesExtendedPropertyStaysOnItsException() throws Exception {
        Element master = create("<t:Subject>Daily</t:Subject><t:Start>2026-05-04T10:00:00Z</t:Start>"
                + "<t:End>2026-05-04T10:30:00Z</t:End><t:Recurrence><t:DailyRecurrence><t:Interval>1</t:Interval>"
                + "</t:DailyRecurrence><t:NumberedRecurrence><t:StartDate>2026-05-04</t:StartDate>"
                + "<t:NumberOfOccurrences>5</t:NumberOfOccurrences></t:NumberedRecurrence></t:Recurrence>");
        String occurrence = "<t:OccurrenceItemId RecurringMasterId=\"" + master.getAttribute("Id")
                + "\" InstanceIndex=\"2\"/>";
        update(first(get(occurrence, "IdOnly"), "ItemId"), "<t:SetItemField>" + DAV_NAME + "<t:CalendarItem>"
                + "<t:ExtendedProperty>" + DAV_NAME + "<t:Value>second.ics</t:Value></t:ExtendedProperty>"
                + "</t:CalendarItem></t:SetItemField>");

        String withDavName = "IdOnly</t:BaseShape><t:AdditionalProperties>" + DAV_NAME
                + "<t:FieldURI FieldURI=\"calendar:CalendarItemType\"/></t:AdditionalProperties><t:BaseShape>IdOnly";
        Element second = get(occurrence, withDavName);
        assertEquals("second.ics", text(first(second, "ExtendedProperty"), "Value"));
        assertEquals("Exception", text(second, "CalendarItemType"));
        Element series = get("<t:ItemId Id=\"" + master.getAttribute("Id") + "\"/>", withDavName);
        assertEquals(List.of(), OperationHarness.all(series, EwsNamespaces.TYPES, "ExtendedProperty"));
        Element third = get("<t:OccurrenceItemId RecurringMasterId=\"" + master.getAttribute("Id")
                + "\" InstanceIndex=\"3\"/>", withDavName);
        assertEquals(List.of(), OperationHarness.all(third, EwsNamespaces.TYPES, "ExtendedProperty"));
    }

    private Element create(String fields) throws Exception {
        Element response = wire.post(ALICE, "<m:CreateItem SendMeetingInvitations=\"SendToNone\"><m:Items><t:CalendarItem>"
                + fields + "</t:CalendarItem></m:Items></m:CreateItem>");
        assertEquals("NoError", responseCode(messages(response).get(0)));
        return first(response, "ItemId");
    }

    private void update(Element id, String updates) throws Exception {
        Element response = wire.post(ALICE, "<m:UpdateItem ConflictResolution=\"AlwaysOverwrite\""
                + " SendMeetingInvitationsOrCancellations=\"SendToNone\"><m:ItemChanges><t:ItemChange>"
                + "<t:ItemId Id=\"" + id.getAttribute("Id") + "\"/><t:Updates>" + updates
                + "</t:Updates></t:ItemChange></m:ItemChanges></m:UpdateItem>");
        assertEquals("NoError", responseCode(messages(response).get(0)));
    }

    private Element get(String id, String shape) throws Exception {
        Element response = wire.post(ALICE, "<m:GetItem><m:ItemShape><t:BaseShape>" + shape + "</t:BaseShape>"
                + "</m:ItemShape><m:ItemIds>" + id + "</m:ItemIds></m:GetItem>");
        assertEquals("NoError", responseCode(messages(response).get(0)));
        return first(response, "CalendarItem");
    }

    private static String mime(Element item) {
        return new String(Base64.getDecoder().decode(text(item, "MimeContent")), StandardCharsets.UTF_8)
                .replace("\r\n ", "");
    }

    private static List<String> texts(Element root, String name) {
        return OperationHarness.all(root, EwsNamespaces.TYPES, name).stream().map(Element::getTextContent).toList();
    }

    private static String text(Element root, String localName) {
        return first(root, localName).getTextContent();
    }
}
