package org.bridgehead.simulator.ews;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The EWS types of items that are not messages: t:CalendarItem, t:Task, t:Contact and
 * t:DistributionList, with their
 * elements in schema order (ItemType's first, then the type's own), which of them a client may
 * set, and which hold xs:dateTime values (kept in UTC, as Exchange returns them).
 */
enum PimSchema {
    CALENDAR_ITEM("CalendarItem", "IPM.Appointment", "calendar", List.of(
            "UID", "RecurrenceId", "DateTimeStamp", "Start", "End", "OriginalStart", "IsAllDayEvent",
            "LegacyFreeBusyStatus", "Location", "When", "IsMeeting", "IsCancelled", "IsRecurring",
            "MeetingRequestWasSent", "IsResponseRequested", "CalendarItemType", "MyResponseType", "Organizer",
            "RequiredAttendees", "OptionalAttendees", "Resources", "ConflictingMeetingCount", "AdjacentMeetingCount",
            "ConflictingMeetings", "AdjacentMeetings", "Duration", "TimeZone", "AppointmentReplyTime",
            "AppointmentSequenceNumber", "AppointmentState", "Recurrence", "FirstOccurrence", "LastOccurrence",
            "ModifiedOccurrences", "DeletedOccurrences", "MeetingTimeZone", "StartTimeZone", "EndTimeZone",
            "ConferenceType", "AllowNewTimeProposal", "IsOnlineMeeting", "MeetingWorkspaceUrl", "NetShowUrl",
            "EnhancedLocation", "StartWallClock", "EndWallClock", "StartTimeZoneId", "EndTimeZoneId",
            "IntendedFreeBusyStatus", "JoinOnlineMeetingUrl", "OnlineMeetingSettings", "IsOrganizer"),
            Set.of("UID", "RecurrenceId", "Start", "End", "IsAllDayEvent", "LegacyFreeBusyStatus", "Location",
                    "When", "IsResponseRequested", "RequiredAttendees", "OptionalAttendees", "Resources",
                    "Recurrence", "MeetingTimeZone", "StartTimeZone", "EndTimeZone", "ConferenceType",
                    "AllowNewTimeProposal", "IsOnlineMeeting", "MeetingWorkspaceUrl", "NetShowUrl", "EnhancedLocation",
                    "IntendedFreeBusyStatus")),
    TASK("Task", "IPM.Task", "task", List.of(
            "ActualWork", "AssignedTime", "BillingInformation", "ChangeCount", "Companies", "CompleteDate",
            "Contacts", "DelegationState", "Delegator", "DueDate", "IsAssignmentEditable", "IsComplete",
            "IsRecurring", "IsTeamTask", "Mileage", "Owner", "PercentComplete", "Recurrence", "StartDate", "Status",
            "StatusDescription", "TotalWork"),
            Set.of("ActualWork", "BillingInformation", "Companies", "CompleteDate", "Contacts", "DueDate",
                    "Mileage", "PercentComplete", "Recurrence", "StartDate", "Status", "TotalWork")),
    CONTACT("Contact", "IPM.Contact", "contacts", List.of(
            "FileAs", "FileAsMapping", "DisplayName", "GivenName", "Initials", "MiddleName", "Nickname",
            "CompleteName", "CompanyName", "EmailAddresses", "AbchEmailAddresses", "PhysicalAddresses",
            "PhoneNumbers", "AssistantName", "Birthday", "BusinessHomePage", "Children", "Companies",
            "ContactSource", "Department", "Generation", "ImAddresses", "JobTitle", "Manager", "Mileage",
            "OfficeLocation", "PostalAddressIndex", "Profession", "SpouseName", "Surname", "WeddingAnniversary",
            "HasPicture", "PhoneticFullName", "PhoneticFirstName", "PhoneticLastName", "Alias", "Notes", "Photo",
            "UserSMIMECertificate", "MSExchangeCertificate", "DirectoryId", "ManagerMailbox", "DirectReports"),
            Set.of("FileAs", "FileAsMapping", "DisplayName", "GivenName", "Initials", "MiddleName", "Nickname",
                    "CompanyName", "EmailAddresses", "PhysicalAddresses", "PhoneNumbers", "AssistantName",
                    "Birthday", "BusinessHomePage", "Children", "Companies", "Department", "Generation",
                    "ImAddresses", "JobTitle", "Manager", "Mileage", "OfficeLocation", "PostalAddressIndex",
                    "Profession", "SpouseName", "Surname", "WeddingAnniversary", "PhoneticFirstName",
                    "PhoneticLastName", "Alias", "Notes")),
    /** A personal distribution list (MS-OXWSDLIST), kept in a contacts folder beside the contacts. */
    DISTRIBUTION_LIST("DistributionList", "IPM.DistList", "distributionlist", List.of(
            "DisplayName", "FileAs", "ContactSource", "Members"),
            Set.of("DisplayName", "FileAs", "Members"));

    /** ItemType's elements, which every item type starts with. */
    static final List<String> ITEM_ELEMENTS = List.of(
            "MimeContent", "ItemId", "ParentFolderId", "ItemClass", "Subject", "Sensitivity", "Body", "Attachments",
            "DateTimeReceived", "Size", "Categories", "Importance", "InReplyTo", "IsSubmitted", "IsDraft", "IsFromMe",
            "IsResend", "IsUnmodified", "InternetMessageHeaders", "DateTimeSent", "DateTimeCreated", "ResponseObjects",
            "ReminderDueBy", "ReminderIsSet", "ReminderNextTime", "ReminderMinutesBeforeStart", "DisplayCc",
            "DisplayTo", "HasAttachments", "ExtendedProperty", "Culture", "EffectiveRights", "LastModifiedName",
            "LastModifiedTime", "IsAssociated", "WebClientReadFormQueryString", "WebClientEditFormQueryString",
            "ConversationId", "UniqueBody", "Flag");
    /** The ItemType elements a client sets on these items. */
    static final Set<String> SETTABLE_ITEM_ELEMENTS = Set.of("Subject", "Sensitivity", "Body", "Categories",
            "Importance", "InReplyTo", "ReminderDueBy", "ReminderIsSet", "ReminderMinutesBeforeStart", "Culture");
    /** Elements of type xs:dateTime. */
    static final Set<String> DATE_TIMES = Set.of("ReminderDueBy", "DateTimeStamp", "Start", "End", "OriginalStart",
            "RecurrenceId", "AppointmentReplyTime", "CompleteDate", "DueDate", "StartDate", "AssignedTime",
            "Birthday", "WeddingAnniversary", "FirstOccurrence", "LastOccurrence");
    /** Elements that need a later schema version than Exchange 2007 SP1, with the first that has them. */
    static final Map<String, String> SINCE = Map.ofEntries(
            Map.entry("StartTimeZone", "Exchange2010"), Map.entry("EndTimeZone", "Exchange2010"),
            Map.entry("LastModifiedTime", "Exchange2010"), Map.entry("IsAssociated", "Exchange2010"),
            Map.entry("ConversationId", "Exchange2010"), Map.entry("EnhancedLocation", "Exchange2013"),
            Map.entry("StartWallClock", "Exchange2013"), Map.entry("EndWallClock", "Exchange2013"),
            Map.entry("StartTimeZoneId", "Exchange2013"), Map.entry("EndTimeZoneId", "Exchange2013"),
            Map.entry("IntendedFreeBusyStatus", "Exchange2013"), Map.entry("IsOrganizer", "Exchange2013"),
            Map.entry("Flag", "Exchange2013"), Map.entry("ReminderNextTime", "Exchange2013"),
            Map.entry("HasPicture", "Exchange2010"), Map.entry("PhoneticFullName", "Exchange2010_SP2"),
            Map.entry("PhoneticFirstName", "Exchange2010_SP2"), Map.entry("PhoneticLastName", "Exchange2010_SP2"),
            Map.entry("Alias", "Exchange2010_SP2"), Map.entry("Notes", "Exchange2010_SP2"),
            Map.entry("Photo", "Exchange2010_SP2"), Map.entry("DirectoryId", "Exchange2010_SP2"),
            Map.entry("ManagerMailbox", "Exchange2010_SP2"), Map.entry("DirectReports", "Exchange2010_SP2"),
            Map.entry("UserSMIMECertificate", "Exchange2010_SP2"), Map.entry("MSExchangeCertificate", "Exchange2010_SP2"),
            Map.entry("AbchEmailAddresses", "Exchange2013"));

    private final String element;
    private final String itemClass;
    private final String uriPrefix;
    private final List<String> ownElements;
    private final Set<String> settable;

    PimSchema(String element, String itemClass, String uriPrefix, List<String> ownElements, Set<String> settable) {
        this.element = element;
        this.itemClass = itemClass;
        this.uriPrefix = uriPrefix;
        this.ownElements = ownElements;
        this.settable = settable;
    }

    String element() {
        return element;
    }

    String itemClass() {
        return itemClass;
    }

    /** Every element of the type, in schema order. */
    List<String> order() {
        List<String> all = new ArrayList<>(ITEM_ELEMENTS);
        all.addAll(ownElements);
        return all;
    }

    boolean isOwn(String name) {
        return ownElements.contains(name);
    }

    /** Whether a client may set the element (CreateItem, SetItemField). */
    boolean settable(String name) {
        return settable.contains(name) || SETTABLE_ITEM_ELEMENTS.contains(name);
    }

    boolean known(String name) {
        return ITEM_ELEMENTS.contains(name) || ownElements.contains(name);
    }

    static Optional<PimSchema> byElement(String name) {
        for (PimSchema s : values()) {
            if (s.element.equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * The element a FieldURI names, e.g. calendar:Start -> Start, item:Subject -> Subject; empty when
     * the URI belongs to another type. Indexed contact fields name their container
     * (contacts:EmailAddress -> EmailAddresses, contacts:PhysicalAddress:Street -> PhysicalAddresses).
     */
    Optional<String> elementOf(String fieldUri) {
        int colon = fieldUri.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String prefix = fieldUri.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = fieldUri.substring(colon + 1);
        if (prefix.equals("item")) {
            return ITEM_ELEMENTS.stream().filter(e -> e.equalsIgnoreCase(rest)).findFirst();
        }
        // a distribution list's name, FileAs and source are the contacts: properties (MS-OXWSDLIST)
        boolean listName = this == DISTRIBUTION_LIST && prefix.equals("contacts") && !rest.contains(":");
        if (!prefix.equals(uriPrefix) && !listName) {
            return Optional.empty();
        }
        String base = rest.contains(":") ? rest.substring(0, rest.indexOf(':')) : rest;
        String name = switch (base) {
            case "EmailAddress" -> "EmailAddresses";
            case "PhysicalAddress" -> "PhysicalAddresses";
            case "PhoneNumber" -> "PhoneNumbers";
            case "ImAddress" -> "ImAddresses";
            default -> base;
        };
        return ownElements.stream().filter(e -> e.equalsIgnoreCase(name)).findFirst();
    }

    /** Whether an element exists in a request's schema version. */
    static boolean inVersion(String name, String requestVersion) {
        String since = SINCE.get(name);
        return since == null || SchemaVersions.atLeast(requestVersion, since);
    }
}
