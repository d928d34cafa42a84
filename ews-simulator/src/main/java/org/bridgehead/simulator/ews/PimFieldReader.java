package org.bridgehead.simulator.ews;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.simulator.soap.SoapFaultException;
import org.bridgehead.simulator.store.XmlNode;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Reads the properties of a t:CalendarItem, t:Task or t:Contact in a request (CreateItem's item,
 * SetItemField's value) as the store keeps them: schema-checked, read-only properties refused
 * (ErrorInvalidPropertySet), booleans in their canonical form, date-times in UTC. A date-time
 * without an offset is read in the item's StartTimeZone (EndTimeZone for End), else in the
 * request's TimeZoneContext, else in UTC, as Exchange reads it.
 */
final class PimFieldReader {
    private static final Set<String> BOOLEANS = Set.of("IsAllDayEvent", "IsResponseRequested",
            "AllowNewTimeProposal", "IsOnlineMeeting", "ReminderIsSet");
    private static final Set<String> INTEGERS = Set.of("ReminderMinutesBeforeStart", "ActualWork", "TotalWork",
            "ConferenceType");
    /** xs:double in the schema: ews-java-api writes {@code 0.0}; Exchange answers whole numbers without a fraction. */
    private static final Set<String> DOUBLES = Set.of("PercentComplete");
    private static final Map<String, Set<String>> CHOICES = Map.of(
            "LegacyFreeBusyStatus", Set.of("Free", "Tentative", "Busy", "OOF", "WorkingElsewhere", "NoData"),
            "IntendedFreeBusyStatus", Set.of("Free", "Tentative", "Busy", "OOF", "WorkingElsewhere", "NoData"),
            "Sensitivity", Set.of("Normal", "Personal", "Private", "Confidential"),
            "Importance", Set.of("Low", "Normal", "High"),
            "Status", Set.of("NotStarted", "InProgress", "Completed", "WaitingOnOthers", "Deferred"),
            "PostalAddressIndex", Set.of("Business", "Home", "Other", "None"));

    private final PimSchema schema;
    private final ZoneId context;

    PimFieldReader(PimSchema schema, ZoneId context) {
        this.schema = schema;
        this.context = context;
    }

    /** The fields of a request item, by element name; ExtendedProperty and MimeContent are left to the caller. */
    Map<String, XmlNode> read(Element item) throws EwsError, SoapFaultException {
        ZoneId start = zone(item, "StartTimeZone").or(() -> zoneOrEmpty(item, "MeetingTimeZone")).orElse(context);
        ZoneId end = zone(item, "EndTimeZone").orElse(start);
        Map<String, XmlNode> fields = new LinkedHashMap<>();
        for (Element e : Dom.children(item)) {
            String name = e.getLocalName();
            if (name.equals("ExtendedProperty") || name.equals("MimeContent")) {
                continue;
            }
            if (!schema.known(name)) {
                throw Dom.schemaViolation("The element '" + name + "' is not expected in " + schema.element());
            }
            if (!schema.settable(name)) {
                throw new EwsError("ErrorInvalidPropertySet", "Set action is invalid for property.");
            }
            fields.put(name, normalize(node(e), name.equals("End") ? end : start));
        }
        return fields;
    }

    private Optional<ZoneId> zone(Element item, String element) throws EwsError {
        Optional<Element> e = Dom.child(item, element);
        return e.isPresent() ? Optional.of(EwsTimeZones.read(e.get())) : Optional.empty();
    }

    private Optional<ZoneId> zoneOrEmpty(Element item, String element) {
        try {
            return zone(item, element);
        } catch (EwsError e) {
            return Optional.empty();
        }
    }

    private XmlNode normalize(XmlNode node, ZoneId zone) throws SoapFaultException {
        String name = node.name();
        String text = node.textOrEmpty().trim();
        if (PimSchema.DATE_TIMES.contains(name)) {
            return node.withText(ItemWriter.time(instant(text, zone, name)));
        }
        if (BOOLEANS.contains(name)) {
            return node.withText(String.valueOf(XsBoolean.read(text, name)));
        }
        if (DOUBLES.contains(name)) {
            try {
                double value = Double.parseDouble(text);
                return node.withText(value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
            } catch (NumberFormatException e) {
                throw Dom.schemaViolation("'" + text + "' is not a valid value for " + name);
            }
        }
        if (INTEGERS.contains(name)) {
            try {
                return node.withText(String.valueOf(Integer.parseInt(text)));
            } catch (NumberFormatException e) {
                throw Dom.schemaViolation("'" + text + "' is not a valid value for " + name);
            }
        }
        Set<String> choices = CHOICES.get(name);
        if (choices != null && !choices.contains(text)) {
            throw Dom.schemaViolation("'" + text + "' is not a valid value for " + name);
        }
        return node;
    }

    /** An xs:dateTime (or xs:date, as contacts' Birthday may be given) as an instant. */
    static Instant instant(String text, ZoneId zone, String name) throws SoapFaultException {
        try {
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(zone).toInstant();
            }
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw Dom.schemaViolation("'" + text + "' is not a valid xs:dateTime for " + name);
        }
    }

    /** A request element as a tree: local names, attributes other than namespace declarations, leaf text. */
    static XmlNode node(Element e) {
        Map<String, String> attributes = new LinkedHashMap<>();
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            String n = a.getLocalName() != null ? a.getLocalName() : a.getName();
            if (!a.getName().startsWith("xmlns") && !"http://www.w3.org/2001/XMLSchema-instance".equals(a.getNamespaceURI())) {
                attributes.put(n, a.getValue());
            }
        }
        List<Element> kids = Dom.children(e);
        if (kids.isEmpty()) {
            return new XmlNode(e.getLocalName(), attributes, e.getTextContent(), List.of());
        }
        List<XmlNode> children = new ArrayList<>();
        kids.forEach(k -> children.add(node(k)));
        return new XmlNode(e.getLocalName(), attributes, null, children);
    }
}
