package org.bridgehead.simulator.ews;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.PimData;

/**
 * Writes meeting messages (t:MeetingRequest, t:MeetingResponse, t:MeetingCancellation): the
 * MessageType elements as for any message, then MeetingMessageType's and the derived type's own,
 * in schema order. Listing (FindItem, syncs) leaves out attendees, recurrence and time zones,
 * as for calendar items.
 */
final class MeetingMessageWriter {
    /** MeetingMessageType's elements, after MessageType's. */
    private static final List<String> MEETING_MESSAGE = List.of("AssociatedCalendarItemId", "IsDelegated",
            "IsOutOfDate", "HasBeenProcessed", "ResponseType", "UID", "RecurrenceId", "DateTimeStamp", "IsOrganizer");
    private static final List<String> REQUEST = List.of("MeetingRequestType", "IntendedFreeBusyStatus", "Start", "End",
            "OriginalStart", "IsAllDayEvent", "LegacyFreeBusyStatus", "Location", "When", "IsMeeting", "IsCancelled",
            "IsRecurring", "MeetingRequestWasSent", "CalendarItemType", "MyResponseType", "Organizer",
            "RequiredAttendees", "OptionalAttendees", "Resources", "ConflictingMeetingCount", "AdjacentMeetingCount",
            "ConflictingMeetings", "AdjacentMeetings", "Duration", "TimeZone", "AppointmentReplyTime",
            "AppointmentSequenceNumber", "AppointmentState", "Recurrence", "FirstOccurrence", "LastOccurrence",
            "ModifiedOccurrences", "DeletedOccurrences", "MeetingTimeZone", "StartTimeZone", "EndTimeZone",
            "ConferenceType", "AllowNewTimeProposal", "IsOnlineMeeting", "MeetingWorkspaceUrl", "NetShowUrl",
            "EnhancedLocation", "ChangeHighlights", "StartWallClock", "EndWallClock", "StartTimeZoneId",
            "EndTimeZoneId", "DoNotForwardMeeting");
    /** What Exchange 2013 added to responses and cancellations. */
    private static final List<String> RESPONSE = List.of("Start", "End", "Location", "Recurrence", "CalendarItemType",
            "ProposedStart", "ProposedEnd", "EnhancedLocation");
    private static final List<String> CANCELLATION = List.of("Start", "End", "Location", "Recurrence",
            "CalendarItemType", "EnhancedLocation", "DoNotForwardMeeting");
    /** Elements newer than Exchange 2007 SP1, with the first version that has them. */
    private static final Map<String, String> SINCE = Map.of("IsOrganizer", "Exchange2013", "StartTimeZone",
            "Exchange2010", "EndTimeZone", "Exchange2010", "StartTimeZoneId", "Exchange2013", "EndTimeZoneId",
            "Exchange2013", "DoNotForwardMeeting", "Exchange2013", "ChangeHighlights", "Exchange2013");
    /** What listing leaves out. */
    private static final Set<String> DETAIL = Set.of("RequiredAttendees", "OptionalAttendees", "Resources",
            "Recurrence", "ModifiedOccurrences", "DeletedOccurrences", "FirstOccurrence", "LastOccurrence",
            "MeetingTimeZone", "StartTimeZone", "EndTimeZone", "EnhancedLocation");

    private final ItemWriter items;
    private final String version;

    MeetingMessageWriter(ItemWriter items, String version) {
        this.items = items;
        this.version = version;
    }

    void write(XmlWriter out, ItemState item, ItemShape shape, boolean detailed) {
        PimData meeting = item.pim();
        Set<String> fields = ItemWriter.fields(shape, detailed);
        Set<String> own = wanted(meeting, shape, detailed);
        items.write(out, item, shape, fields, "t:" + meeting.type(), meeting.itemClass(), o -> {
            for (String name : order(meeting.type())) {
                if (own.contains(name) && inVersion(name)) {
                    writeField(o, meeting, name);
                }
            }
        });
    }

    private List<String> order(String type) {
        List<String> own = switch (type) {
            case "MeetingRequest" -> REQUEST;
            case "MeetingResponse" -> SchemaVersions.atLeast(version, "Exchange2013") ? RESPONSE : List.of();
            default -> SchemaVersions.atLeast(version, "Exchange2013") ? CANCELLATION : List.of();
        };
        List<String> all = new java.util.ArrayList<>(MEETING_MESSAGE);
        all.addAll(own);
        return all;
    }

    private boolean inVersion(String name) {
        String since = SINCE.get(name);
        return since == null || SchemaVersions.atLeast(version, since);
    }

    private Set<String> wanted(PimData meeting, ItemShape shape, boolean detailed) {
        Set<String> wanted = new HashSet<>();
        if (shape.baseShape() != FolderShape.BaseShape.ID_ONLY) {
            for (String name : order(meeting.type())) {
                if (detailed || shape.baseShape() == FolderShape.BaseShape.ALL_PROPERTIES || !DETAIL.contains(name)) {
                    wanted.add(name);
                }
            }
        }
        for (PropertyPath path : shape.additional()) {
            if (path instanceof PropertyPath.Field field) {
                elementOf(meeting.type(), field.uri()).ifPresent(wanted::add);
            }
        }
        return wanted;
    }

    /** The element a FieldURI names: meeting:*, meetingRequest:* and calendar:* name meeting fields. */
    private java.util.Optional<String> elementOf(String type, String uri) {
        int colon = uri.indexOf(':');
        if (colon < 0) {
            return java.util.Optional.empty();
        }
        String prefix = uri.substring(0, colon).toLowerCase(Locale.ROOT);
        String name = uri.substring(colon + 1);
        if (!List.of("meeting", "meetingrequest", "calendar").contains(prefix)) {
            return java.util.Optional.empty();
        }
        return order(type).stream().filter(e -> e.equalsIgnoreCase(name)).findFirst();
    }

    private void writeField(XmlWriter out, PimData meeting, String name) {
        switch (name) {
            case "AssociatedCalendarItemId" -> meeting.text(MeetingMessages.ASSOCIATED_ITEM).ifPresent(number -> {
                long n = Long.parseLong(number);
                out.start("t:AssociatedCalendarItemId").attr("Id", items.itemId(n));
                items.item(n).ifPresent(calendarItem -> out.attr("ChangeKey", items.changeKey(calendarItem)));
                out.end();
            });
            case "StartTimeZone", "EndTimeZone" -> meeting.field(name).ifPresent(zone -> {
                if (SchemaVersions.atLeast(version, "Exchange2010_SP1")) {
                    TimeZoneDefinitions.write(out, name, zone.attributes().getOrDefault("Id", EwsTimeZones.UTC_ID));
                } else {
                    PimItemWriter.write(out, zone);
                }
            });
            default -> meeting.field(name).ifPresent(node -> PimItemWriter.write(out, node));
        }
    }
}
