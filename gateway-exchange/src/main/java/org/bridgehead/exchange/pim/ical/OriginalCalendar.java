package org.bridgehead.exchange.pim.ical;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import org.bridgehead.exchange.InvalidContentException;

/**
 * The VCALENDAR a client last stored, if it is still at hand: what is written back comes from
 * Exchange, and what Exchange cannot hold comes from here.
 */
final class OriginalCalendar {

    private static final Set<String> HEADER = Set.of("VERSION", "PRODID", "METHOD", "CALSCALE");
    private static final String PRODUCT = "-//Bridgehead//Exchange gateway//EN";

    /** ical4j's bundled zone definitions, to write a VTIMEZONE for every TZID used. */
    private static final class Registry {
        static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();
    }

    private final Optional<Calendar> calendar;
    private final String kind;

    private OriginalCalendar(Optional<Calendar> calendar, String kind) {
        this.calendar = calendar;
        this.kind = kind;
    }

    /** The client's text, parsed; text that no longer parses is treated as absent. */
    static OriginalCalendar of(Optional<String> text, String kind) {
        Optional<Calendar> parsed = Optional.empty();
        if (text.isPresent() && !text.get().isBlank()) {
            try {
                parsed = Optional.of(IcalendarParser.parse(text.get()));
            } catch (InvalidContentException e) {
                parsed = Optional.empty();
            }
        }
        return new OriginalCalendar(parsed, kind);
    }

    /** BEGIN:VCALENDAR, VERSION, PRODID, the method, and the client's own calendar properties. */
    void writeHeader(ContentLines out, Optional<String> method) {
        out.line("BEGIN:VCALENDAR");
        out.raw("VERSION", "2.0");
        out.raw("PRODID", PRODUCT);
        method.ifPresent(m -> out.raw("METHOD", m.toUpperCase(Locale.ROOT)));
        calendar.ifPresent(c -> {
            for (Property property : c.getProperties()) {
                if (!HEADER.contains(property.getName().toUpperCase(Locale.ROOT))) {
                    out.verbatim(property.toString());
                }
            }
        });
    }

    /** A VTIMEZONE for each zone named by a TZID among {@code times}. */
    void writeTimeZones(ContentLines out, Collection<DateOrTime> times) {
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (DateOrTime time : times) {
            if (!time.date() && !time.utc()) {
                zones.add(time.zone());
            }
        }
        for (ZoneId zone : zones) {
            TimeZone definition = Registry.ZONES.getTimeZone(zone.getId());
            if (definition != null) {
                out.verbatim(definition.getVTimeZone().toString());
            }
        }
    }

    /**
     * The client's component for an occurrence: the series (no RECURRENCE-ID) for an empty id,
     * else the exception whose RECURRENCE-ID is that moment.
     */
    Optional<Component> component(Optional<Instant> recurrenceId) {
        if (calendar.isEmpty()) {
            return Optional.empty();
        }
        List<Component> components = IcalValues.components(calendar.get(), kind);
        for (Component component : components) {
            Optional<Property> id = component.getProperty("RECURRENCE-ID");
            if (recurrenceId.isEmpty() && id.isEmpty()) {
                return Optional.of(component);
            }
            if (recurrenceId.isPresent() && id.isPresent() && sameMoment(id.get(), recurrenceId.get())) {
                return Optional.of(component);
            }
        }
        return Optional.empty();
    }

    private static boolean sameMoment(Property id, Instant moment) {
        try {
            DateOrTime value = IcalValues.time(id);
            return value.date() ? value.localDate().equals(moment.atZone(java.time.ZoneOffset.UTC).toLocalDate())
                    || value.instant().equals(moment) : value.instant().equals(moment);
        } catch (InvalidContentException e) {
            return false;
        }
    }
}
