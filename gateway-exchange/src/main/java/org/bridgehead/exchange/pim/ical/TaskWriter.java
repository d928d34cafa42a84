package org.bridgehead.exchange.pim.ical;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;

/** {@link TaskItem} -> VCALENDAR with a VTODO; what Exchange cannot hold comes from the client's original. */
public final class TaskWriter {

    private static final Set<String> MAPPED = Set.of("UID", "SUMMARY", "DESCRIPTION", "DTSTART", "DUE", "DURATION",
            "COMPLETED", "PERCENT-COMPLETE", "PRIORITY", "STATUS", "CATEGORIES", "CLASS", "DTSTAMP");

    private TaskWriter() {
    }

    public static String write(TaskItem task, Optional<String> original) {
        OriginalCalendar client = OriginalCalendar.of(original, Component.VTODO);
        Optional<Component> clientTodo = client.component(Optional.empty());
        ContentLines out = new ContentLines();
        client.writeHeader(out, Optional.empty());
        List<DateOrTime> times = new ArrayList<>();
        task.start().ifPresent(times::add);
        task.due().ifPresent(times::add);
        client.writeTimeZones(out, times);
        out.line("BEGIN:VTODO");
        out.text("UID", task.uid());
        out.raw("DTSTAMP", ContentLines.timeValue(DateOrTime.ofUtc(Instant.now())));
        out.text("SUMMARY", task.summary());
        if (!task.description().isEmpty()) {
            out.text("DESCRIPTION", task.description());
        }
        task.start().ifPresent(start -> out.time("DTSTART", start));
        task.due().ifPresent(due -> out.time("DUE", due));
        task.completed().ifPresent(done -> out.raw("COMPLETED", ContentLines.timeValue(DateOrTime.ofUtc(done))));
        out.raw("STATUS", task.status().name().replace('_', '-'));
        if (task.percentComplete() > 0) {
            out.raw("PERCENT-COMPLETE", Integer.toString(task.percentComplete()));
        }
        if (task.priority() > 0) {
            out.raw("PRIORITY", Integer.toString(task.priority()));
        }
        if (task.sensitivity() != Sensitivity.PUBLIC) {
            out.raw("CLASS", task.sensitivity().name());
        }
        if (!task.categories().isEmpty()) {
            out.textList("CATEGORIES", task.categories());
        }
        clientTodo.ifPresent(todo -> copyUnmapped(out, todo));
        task.reminder().ifPresent(at -> writeAlarms(out, task, at, clientTodo));
        out.line("END:VTODO");
        out.line("END:VCALENDAR");
        return out.toString();
    }

    private static void copyUnmapped(ContentLines out, Component todo) {
        for (Property property : todo.getProperties()) {
            if (!MAPPED.contains(property.getName().toUpperCase(Locale.ROOT))) {
                out.verbatim(property.toString());
            }
        }
        for (Component child : IcalValues.children(todo, null)) {
            if (!"VALARM".equals(child.getName())) {
                out.verbatim(child.toString());
            }
        }
    }

    /** The client's alarms while Exchange still has the reminder time they set, else Exchange's reminder. */
    private static void writeAlarms(ContentLines out, TaskItem task, Instant at, Optional<Component> clientTodo) {
        if (clientTodo.isPresent()) {
            List<Component> alarms = IcalValues.children(clientTodo.get(), "VALARM");
            DateOrTime anchor = task.start().or(task::due).orElse(DateOrTime.ofUtc(Instant.EPOCH));
            for (Component alarm : alarms) {
                Optional<Instant> clientAt;
                try {
                    clientAt = Alarms.triggerTime(alarm, anchor, task.due().orElse(anchor));
                } catch (org.bridgehead.exchange.InvalidContentException e) {
                    clientAt = Optional.empty();
                }
                if (clientAt.isPresent()) {
                    if (clientAt.get().equals(at)) {
                        alarms.forEach(a -> out.verbatim(a.toString()));
                        return;
                    }
                    break;
                }
            }
        }
        Alarms.writeAt(out, at, task.summary());
    }
}
