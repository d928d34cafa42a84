package org.bridgehead.simulator.ews;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bridgehead.simulator.soap.XmlWriter;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.PimData;
import org.bridgehead.simulator.store.XmlNode;

/**
 * Writes calendar items, tasks and contacts in a requested shape, their elements in schema order.
 * IdOnly writes the id; Default leaves out what Exchange keeps for a single-item request
 * (body, attendees, recurrence, time zone definitions) when listing (FindItem, syncs); Categories
 * come with AllProperties or when asked for.
 */
final class PimItemWriter {
    /** What FindItem's and SyncFolderItems' Default shape leaves out. */
    private static final Set<String> DETAIL = Set.of("Body", "Attachments", "RequiredAttendees",
            "OptionalAttendees", "Resources", "Recurrence", "ModifiedOccurrences", "DeletedOccurrences",
            "FirstOccurrence", "LastOccurrence", "MeetingTimeZone", "StartTimeZone", "EndTimeZone", "Notes",
            "Photo", "DirectReports", "ManagerMailbox", "UserSMIMECertificate", "MSExchangeCertificate", "Members",
            "EnhancedLocation");
    /** What only AllProperties or an explicit request gives. */
    private static final Set<String> ALL_ONLY = Set.of("Categories", "MimeContent");

    private final ItemWriter items;
    private final String version;
    private final SeriesWriter series;

    PimItemWriter(ItemWriter items, String version) {
        this.items = items;
        this.version = version == null ? "Exchange2007_SP1" : version;
        this.series = new SeriesWriter(items);
    }

    /** Writes the item as a bare id, as CreateItem, UpdateItem, MoveItem and CopyItem answer. */
    void writeIdOnly(XmlWriter out, ItemState item) {
        out.start("t:" + item.pim().type());
        items.writeId(out, item);
        out.end();
    }

    void write(XmlWriter out, ItemState item, ItemShape shape, boolean detailed) {
        PimData pim = item.pim();
        PimSchema schema = PimSchema.byElement(pim.type()).orElseThrow();
        Set<String> wanted = wanted(schema, pim, shape, detailed);
        out.start("t:" + pim.type());
        for (String name : schema.order()) {
            if (!wanted.contains(name) || !PimSchema.inVersion(name, version)) {
                continue;
            }
            writeField(out, item, schema, name, shape);
        }
        out.end();
    }

    private void writeField(XmlWriter out, ItemState item, PimSchema schema, String name, ItemShape shape) {
        PimData pim = item.pim();
        switch (name) {
            case "MimeContent" -> {
                if (schema == PimSchema.CALENDAR_ITEM) {
                    byte[] ics = CalendarMime.write(item, items.mailboxAddress()).getBytes(StandardCharsets.UTF_8);
                    out.start("t:MimeContent").attr("CharacterSet", "UTF-8")
                            .text(Base64.getEncoder().encodeToString(ics)).end();
                }
            }
            case "ItemId" -> items.writeId(out, item);
            case "ParentFolderId" -> items.writeParentFolderId(out, item);
            case "ItemClass" -> out.element("t:ItemClass", pim.itemClass());
            case "DateTimeReceived", "DateTimeSent" -> out.element("t:" + name, ItemWriter.time(item.created()));
            case "DateTimeCreated" -> out.element("t:DateTimeCreated", ItemWriter.time(item.created()));
            case "LastModifiedTime" -> out.element("t:LastModifiedTime", ItemWriter.time(item.lastModified()));
            case "Size" -> out.element("t:Size", item.size());
            case "IsSubmitted", "IsDraft", "IsResend", "IsAssociated" -> out.element("t:" + name, false);
            case "HasAttachments" -> out.element("t:HasAttachments", pim.field(PimAttachments.FIELD).isPresent());
            case "Attachments" -> PimAttachments.writeList(out, items.mailbox(), item,
                    SchemaVersions.atLeast(version, "Exchange2010"));
            case "IsFromMe" -> out.element("t:IsFromMe", false);
            case "IsUnmodified" -> out.element("t:IsUnmodified", false);
            case "DisplayTo" -> out.element("t:DisplayTo", names(pim, "RequiredAttendees"));
            case "DisplayCc" -> out.element("t:DisplayCc", names(pim, "OptionalAttendees"));
            case "ExtendedProperty" -> items.writeExtendedProperties(out, item, shape.additional());
            case "FirstOccurrence", "LastOccurrence", "ModifiedOccurrences" -> series.write(out, item, name);
            case "StartTimeZone", "EndTimeZone" -> pim.field(name).ifPresent(zone -> {
                if (SchemaVersions.atLeast(version, "Exchange2010_SP1")) {
                    TimeZoneDefinitions.write(out, name, zone.attributes().getOrDefault("Id", EwsTimeZones.UTC_ID));
                } else {
                    write(out, zone);
                }
            });
            default -> pim.field(name).ifPresent(node -> write(out, node));
        }
    }

    private Set<String> wanted(PimSchema schema, PimData pim, ItemShape shape, boolean detailed) {
        Set<String> wanted = new HashSet<>();
        wanted.add("ItemId");
        if (shape.baseShape() != FolderShape.BaseShape.ID_ONLY) {
            for (String name : schema.order()) {
                boolean all = shape.baseShape() == FolderShape.BaseShape.ALL_PROPERTIES;
                if ((all || !ALL_ONLY.contains(name)) && (detailed || all || !DETAIL.contains(name))) {
                    wanted.add(name);
                }
            }
            if (!pim.field(PimAttachments.FIELD).isPresent()) {
                wanted.remove("Attachments");
            }
            wanted.removeAll(Set.of("ResponseObjects", "InternetMessageHeaders", "EffectiveRights",
                    "ConversationId", "Flag", "UniqueBody", "WebClientReadFormQueryString",
                    "WebClientEditFormQueryString", "LastModifiedName", "InReplyTo", "ReminderNextTime",
                    "MimeContent"));
        }
        if (shape.includeMimeContent()) {
            wanted.add("MimeContent");
        }
        if (!shape.additional().isEmpty()) {
            wanted.add("ExtendedProperty");
        }
        for (PropertyPath path : shape.additional()) {
            if (path instanceof PropertyPath.Field field) {
                schema.elementOf(field.uri()).ifPresent(wanted::add);
            }
        }
        return wanted;
    }

    private static String names(PimData pim, String list) {
        return pim.field(list).map(l -> l.children("Attendee").stream()
                .map(a -> a.child("Mailbox").flatMap(m -> m.childText("Name")).orElse(""))
                .collect(Collectors.joining("; "))).orElse("");
    }

    /** Writes a stored element tree with the types prefix. */
    static void write(XmlWriter out, XmlNode node) {
        out.start("t:" + node.name());
        for (Map.Entry<String, String> a : node.attributes().entrySet()) {
            out.attr(a.getKey(), a.getValue());
        }
        if (node.children().isEmpty()) {
            if (node.text() != null) {
                out.text(node.text());
            }
        } else {
            List<XmlNode> children = node.children();
            children.forEach(c -> write(out, c));
        }
        out.end();
    }
}
