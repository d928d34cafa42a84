package org.bridgehead.caldav.ical;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A CALDAV:time-range (RFC 4791 9.9): [start, end), either bound open (null). Decides whether a
 * non-recurring VEVENT, VTODO, VJOURNAL, VFREEBUSY or VALARM overlaps it.
 */
public record TimeRange(Instant start, Instant end) {

    public boolean overlaps(Instant from, Instant to) {
        return (end == null || from.isBefore(end)) && (start == null || to.isAfter(start) || (to.equals(from)
                && !from.isBefore(start)));
    }

    /** RFC 4791 9.9's table for one component (its own DTSTART/DTEND/DURATION/DUE). */
    public boolean matches(Component component) {
        Optional<Instant> dtstart = component.property("DTSTART").flatMap(IcalTime::instant);
        return switch (component.name()) {
            case "VEVENT" -> {
                if (dtstart.isEmpty()) {
                    yield false;
                }
                Optional<Instant> dtend = component.property("DTEND").flatMap(IcalTime::instant);
                Optional<Duration> duration = component.property("DURATION").flatMap(p -> IcalTime.duration(p.value()));
                Instant from = dtstart.get();
                Instant to;
                if (dtend.isPresent()) {
                    to = dtend.get();
                } else if (duration.isPresent()) {
                    to = from.plus(duration.get());
                } else {
                    boolean allDay = component.property("DTSTART").map(IcalTime::isDate).orElse(false);
                    to = allDay ? from.plus(Duration.ofDays(1)) : from;
                }
                yield overlaps(from, to.isBefore(from) ? from : to);
            }
            case "VTODO" -> todo(component, dtstart);
            default -> {
                Optional<Instant> dtend = component.property("DTEND").flatMap(IcalTime::instant);
                yield dtstart.map(from -> overlaps(from, dtend.orElse(from))).orElse(true);
            }
        };
    }

    private boolean todo(Component todo, Optional<Instant> dtstart) {
        Optional<Instant> due = todo.property("DUE").flatMap(IcalTime::instant);
        Optional<Duration> duration = todo.property("DURATION").flatMap(p -> IcalTime.duration(p.value()));
        if (dtstart.isPresent() && duration.isPresent()) {
            Instant from = dtstart.get();
            return overlaps(from, from.plus(duration.get()));
        }
        if (dtstart.isPresent() && due.isPresent()) {
            return overlaps(dtstart.get(), due.get());
        }
        if (dtstart.isPresent()) {
            return end == null || dtstart.get().isBefore(end) || start == null;
        }
        if (due.isPresent()) {
            return (start == null || due.get().isAfter(start)) || end == null;
        }
        Optional<Instant> completed = todo.property("COMPLETED").flatMap(IcalTime::instant);
        Optional<Instant> created = todo.property("CREATED").flatMap(IcalTime::instant);
        if (completed.isPresent() || created.isPresent()) {
            Instant from = created.orElse(completed.get());
            Instant to = completed.orElse(null);
            return to == null ? (end == null || from.isBefore(end)) : overlaps(from, to);
        }
        return true;
    }
}
