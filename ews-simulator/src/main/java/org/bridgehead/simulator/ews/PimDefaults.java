package org.bridgehead.simulator.ews;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.Directory;
import org.bridgehead.simulator.store.Person;
import org.bridgehead.simulator.store.XmlNode;

/**
 * What Exchange fills in on a calendar item, task or contact besides what the client set: the
 * defaults of a new item, and the properties derived from others (organizer, meeting state,
 * duration, a task's completion, a contact's display name and FileAs), recomputed on every change.
 */
final class PimDefaults {
    /** The prefix of the UIDs Exchange gives calendar items (a GlobalObjectId in hex). */
    private static final String UID_PREFIX = "040000008200E00074C5B7101A82E00800000000";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Account owner;
    private final Directory directory;
    private final Instant now;

    PimDefaults(Account owner, Directory directory, Instant now) {
        this.owner = owner;
        this.directory = directory;
        this.now = now;
    }

    /** Completes the fields of a new item (in place). */
    void create(PimSchema schema, Map<String, XmlNode> fields, ZoneId zone) {
        put(fields, "Sensitivity", "Normal");
        put(fields, "Importance", "Normal");
        put(fields, "Culture", "en-US");
        switch (schema) {
            case CALENDAR_ITEM -> {
                put(fields, "UID", UID_PREFIX + HexFormat.of().withUpperCase().formatHex(randomBytes()));
                fields.put("DateTimeStamp", XmlNode.leaf("DateTimeStamp", ItemWriter.time(now)));
                put(fields, "ReminderIsSet", "true");
                put(fields, "ReminderMinutesBeforeStart", "15");
                put(fields, "IsAllDayEvent", "false");
                put(fields, "LegacyFreeBusyStatus", "Busy");
                put(fields, "IsResponseRequested", "true");
                put(fields, "AllowNewTimeProposal", "true");
                put(fields, "IsOnlineMeeting", "false");
                put(fields, "ConferenceType", "0");
                put(fields, "MeetingRequestWasSent", "false");
                put(fields, "AppointmentSequenceNumber", "0");
                fields.put("Organizer", XmlNode.of("Organizer", List.of(mailbox(owner.displayName(), owner.address()))));
                String start = ItemWriter.time(now.plus(Duration.ofMinutes(30)));
                put(fields, "Start", start);
                put(fields, "End", ItemWriter.time(Instant.parse(fields.get("Start").text()).plus(Duration.ofMinutes(30))));
                String windowsId = EwsTimeZones.windowsIdOf(zone);
                if (!fields.containsKey("StartTimeZone")) {
                    fields.put("StartTimeZone", timeZone("StartTimeZone", windowsId));
                }
                if (!fields.containsKey("EndTimeZone")) {
                    fields.put("EndTimeZone", timeZone("EndTimeZone",
                            fields.get("StartTimeZone").attributes().getOrDefault("Id", windowsId)));
                }
            }
            case TASK -> {
                put(fields, "ReminderIsSet", "false");
                put(fields, "Status", "NotStarted");
                put(fields, "PercentComplete", "0");
                put(fields, "ChangeCount", "1");
                put(fields, "DelegationState", "NoMatch");
                put(fields, "IsAssignmentEditable", "0");
                put(fields, "IsTeamTask", "false");
                put(fields, "Owner", owner.displayName());
            }
            case CONTACT -> {
                put(fields, "ContactSource", "Store");
                put(fields, "PostalAddressIndex", "None");
            }
            case DISTRIBUTION_LIST -> put(fields, "ContactSource", "Store");
        }
    }

    /** Recomputes the derived fields (in place), after creation and after every change. */
    void derive(PimSchema schema, Map<String, XmlNode> fields) throws EwsError {
        switch (schema) {
            case CALENDAR_ITEM -> deriveCalendar(fields);
            case TASK -> deriveTask(fields);
            case CONTACT -> deriveContact(fields);
            case DISTRIBUTION_LIST -> deriveDistributionList(fields);
        }
    }

    private void deriveCalendar(Map<String, XmlNode> fields) {
        for (String list : List.of("RequiredAttendees", "OptionalAttendees", "Resources")) {
            if (fields.containsKey(list)) {
                fields.put(list, completeAttendees(fields.get(list)));
            }
        }
        boolean meeting = List.of("RequiredAttendees", "OptionalAttendees", "Resources").stream()
                .anyMatch(l -> fields.containsKey(l) && !fields.get(l).children().isEmpty());
        boolean recurring = fields.containsKey("Recurrence");
        fields.put("IsMeeting", XmlNode.leaf("IsMeeting", String.valueOf(meeting)));
        put(fields, "IsCancelled", "false");
        boolean organizer = Attendees.organizer(fields).map(o -> o.sameAddress(owner.address())).orElse(true);
        boolean cancelled = "true".equals(fields.get("IsCancelled").text());
        // Exchange reports IsRecurring for occurrences and exceptions only, not for the master
        put(fields, "IsRecurring", "false");
        if (!fields.containsKey("OriginalStart") && !fields.containsKey("RecurrenceId")) {
            fields.put("CalendarItemType", XmlNode.leaf("CalendarItemType", recurring ? "RecurringMaster" : "Single"));
        }
        put(fields, "MyResponseType", organizer ? "Organizer" : "NoResponseReceived");
        // MS-OXOCAL PidLidAppointmentStateFlags: meeting 1, received 2, cancelled 4
        int state = meeting ? 1 | (organizer ? 0 : 2) | (cancelled ? 4 : 0) : 0;
        fields.put("AppointmentState", XmlNode.leaf("AppointmentState", String.valueOf(state)));
        Instant start = Instant.parse(fields.get("Start").text());
        Instant end = Instant.parse(fields.get("End").text());
        fields.put("Duration", XmlNode.leaf("Duration", Duration.between(start, end).toString()));
        if (!fields.containsKey("ReminderDueBy")) {
            fields.put("ReminderDueBy", XmlNode.leaf("ReminderDueBy", ItemWriter.time(start)));
        }
        for (String zone : List.of("StartTimeZone", "EndTimeZone")) {
            if (fields.containsKey(zone)) {
                String id = fields.get(zone).attributes().getOrDefault("Id", "");
                String idElement = zone + "Id";
                fields.put(idElement, XmlNode.leaf(idElement, id));
            }
        }
        fields.put("IsOrganizer", XmlNode.leaf("IsOrganizer", String.valueOf(organizer)));
    }

    private static void deriveTask(Map<String, XmlNode> fields) {
        String status = fields.get("Status").text();
        int percent = (int) Math.round(Double.parseDouble(fields.get("PercentComplete").text()));
        if (percent == 100 || "Completed".equals(status)) {
            status = "Completed";
            percent = 100;
        } else if (percent > 0 && "NotStarted".equals(status)) {
            status = "InProgress";
        }
        boolean complete = status.equals("Completed");
        fields.put("Status", XmlNode.leaf("Status", status));
        fields.put("PercentComplete", XmlNode.leaf("PercentComplete", String.valueOf(percent)));
        fields.put("IsComplete", XmlNode.leaf("IsComplete", String.valueOf(complete)));
        if (!complete) {
            fields.remove("CompleteDate");
        }
        fields.put("IsRecurring", XmlNode.leaf("IsRecurring", String.valueOf(fields.containsKey("Recurrence"))));
        fields.put("StatusDescription", XmlNode.leaf("StatusDescription", switch (status) {
            case "NotStarted" -> "Not Started";
            case "InProgress" -> "In Progress";
            case "WaitingOnOthers" -> "Waiting on someone else";
            default -> status;
        }));
    }

    private void deriveTaskCompletion(Map<String, XmlNode> fields) {
        if ("true".equals(fields.get("IsComplete").text()) && !fields.containsKey("CompleteDate")) {
            fields.put("CompleteDate", XmlNode.leaf("CompleteDate", ItemWriter.time(now)));
        }
    }

    /** A task marked complete without a date completes now, as Exchange records it. */
    void completeTask(PimSchema schema, Map<String, XmlNode> fields) {
        if (schema == PimSchema.TASK) {
            deriveTaskCompletion(fields);
        }
    }

    /** A list is filed under its name, as Exchange files it; its members get their keys. */
    private static void deriveDistributionList(Map<String, XmlNode> fields) throws EwsError {
        if (!fields.containsKey("FileAs")) {
            fields.put("FileAs", XmlNode.leaf("FileAs", text(fields, "DisplayName")));
        }
        if (fields.containsKey("Members")) {
            fields.put("Members", DistributionMembers.complete(fields.get("Members")));
        }
        fields.put("Subject", XmlNode.leaf("Subject", text(fields, "DisplayName")));
    }

    private static void deriveContact(Map<String, XmlNode> fields) {
        String given = text(fields, "GivenName");
        String middle = text(fields, "MiddleName");
        String surname = text(fields, "Surname");
        String joined = String.join(" ", List.of(given, middle, surname).stream().filter(s -> !s.isEmpty()).toList());
        if (!fields.containsKey("DisplayName")) {
            String display = !joined.isEmpty() ? joined : text(fields, "CompanyName");
            if (!display.isEmpty()) {
                fields.put("DisplayName", XmlNode.leaf("DisplayName", display));
            }
        }
        if (!fields.containsKey("FileAs")) {
            String fileAs = !surname.isEmpty() && !given.isEmpty() ? surname + ", " + given
                    : !joined.isEmpty() ? joined : text(fields, "DisplayName");
            fields.put("FileAs", XmlNode.leaf("FileAs", fileAs));
        }
        List<XmlNode> complete = new ArrayList<>();
        addLeaf(complete, "FirstName", given);
        addLeaf(complete, "MiddleName", middle);
        addLeaf(complete, "LastName", surname);
        addLeaf(complete, "Suffix", text(fields, "Generation"));
        addLeaf(complete, "Initials", text(fields, "Initials"));
        addLeaf(complete, "FullName", text(fields, "DisplayName"));
        addLeaf(complete, "Nickname", text(fields, "Nickname"));
        fields.put("CompleteName", XmlNode.of("CompleteName", complete));
        fields.put("HasPicture", XmlNode.leaf("HasPicture", String.valueOf(PimAttachments.hasContactPhoto(fields))));
    }

    /**
     * Exchange resolves attendees on save: a known address gets its directory name, every one gets
     * RoutingType SMTP and a MailboxType, and a ResponseType of Unknown until the attendee answers.
     */
    private XmlNode completeAttendees(XmlNode list) {
        List<XmlNode> attendees = new ArrayList<>();
        for (XmlNode attendee : list.children("Attendee")) {
            XmlNode mailbox = attendee.child("Mailbox").orElse(XmlNode.of("Mailbox", List.of()));
            String address = mailbox.childText("EmailAddress").orElse("");
            Optional<Person> person = directory.find(address);
            String name = mailbox.childText("Name").filter(n -> !n.isBlank())
                    .orElse(person.map(Person::displayName).orElse(address));
            List<XmlNode> parts = new ArrayList<>();
            XmlNode completed = mailbox(name, person.map(Person::address).orElse(address));
            parts.add(completed.withChild(XmlNode.leaf("MailboxType", person.isPresent() ? "Mailbox" : "OneOff")));
            parts.add(XmlNode.leaf("ResponseType", attendee.childText("ResponseType").orElse("Unknown")));
            attendee.child("LastResponseTime").ifPresent(parts::add);
            attendees.add(XmlNode.of("Attendee", parts));
        }
        return list.withChildren(attendees);
    }

    static XmlNode mailbox(String name, String address) {
        return XmlNode.of("Mailbox", List.of(XmlNode.leaf("Name", name), XmlNode.leaf("EmailAddress", address),
                XmlNode.leaf("RoutingType", "SMTP")));
    }

    static XmlNode timeZone(String element, String windowsId) {
        return new XmlNode(element, Map.of("Id", windowsId), null, List.of());
    }

    private static void put(Map<String, XmlNode> fields, String name, String value) {
        fields.putIfAbsent(name, XmlNode.leaf(name, value));
    }

    private static void addLeaf(List<XmlNode> into, String name, String value) {
        if (!value.isEmpty()) {
            into.add(XmlNode.leaf(name, value));
        }
    }

    private static String text(Map<String, XmlNode> fields, String name) {
        XmlNode n = fields.get(name);
        return n == null || n.text() == null ? "" : n.text().trim();
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }
}
