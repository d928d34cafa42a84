package org.bridgehead.simulator.ews;

import static org.bridgehead.simulator.ews.CalendarItemSoapTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgehead.simulator.soap.EwsNamespaces;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** GetUserAvailability over raw SOAP: several mailboxes in one call, merged digits, details only for oneself. */
class AvailabilitySoapTest {
    private final SimulatorStore store = TestMailboxes.create();
    private final SoapWire wire = new SoapWire(store);

    @AfterEach
    void stop() {
        wire.close();
    }

    @Test
    void busyTimesOfSeveralMailboxesInOneCall() throws Exception {
        create("Focus", "2026-12-07T09:00:00Z", "2026-12-07T10:00:00Z", "Busy", "");
        create("Maybe", "2026-12-07T10:30:00Z", "2026-12-07T11:00:00Z", "Tentative", "");
        create("Gym", "2026-12-07T12:00:00Z", "2026-12-07T13:00:00Z", "Free", "");
        create("Daily", "2026-12-06T15:00:00Z", "2026-12-06T15:30:00Z", "Busy", "<t:Recurrence><t:DailyRecurrence>"
                + "<t:Interval>1</t:Interval></t:DailyRecurrence><t:NoEndRecurrence><t:StartDate>2026-12-06</t:StartDate>"
                + "</t:NoEndRecurrence></t:Recurrence>");

        Element asBob = availability("bob@example.com", "DetailedMerged");
        List<Element> responses = OperationHarness.all(asBob, EwsNamespaces.MESSAGES, "FreeBusyResponse");
        assertEquals(3, responses.size());
        Element alice = responses.get(0);
        assertEquals("FreeBusyMerged", text(alice, "FreeBusyViewType"));
        // 08:00 to 16:00 UTC in half hours: busy 09-10, tentative 10:30-11, free gym, daily series 15-15:30
        assertEquals("0022010000000020", text(alice, "MergedFreeBusy"));
        assertEquals(3, OperationHarness.all(alice, EwsNamespaces.TYPES, "CalendarEvent").size());
        assertTrue(OperationHarness.all(alice, EwsNamespaces.TYPES, "CalendarEventDetails").isEmpty());
        assertEquals("2026-12-07T09:00:00", text(alice, "StartTime"));
        assertEquals("NoError", text(responses.get(1), "ResponseCode"));
        assertEquals("ErrorMailRecipientNotFound", text(responses.get(2), "ResponseCode"));

        Element asAlice = availability("alice@example.com", "Detailed");
        Element own = OperationHarness.all(asAlice, EwsNamespaces.MESSAGES, "FreeBusyResponse").get(0);
        assertEquals("Detailed", text(own, "FreeBusyViewType"));
        assertEquals("Focus", text(own, "Subject"));
    }

    @Test
    void timesAreInTheRequestsTimeZone() throws Exception {
        create("Focus", "2026-12-07T09:00:00Z", "2026-12-07T10:00:00Z", "Busy", "");
        // Eastern: Bias 300, daylight -60 from the second Sunday of March to the first Sunday of November
        Element response = wire.post("alice@example.com", "<m:GetUserAvailabilityRequest><t:TimeZone><t:Bias>300</t:Bias>"
                + "<t:StandardTime><t:Bias>0</t:Bias><t:Time>02:00:00</t:Time><t:DayOrder>1</t:DayOrder><t:Month>11</t:Month>"
                + "<t:DayOfWeek>Sunday</t:DayOfWeek></t:StandardTime><t:DaylightTime><t:Bias>-60</t:Bias><t:Time>02:00:00"
                + "</t:Time><t:DayOrder>2</t:DayOrder><t:Month>3</t:Month><t:DayOfWeek>Sunday</t:DayOfWeek></t:DaylightTime>"
                + "</t:TimeZone><m:MailboxDataArray>" + mailbox("alice@example.com") + "</m:MailboxDataArray>"
                + "<t:FreeBusyViewOptions><t:TimeWindow><t:StartTime>2026-12-07T00:00:00</t:StartTime><t:EndTime>"
                + "2026-12-08T00:00:00</t:EndTime></t:TimeWindow><t:MergedFreeBusyIntervalInMinutes>60"
                + "</t:MergedFreeBusyIntervalInMinutes><t:RequestedView>FreeBusy</t:RequestedView></t:FreeBusyViewOptions>"
                + "</m:GetUserAvailabilityRequest>");
        assertEquals("2026-12-07T04:00:00", text(response, "StartTime"));
        assertEquals("2026-12-07T05:00:00", text(response, "EndTime"));
    }

    private Element availability(String user, String view) throws Exception {
        return wire.post(user, "<m:GetUserAvailabilityRequest><t:TimeZone><t:Bias>0</t:Bias><t:StandardTime><t:Bias>0"
                + "</t:Bias><t:Time>00:00:00</t:Time><t:DayOrder>0</t:DayOrder><t:Month>0</t:Month><t:DayOfWeek>Sunday"
                + "</t:DayOfWeek></t:StandardTime><t:DaylightTime><t:Bias>0</t:Bias><t:Time>00:00:00</t:Time><t:DayOrder>0"
                + "</t:DayOrder><t:Month>0</t:Month><t:DayOfWeek>Sunday</t:DayOfWeek></t:DaylightTime></t:TimeZone>"
                + "<m:MailboxDataArray>" + mailbox("alice@example.com") + mailbox("bob@example.com")
                + mailbox("nobody@example.com") + "</m:MailboxDataArray><t:FreeBusyViewOptions><t:TimeWindow>"
                + "<t:StartTime>2026-12-07T08:00:00</t:StartTime><t:EndTime>2026-12-07T16:00:00</t:EndTime></t:TimeWindow>"
                + "<t:MergedFreeBusyIntervalInMinutes>30</t:MergedFreeBusyIntervalInMinutes><t:RequestedView>" + view
                + "</t:RequestedView></t:FreeBusyViewOptions></m:GetUserAvailabilityRequest>");
    }

    private static String mailbox(String address) {
        return "<t:MailboxData><t:Email><t:Address>" + address + "</t:Address></t:Email><t:AttendeeType>Required"
                + "</t:AttendeeType><t:ExcludeConflicts>false</t:ExcludeConflicts></t:MailboxData>";
    }

    private void create(String subject, String start, String end, String busy, String more) throws Exception {
        Element response = wire.post("alice@example.com", "<m:CreateItem SendMeetingInvitations=\"SendToNone\"><m:Items>"
                + "<t:CalendarItem><t:Subject>" + subject + "</t:Subject><t:Start>" + start + "</t:Start><t:End>" + end
                + "</t:End><t:LegacyFreeBusyStatus>" + busy + "</t:LegacyFreeBusyStatus>" + more
                + "</t:CalendarItem></m:Items></m:CreateItem>");
        assertEquals("NoError", OperationHarness.responseCode(OperationHarness.messages(response).get(0)));
    }
}
