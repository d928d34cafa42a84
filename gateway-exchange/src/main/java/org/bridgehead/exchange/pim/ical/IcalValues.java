package org.bridgehead.exchange.pim.ical;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentContainer;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import org.bridgehead.exchange.InvalidContentException;

/**
 * Reading iCalendar values the way this backend needs them: DATE and DATE-TIME values with their
 * TZID interpreted here (by {@link TimeZones}, not ical4j's registry, so Windows names and Mozilla's
 * prefixed names work and nothing is fetched from the network), text lists, addresses.
 */
final class IcalValues {

    static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private IcalValues() {
    }

    /** A DTSTART, DTEND, DUE, RECURRENCE-ID or similar property. */
    static DateOrTime time(Property property) throws InvalidContentException {
        List<DateOrTime> values = times(property);
        if (values.size() != 1) {
            throw new InvalidContentException(property.getName() + " must hold one value", null);
        }
        return values.get(0);
    }

    /** A property that may list several comma-separated times (EXDATE). */
    static List<DateOrTime> times(Property property) throws InvalidContentException {
        boolean date = param(property, "VALUE").map("DATE"::equalsIgnoreCase).orElse(false);
        Optional<String> tzid = param(property, "TZID");
        ZoneId zone = ZoneOffset.UTC;
        if (tzid.isPresent()) {
            zone = TimeZones.resolve(tzid.get()).orElseThrow(() -> new InvalidContentException(
                    "Unknown time zone in " + property.getName() + ": " + tzid.get(), null));
        }
        List<DateOrTime> values = new ArrayList<>();
        for (String raw : property.getValue().split(",")) {
            values.add(time(property.getName(), raw.strip(), date, zone));
        }
        return values;
    }

    private static DateOrTime time(String name, String raw, boolean date, ZoneId zone) throws InvalidContentException {
        try {
            if (date || raw.length() == 8) {
                return DateOrTime.ofDate(LocalDate.parse(raw, DATE), ZoneOffset.UTC);
            }
            if (raw.endsWith("Z") || raw.endsWith("z")) {
                LocalDateTime utc = LocalDateTime.parse(raw.substring(0, raw.length() - 1), LOCAL_TIME);
                return new DateOrTime(utc.atZone(ZoneOffset.UTC), false);
            }
            // a floating time (no TZID) is read as UTC: Exchange has no floating times
            return new DateOrTime(LocalDateTime.parse(raw, LOCAL_TIME).atZone(zone), false);
        } catch (DateTimeParseException e) {
            throw new InvalidContentException("Invalid date or time in " + name + ": " + raw, e);
        }
    }

    /** The components inside a component (a VEVENT's VALARMs), in order. */
    static List<Component> children(Component component, String name) {
        List<Component> children = new ArrayList<>();
        if (component instanceof ComponentContainer<?> container) {
            for (Component child : container.getComponentList().getAll()) {
                if (name == null || name.equalsIgnoreCase(child.getName())) {
                    children.add(child);
                }
            }
        }
        return children;
    }

    /** The components of a calendar with a name (VEVENT, VTODO …), in order. */
    static List<Component> components(Calendar calendar, String name) {
        List<Component> found = new ArrayList<>();
        for (Component component : calendar.getComponentList().getAll()) {
            if (name.equalsIgnoreCase(component.getName())) {
                found.add(component);
            }
        }
        return found;
    }

    static Optional<String> param(Property property, String name) {
        Optional<Parameter> parameter = property.getParameter(name);
        return parameter.map(Parameter::getValue).filter(v -> !v.isEmpty());
    }

    /** The address of a CAL-ADDRESS value, without {@code mailto:}. */
    static String address(String calAddress) {
        String value = calAddress.strip();
        if (value.regionMatches(true, 0, "mailto:", 0, 7)) {
            value = value.substring(7);
        }
        return value;
    }

    /** The items of a comma-separated text list; {@code \,} is a comma inside an item. */
    static List<String> textList(String value) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                current.append(value.charAt(++i));
            } else if (c == ',') {
                items.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        items.add(current.toString().strip());
        items.removeIf(String::isEmpty);
        return items;
    }

    static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }
}
