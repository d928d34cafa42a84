package org.bridgehead.exchange.pim.ical;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.bridgehead.exchange.InvalidContentException;

/** A client's VCALENDAR with a VTODO -> {@link TaskItem}. */
public final class TaskReader {

    private TaskReader() {
    }

    public static TaskItem read(String text) throws InvalidContentException {
        Calendar calendar = IcalendarParser.parse(text);
        List<Component> todos = IcalendarParser.components(calendar, Component.VTODO);
        if (todos.size() > 1) {
            throw new InvalidContentException("Exchange tasks do not recur by exception; send one VTODO", null);
        }
        Component todo = todos.get(0);
        if (todo.getProperty("RRULE").isPresent()) {
            throw new InvalidContentException("Recurring tasks are not supported", null);
        }
        String uid = todo.getProperty("UID").map(Property::getValue).orElseThrow().strip();
        Optional<DateOrTime> start = optionalTime(todo, "DTSTART");
        Optional<DateOrTime> due = optionalTime(todo, "DUE");
        if (due.isEmpty() && start.isPresent() && todo.getProperty("DURATION").isPresent()) {
            DateOrTime from = start.get();
            due = Optional.of(DateOrTime.ofTime(from.instant().plus(
                    EventReader.duration(todo.getProperty("DURATION").get().getValue())), from.zone()));
        }
        if (start.isPresent() && due.isPresent() && due.get().instant().isBefore(start.get().instant())) {
            throw new InvalidContentException("DUE is before DTSTART", null);
        }
        Optional<Instant> completed = optionalTime(todo, "COMPLETED").map(DateOrTime::instant);
        TaskItem.Status status = status(todo, completed.isPresent());
        int percent = number(todo, "PERCENT-COMPLETE", 0, 100, status == TaskItem.Status.COMPLETED ? 100 : 0);
        int priority = number(todo, "PRIORITY", 0, 9, 0);
        Optional<Instant> reminder = Optional.empty();
        for (Component alarm : IcalValues.children(todo, "VALARM")) {
            DateOrTime anchor = start.or(() -> dueOr(todo)).orElse(null);
            if (anchor == null && !isAbsolute(alarm)) {
                continue; // a relative trigger needs a DTSTART or DUE to count from
            }
            DateOrTime base = anchor == null ? DateOrTime.ofUtc(Instant.EPOCH) : anchor;
            reminder = Alarms.triggerTime(alarm, base, due.orElse(base));
            if (reminder.isPresent()) {
                break;
            }
        }
        return new TaskItem(uid, EventReader.text(todo, "SUMMARY"), EventReader.text(todo, "DESCRIPTION"), start, due,
                completed, percent, priority, status, EventReader.categories(todo), EventReader.sensitivity(todo),
                reminder);
    }

    private static Optional<DateOrTime> dueOr(Component todo) {
        try {
            return optionalTime(todo, "DUE");
        } catch (InvalidContentException e) {
            return Optional.empty();
        }
    }

    private static boolean isAbsolute(Component alarm) {
        return alarm.getProperty("TRIGGER").flatMap(t -> IcalValues.param(t, "VALUE"))
                .map("DATE-TIME"::equalsIgnoreCase).orElse(false);
    }

    private static Optional<DateOrTime> optionalTime(Component todo, String name) throws InvalidContentException {
        Optional<Property> property = todo.getProperty(name);
        return property.isEmpty() ? Optional.empty() : Optional.of(IcalValues.time(property.get()));
    }

    private static TaskItem.Status status(Component todo, boolean completed) {
        String status = todo.getProperty("STATUS").map(p -> IcalValues.upper(p.getValue().strip())).orElse("");
        return switch (status) {
            case "COMPLETED" -> TaskItem.Status.COMPLETED;
            case "IN-PROCESS" -> TaskItem.Status.IN_PROCESS;
            case "CANCELLED" -> TaskItem.Status.CANCELLED;
            case "NEEDS-ACTION" -> TaskItem.Status.NEEDS_ACTION;
            default -> completed ? TaskItem.Status.COMPLETED : TaskItem.Status.NEEDS_ACTION;
        };
    }

    private static int number(Component todo, String name, int min, int max, int absent)
            throws InvalidContentException {
        Optional<Property> property = todo.getProperty(name);
        if (property.isEmpty()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(property.get().getValue().strip());
            if (value < min || value > max) {
                throw new InvalidContentException(name + " must be between " + min + " and " + max, null);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidContentException(name + " is not a number: " + property.get().getValue(), e);
        }
    }
}
