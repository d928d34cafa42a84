package org.bridgehead.simulator.store;

import java.util.Map;
import java.util.Optional;

/**
 * The properties of an item that is not a message (a calendar item, a task, a contact), kept as
 * the elements of its EWS type: the store holds them, the EWS layer reads and writes them.
 *
 * @param type      the EWS element, e.g. CalendarItem, Task, Contact
 * @param itemClass the item's message class, e.g. IPM.Appointment
 * @param fields    the item's properties by element name (schema order is the writer's business)
 */
public record PimData(String type, String itemClass, Map<String, XmlNode> fields) {

    public PimData {
        fields = Map.copyOf(fields);
    }

    public Optional<XmlNode> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The text of a leaf field, if set. */
    public Optional<String> text(String name) {
        return field(name).map(XmlNode::text);
    }

    /** Size in bytes as Size reports it: the properties' size. */
    public int size() {
        return fields.values().stream().mapToInt(XmlNode::approximateSize).sum();
    }
}
