package org.bridgehead.simulator.ews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.simulator.store.EmailAddress;
import org.bridgehead.simulator.store.PimData;
import org.bridgehead.simulator.store.XmlNode;

/** The organizer and attendees of a calendar item's properties, and an attendee's recorded response. */
final class Attendees {
    static final List<String> LISTS = List.of("RequiredAttendees", "OptionalAttendees", "Resources");

    private Attendees() {
    }

    static Optional<EmailAddress> organizer(Map<String, XmlNode> fields) {
        return Optional.ofNullable(fields.get("Organizer")).flatMap(o -> o.child("Mailbox")).map(Attendees::address);
    }

    /** Every attendee of the lists, in order, each once. */
    static List<EmailAddress> all(PimData pim) {
        List<EmailAddress> result = new ArrayList<>();
        for (String list : LISTS) {
            for (EmailAddress a : of(pim, list)) {
                if (result.stream().noneMatch(r -> r.sameAddress(a.address()))) {
                    result.add(a);
                }
            }
        }
        return result;
    }

    /** The attendees of one list. */
    static List<EmailAddress> of(PimData pim, String list) {
        return pim.field(list).map(l -> l.children("Attendee").stream()
                .map(a -> address(a.child("Mailbox").orElse(XmlNode.of("Mailbox", List.of())))).toList())
                .orElse(List.of());
    }

    static boolean contains(List<EmailAddress> addresses, EmailAddress address) {
        return addresses.stream().anyMatch(a -> a.sameAddress(address.address()));
    }

    /** The properties with one attendee's ResponseType and LastResponseTime set, as the organizer's item records a response. */
    static PimData withResponse(PimData pim, String address, String responseType, Instant time) {
        Map<String, XmlNode> fields = new LinkedHashMap<>(pim.fields());
        for (String list : LISTS) {
            XmlNode node = fields.get(list);
            if (node == null) {
                continue;
            }
            List<XmlNode> attendees = new ArrayList<>();
            for (XmlNode a : node.children()) {
                boolean responder = a.child("Mailbox").map(Attendees::address).map(m -> m.sameAddress(address))
                        .orElse(false);
                attendees.add(responder ? a.withChild(XmlNode.leaf("ResponseType", responseType))
                        .withChild(XmlNode.leaf("LastResponseTime", ItemWriter.time(time))) : a);
            }
            fields.put(list, node.withChildren(attendees));
        }
        return new PimData(pim.type(), pim.itemClass(), fields);
    }

    /** The properties with only the given attendee in the lists, as a response's iCalendar names the responder. */
    static PimData onlyResponder(PimData pim, String address, String responseType) {
        Map<String, XmlNode> fields = new LinkedHashMap<>(pim.fields());
        for (String list : LISTS) {
            XmlNode node = fields.remove(list);
            if (node == null) {
                continue;
            }
            List<XmlNode> kept = node.children().stream()
                    .filter(a -> a.child("Mailbox").map(Attendees::address).map(m -> m.sameAddress(address)).orElse(false))
                    .map(a -> a.withChild(XmlNode.leaf("ResponseType", responseType))).toList();
            if (!kept.isEmpty()) {
                fields.put(list, node.withChildren(kept));
            }
        }
        return new PimData(pim.type(), pim.itemClass(), fields);
    }

    private static EmailAddress address(XmlNode mailbox) {
        return new EmailAddress(mailbox.childText("Name").orElse(""), mailbox.childText("EmailAddress").orElse(""));
    }
}
