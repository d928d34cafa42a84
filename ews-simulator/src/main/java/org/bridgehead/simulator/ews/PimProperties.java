package org.bridgehead.simulator.ews;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.XmlNode;

/**
 * The value of a calendar item's, task's or contact's property as restrictions and sort orders
 * read it: date-times as instants, numbers as longs, booleans, text; lists of addresses as names
 * and addresses.
 */
final class PimProperties {
    private static final Set<String> NUMBERS = Set.of("ReminderMinutesBeforeStart", "PercentComplete",
            "ActualWork", "TotalWork", "AppointmentSequenceNumber", "AppointmentState", "ConferenceType", "ChangeCount");

    private PimProperties() {
    }

    static Optional<Object> field(ItemState item, String uri) {
        PimSchema schema = PimSchema.byElement(item.pim().type()).orElseThrow();
        Optional<String> element = schema.elementOf(uri);
        if (element.isEmpty()) {
            return Optional.empty();
        }
        String name = element.get();
        switch (name) {
            case "ItemClass" -> {
                return Optional.of(item.pim().itemClass());
            }
            case "DateTimeCreated", "DateTimeReceived", "DateTimeSent" -> {
                return Optional.of(item.created());
            }
            case "LastModifiedTime" -> {
                return Optional.of(item.lastModified());
            }
            case "Size" -> {
                return Optional.of(item.size());
            }
            case "Categories" -> {
                return item.categories().isEmpty() ? Optional.empty() : Optional.of(List.copyOf(item.categories()));
            }
            default -> {
                return item.pim().field(name).map(PimProperties::value);
            }
        }
    }

    private static Object value(XmlNode node) {
        String name = node.name();
        if (!node.children().isEmpty()) {
            return node.children().stream().flatMap(PimProperties::texts).map(s -> (Object) s).toList();
        }
        String text = node.textOrEmpty();
        if (PimSchema.DATE_TIMES.contains(name)) {
            return Instant.parse(text);
        }
        if (NUMBERS.contains(name)) {
            return Long.parseLong(text);
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        return text;
    }

    private static java.util.stream.Stream<String> texts(XmlNode node) {
        if (node.children().isEmpty()) {
            return node.text() == null ? java.util.stream.Stream.empty() : java.util.stream.Stream.of(node.text());
        }
        return node.children().stream().flatMap(PimProperties::texts);
    }
}
