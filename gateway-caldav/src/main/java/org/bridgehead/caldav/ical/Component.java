package org.bridgehead.caldav.ical;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A BEGIN/END block (VCALENDAR, VEVENT, VALARM, VCARD …) with its properties and sub-components, in order. */
public record Component(String name, List<Property> properties, List<Component> components) {

    public Component {
        properties = List.copyOf(properties);
        components = List.copyOf(components);
    }

    public Optional<Property> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equalsIgnoreCase(propertyName)).findFirst();
    }

    public List<Property> properties(String propertyName) {
        return properties.stream().filter(p -> p.name().equalsIgnoreCase(propertyName)).toList();
    }

    public List<Component> components(String componentName) {
        return components.stream().filter(c -> c.name().equalsIgnoreCase(componentName)).toList();
    }

    public Component withProperties(List<Property> newProperties) {
        return new Component(name, newProperties, components);
    }

    public Component withComponents(List<Component> newComponents) {
        return new Component(name, properties, newComponents);
    }

    /** The component as content lines, CRLF-terminated and folded at 75 octets. */
    public String write() {
        StringBuilder out = new StringBuilder();
        write(out);
        return out.toString();
    }

    private void write(StringBuilder out) {
        ContentLines.fold(out, "BEGIN:" + name);
        for (Property property : properties) {
            ContentLines.fold(out, ContentLines.format(property));
        }
        for (Component component : components) {
            component.write(out);
        }
        ContentLines.fold(out, "END:" + name);
    }

    /** A copy without the named properties. */
    public Component without(String... propertyNames) {
        List<Property> kept = new ArrayList<>();
        outer:
        for (Property property : properties) {
            for (String dropped : propertyNames) {
                if (property.name().equalsIgnoreCase(dropped)) {
                    continue outer;
                }
            }
            kept.add(property);
        }
        return withProperties(kept);
    }
}
