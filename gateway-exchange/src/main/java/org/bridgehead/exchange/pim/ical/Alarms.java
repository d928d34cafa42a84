package org.bridgehead.exchange.pim.ical;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.bridgehead.exchange.InvalidContentException;

/** VALARM <-> Exchange's single reminder, which is a number of minutes before the start. */
final class Alarms {

    private Alarms() {
    }

    /**
     * The alarm's trigger as minutes before {@code start}: relative to the start or the end
     * (RELATED=END), or absolute (VALUE=DATE-TIME). An alarm after the start reads as 0; an alarm
     * without a trigger reads as none.
     */
    static Optional<Integer> minutesBefore(Component alarm, DateOrTime start, DateOrTime end)
            throws InvalidContentException {
        Optional<Instant> at = triggerTime(alarm, start, end);
        return at.map(instant -> (int) Math.max(0, Duration.between(instant, start.instant()).toMinutes()));
    }

    /** When the alarm goes off, or empty if it has no trigger. */
    static Optional<Instant> triggerTime(Component alarm, DateOrTime start, DateOrTime end)
            throws InvalidContentException {
        Optional<Property> trigger = alarm.getProperty("TRIGGER");
        if (trigger.isEmpty() || trigger.get().getValue().isBlank()) {
            return Optional.empty();
        }
        Property property = trigger.get();
        boolean absolute = IcalValues.param(property, "VALUE").map("DATE-TIME"::equalsIgnoreCase).orElse(false)
                || !property.getValue().strip().toUpperCase(Locale.ROOT).replace("-", "").replace("+", "")
                .startsWith("P");
        if (absolute) {
            return Optional.of(IcalValues.time(property).instant());
        }
        Duration offset = EventReader.duration(property.getValue());
        boolean fromEnd = IcalValues.param(property, "RELATED").map("END"::equalsIgnoreCase).orElse(false);
        return Optional.of((fromEnd ? end : start).instant().plus(offset));
    }

    /** A display alarm {@code minutes} before the start. */
    static void write(ContentLines out, int minutes, String summary) {
        out.line("BEGIN:VALARM");
        out.raw("ACTION", "DISPLAY");
        out.text("DESCRIPTION", summary.isEmpty() ? "Reminder" : summary);
        out.raw("TRIGGER", minutes == 0 ? "PT0S" : "-PT" + minutes + "M");
        out.line("END:VALARM");
    }

    /** A display alarm at a moment (a task's reminder). */
    static void writeAt(ContentLines out, Instant at, String summary) {
        out.line("BEGIN:VALARM");
        out.raw("ACTION", "DISPLAY");
        out.text("DESCRIPTION", summary.isEmpty() ? "Reminder" : summary);
        out.raw("TRIGGER", java.util.Map.of("VALUE", "DATE-TIME"), ContentLines.timeValue(DateOrTime.ofUtc(at)));
        out.line("END:VALARM");
    }
}
