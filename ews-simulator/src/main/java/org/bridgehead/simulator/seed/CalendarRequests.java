package org.bridgehead.simulator.seed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.bridgehead.simulator.ews.LocalRequests;

/**
 * The EWS requests seeds fill calendars and task lists with, run as the user through
 * {@link LocalRequests}: events (single, all-day, recurring), changed and deleted occurrences,
 * meetings with attendees and the attendees' responses, tasks.
 */
final class CalendarRequests {
    /** Windows time zone ids, as clients name them to EWS. */
    static final String BERLIN = "W. Europe Standard Time";
    static final String NEW_YORK = "Eastern Standard Time";
    /** America/Winnipeg's Windows zone (CLDR), which Winnipeg events must come back in. */
    static final String WINNIPEG = "Central Standard Time";

    private final LocalRequests requests;

    CalendarRequests(LocalRequests requests) {
        this.requests = requests;
    }

    /** An event or meeting: its fields, and the attendees who get an invitation (none for an appointment). */
    record Event(String subject, LocalDateTime start, int minutes, String zone, String location, String body,
                 boolean allDay, String recurrence, List<String> attendees) {

        static Event at(String subject, LocalDateTime start, int minutes, String zone, String location) {
            return new Event(subject, start, minutes, zone, location, null, false, null, List.of());
        }

        static Event allDay(String subject, LocalDate day, int days, String zone) {
            return new Event(subject, day.atStartOfDay(), days * 24 * 60, zone, null, null, true, null, List.of());
        }

        Event withRecurrence(String pattern, String range) {
            return new Event(subject, start, minutes, zone, location, body, allDay, "<t:Recurrence>" + pattern + range
                    + "</t:Recurrence>", attendees);
        }

        Event withAttendees(List<String> addresses) {
            return new Event(subject, start, minutes, zone, location, body, allDay, recurrence, List.copyOf(addresses));
        }

        Event withBody(String text) {
            return new Event(subject, start, minutes, zone, location, text, allDay, recurrence, attendees);
        }
    }

    /** Creates the event in the user's Calendar (sending invitations to its attendees); answers its id. */
    String create(String user, Event e) {
        StringBuilder item = new StringBuilder("<t:CalendarItem>");
        item.append("<t:Subject>").append(escape(e.subject())).append("</t:Subject>");
        if (e.body() != null) {
            item.append("<t:Body BodyType=\"Text\">").append(escape(e.body())).append("</t:Body>");
        }
        item.append("<t:Start>").append(e.start()).append("</t:Start>");
        item.append("<t:End>").append(e.start().plusMinutes(e.minutes())).append("</t:End>");
        if (e.allDay()) {
            item.append("<t:IsAllDayEvent>true</t:IsAllDayEvent><t:LegacyFreeBusyStatus>Free</t:LegacyFreeBusyStatus>");
        }
        if (e.location() != null) {
            item.append("<t:Location>").append(escape(e.location())).append("</t:Location>");
        }
        if (!e.attendees().isEmpty()) {
            item.append("<t:RequiredAttendees>");
            e.attendees().forEach(a -> item.append("<t:Attendee><t:Mailbox><t:EmailAddress>").append(a)
                    .append("</t:EmailAddress></t:Mailbox></t:Attendee>"));
            item.append("</t:RequiredAttendees>");
        }
        if (e.recurrence() != null) {
            item.append(e.recurrence());
        }
        item.append("<t:StartTimeZone Id=\"").append(e.zone()).append("\"/></t:CalendarItem>");
        String invitations = e.attendees().isEmpty() ? "SendToNone" : "SendToAllAndSaveCopy";
        return requests.run(user, "<m:CreateItem SendMeetingInvitations=\"" + invitations + "\"><m:SavedItemFolderId>"
                + "<t:DistinguishedFolderId Id=\"calendar\"/></m:SavedItemFolderId><m:Items>" + item
                + "</m:Items></m:CreateItem>").get(0);
    }

    /** Moves one occurrence of a series (1-based) and gives it its own subject: an exception. */
    void moveOccurrence(String user, String masterId, int index, String subject, LocalDateTime newStart, int length) {
        String id = requests.run(user, "<m:GetItem><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape>"
                + "<m:ItemIds><t:OccurrenceItemId RecurringMasterId=\"" + masterId + "\" InstanceIndex=\"" + index
                + "\"/></m:ItemIds></m:GetItem>").get(0);
        requests.run(user, "<m:UpdateItem ConflictResolution=\"AlwaysOverwrite\" SendMeetingInvitationsOrCancellations="
                + "\"SendToNone\"><m:ItemChanges><t:ItemChange><t:ItemId Id=\"" + id + "\"/><t:Updates>"
                + set("item:Subject", "<t:Subject>" + escape(subject) + "</t:Subject>")
                + set("calendar:Start", "<t:Start>" + newStart + "</t:Start>")
                + set("calendar:End", "<t:End>" + newStart.plusMinutes(length) + "</t:End>")
                + "</t:Updates></t:ItemChange></m:ItemChanges></m:UpdateItem>");
    }

    /** Deletes one occurrence of a series (1-based). */
    void deleteOccurrence(String user, String masterId, int index) {
        requests.run(user, "<m:DeleteItem DeleteType=\"HardDelete\" SendMeetingCancellations=\"SendToNone\"><m:ItemIds>"
                + "<t:OccurrenceItemId RecurringMasterId=\"" + masterId + "\" InstanceIndex=\"" + index + "\"/>"
                + "</m:ItemIds></m:DeleteItem>");
    }

    /**
     * The attendee answers the newest unanswered meeting request in the Inbox.
     *
     * @param response AcceptItem, TentativelyAcceptItem or DeclineItem; null leaves it unanswered
     */
    void answer(String attendee, String response) {
        if (response == null) {
            return;
        }
        List<String> requestIds = requests.run(attendee, "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>"
                + "IdOnly</t:BaseShape></m:ItemShape><m:Restriction><t:IsEqualTo><t:FieldURI FieldURI=\"item:ItemClass\"/>"
                + "<t:FieldURIOrConstant><t:Constant Value=\"IPM.Schedule.Meeting.Request\"/></t:FieldURIOrConstant>"
                + "</t:IsEqualTo></m:Restriction><m:SortOrder><t:FieldOrder Order=\"Descending\"><t:FieldURI"
                + " FieldURI=\"item:DateTimeReceived\"/></t:FieldOrder></m:SortOrder><m:ParentFolderIds>"
                + "<t:DistinguishedFolderId Id=\"inbox\"/></m:ParentFolderIds></m:FindItem>");
        requests.run(attendee, "<m:CreateItem MessageDisposition=\"SendAndSaveCopy\"><m:Items><t:" + response + ">"
                + "<t:ReferenceItemId Id=\"" + requestIds.get(0) + "\"/></t:" + response + "></m:Items></m:CreateItem>");
    }

    /** A task in the Tasks folder. */
    void task(String user, String subject, LocalDate due, String status, int percent) {
        requests.run(user, "<m:CreateItem><m:SavedItemFolderId><t:DistinguishedFolderId Id=\"tasks\"/>"
                + "</m:SavedItemFolderId><m:Items><t:Task><t:Subject>" + escape(subject) + "</t:Subject>"
                + (due == null ? "" : "<t:DueDate>" + due + "T00:00:00Z</t:DueDate>")
                + "<t:PercentComplete>" + percent + "</t:PercentComplete><t:Status>" + status + "</t:Status>"
                + "</t:Task></m:Items></m:CreateItem>");
    }

    static String weekly(String days, int interval) {
        return "<t:WeeklyRecurrence><t:Interval>" + interval + "</t:Interval><t:DaysOfWeek>" + days + "</t:DaysOfWeek>"
                + "</t:WeeklyRecurrence>";
    }

    static String monthlyOnDay(int day) {
        return "<t:AbsoluteMonthlyRecurrence><t:Interval>1</t:Interval><t:DayOfMonth>" + day + "</t:DayOfMonth>"
                + "</t:AbsoluteMonthlyRecurrence>";
    }

    static String monthlyOnWeekday(String index, String day) {
        return "<t:RelativeMonthlyRecurrence><t:Interval>1</t:Interval><t:DaysOfWeek>" + day + "</t:DaysOfWeek>"
                + "<t:DayOfWeekIndex>" + index + "</t:DayOfWeekIndex></t:RelativeMonthlyRecurrence>";
    }

    static String noEnd(LocalDate start) {
        return "<t:NoEndRecurrence><t:StartDate>" + start + "</t:StartDate></t:NoEndRecurrence>";
    }

    static String until(LocalDate start, LocalDate end) {
        return "<t:EndDateRecurrence><t:StartDate>" + start + "</t:StartDate><t:EndDate>" + end + "</t:EndDate>"
                + "</t:EndDateRecurrence>";
    }

    static String times(LocalDate start, int count) {
        return "<t:NumberedRecurrence><t:StartDate>" + start + "</t:StartDate><t:NumberOfOccurrences>" + count
                + "</t:NumberOfOccurrences></t:NumberedRecurrence>";
    }

    private static String set(String uri, String value) {
        return "<t:SetItemField><t:FieldURI FieldURI=\"" + uri + "\"/><t:CalendarItem>" + value
                + "</t:CalendarItem></t:SetItemField>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
