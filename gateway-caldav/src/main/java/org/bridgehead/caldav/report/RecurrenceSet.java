package org.bridgehead.caldav.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgehead.caldav.ical.Component;
import org.bridgehead.caldav.ical.IcalTime;
import org.bridgehead.caldav.ical.Property;
import org.bridgehead.caldav.ical.Recurrences;
import org.bridgehead.caldav.ical.TimeRange;

/**
 * CALDAV:expand and CALDAV:limit-recurrence-set (RFC 4791 9.6.5, 9.6.6) on one calendar object.
 * Expanded occurrences are written in UTC without VTIMEZONE, each with its RECURRENCE-ID; an
 * override (a component with RECURRENCE-ID) replaces the occurrence it names.
 */
final class RecurrenceSet {

    /** What the client asked: expand, or else limit, to the range. */
    record Shape(boolean expand, TimeRange range) {
    }

    private RecurrenceSet() {
    }

    static Component shape(Component calendar, Shape shape) {
        List<Component> out = new ArrayList<>();
        Map<Instant, Component> overrides = new HashMap<>();
        Component master = null;
        for (Component component : calendar.components()) {
            if (component.name().equals("VTIMEZONE")) {
                if (!shape.expand()) {
                    out.add(component);
                }
                continue;
            }
            Optional<Instant> recurrenceId = component.property("RECURRENCE-ID").flatMap(IcalTime::instant);
            if (recurrenceId.isPresent()) {
                overrides.put(recurrenceId.get(), component);
            } else if (master == null && (component.name().equals("VEVENT") || component.name().equals("VTODO"))) {
                master = component;
            } else {
                out.add(component);
            }
        }
        if (shape.expand()) {
            out.addAll(expanded(master, overrides, shape.range()));
        } else {
            if (master != null) {
                out.add(master);
            }
            overrides.values().stream().filter(o -> touches(o, shape.range())).forEach(out::add);
        }
        return calendar.withComponents(out);
    }

    private static List<Component> expanded(Component master, Map<Instant, Component> overrides, TimeRange range) {
        List<Component> instances = new ArrayList<>();
        if (master != null) {
            Duration length = length(master);
            boolean recurring = master.property("RRULE").isPresent() || master.property("RDATE").isPresent();
            for (Instant start : Recurrences.starts(master, range.end())) {
                if (overrides.containsKey(start)) {
                    continue;
                }
                Instant end = start.plus(length);
                if (range.overlaps(start, end)) {
                    instances.add(instance(master, start, end, recurring));
                }
            }
        }
        for (Component override : overrides.values()) {
            if (range.matches(override)) {
                instances.add(inUtc(override));
            }
        }
        instances.sort((a, b) -> start(a).compareTo(start(b)));
        return instances;
    }

    private static Component instance(Component master, Instant start, Instant end, boolean recurring) {
        boolean allDay = master.property("DTSTART").map(IcalTime::isDate).orElse(false);
        List<Property> properties = new ArrayList<>();
        for (Property property : master.without("RRULE", "RDATE", "EXDATE", "EXRULE", "DTSTART", "DTEND", "DURATION",
                "DUE").properties()) {
            properties.add(property);
        }
        properties.add(time("DTSTART", start, allDay));
        if (master.name().equals("VTODO") && master.property("DUE").isPresent()) {
            properties.add(time("DUE", end, allDay));
        } else if (master.property("DTEND").isPresent() || master.property("DURATION").isPresent()) {
            properties.add(time("DTEND", end, allDay));
        }
        if (recurring) {
            properties.add(time("RECURRENCE-ID", start, allDay));
        }
        return master.withProperties(properties);
    }

    private static Component inUtc(Component component) {
        List<Property> properties = new ArrayList<>();
        for (Property property : component.properties()) {
            boolean dated = property.name().equals("DTSTART") || property.name().equals("DTEND")
                    || property.name().equals("RECURRENCE-ID") || property.name().equals("DUE");
            Optional<Instant> at = dated && !IcalTime.isDate(property) ? IcalTime.instant(property) : Optional.empty();
            properties.add(at.isPresent() ? time(property.name(), at.get(), false) : property);
        }
        return component.withProperties(properties);
    }

    private static Property time(String name, Instant at, boolean allDay) {
        String utc = IcalTime.utc(at);
        return allDay ? new Property("", name, Map.of("VALUE", List.of("DATE")), utc.substring(0, 8))
                : new Property("", name, Map.of(), utc);
    }

    private static boolean touches(Component override, TimeRange range) {
        Optional<Instant> recurrenceId = override.property("RECURRENCE-ID").flatMap(IcalTime::instant);
        return range.matches(override) || recurrenceId.map(at -> range.overlaps(at, at)).orElse(false);
    }

    private static Duration length(Component component) {
        Optional<Instant> start = component.property("DTSTART").flatMap(IcalTime::instant);
        Optional<Instant> end = component.property("DTEND").or(() -> component.property("DUE")).flatMap(IcalTime::instant);
        if (start.isPresent() && end.isPresent()) {
            return Duration.between(start.get(), end.get());
        }
        Optional<Duration> duration = component.property("DURATION").flatMap(p -> IcalTime.duration(p.value()));
        if (duration.isPresent()) {
            return duration.get();
        }
        return component.property("DTSTART").map(IcalTime::isDate).orElse(false) ? Duration.ofDays(1) : Duration.ZERO;
    }

    private static Instant start(Component component) {
        return component.property("DTSTART").flatMap(IcalTime::instant).orElse(Instant.EPOCH);
    }
}
