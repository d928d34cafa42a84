package org.bridgehead.exchange.pim.ical;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A to-do as Exchange can hold it (a Task item).
 *
 * @param uid             the VTODO's UID
 * @param summary         the title
 * @param description     the plain-text body, may be empty
 * @param start           DTSTART, if any
 * @param due             DUE, if any
 * @param completed       when it was done (COMPLETED), if it is
 * @param percentComplete 0 to 100
 * @param priority        iCalendar PRIORITY: 0 undefined, 1 highest to 9 lowest
 * @param status          STATUS
 * @param categories      CATEGORIES in order
 * @param sensitivity     CLASS
 * @param reminder        when a reminder goes off, if any
 */
public record TaskItem(String uid, String summary, String description, Optional<DateOrTime> start,
        Optional<DateOrTime> due, Optional<Instant> completed, int percentComplete, int priority, Status status,
        List<String> categories, Sensitivity sensitivity, Optional<Instant> reminder) {

    /** VTODO STATUS; Exchange's WaitingOnOthers and Deferred read as IN_PROCESS and CANCELLED. */
    public enum Status {
        NEEDS_ACTION, IN_PROCESS, COMPLETED, CANCELLED
    }

    public TaskItem {
        Objects.requireNonNull(uid, "uid");
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(completed, "completed");
        if (percentComplete < 0 || percentComplete > 100) {
            throw new IllegalArgumentException("percent complete out of 0..100: " + percentComplete);
        }
        if (priority < 0 || priority > 9) {
            throw new IllegalArgumentException("priority out of 0..9: " + priority);
        }
        Objects.requireNonNull(status, "status");
        categories = List.copyOf(categories);
        Objects.requireNonNull(sensitivity, "sensitivity");
        Objects.requireNonNull(reminder, "reminder");
    }
}
