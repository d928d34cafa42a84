package org.bridgehead.exchange.pim.ical;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A recurrence in the shape Exchange stores it (EWS's recurrence patterns, Graph's
 * patternedRecurrence): only what Exchange can hold can be expressed, so a rule that parses into
 * this record can be stored without loss.
 *
 * @param type        the pattern
 * @param interval    every how many days, weeks, months or years (at least 1)
 * @param days        the days of a weekly pattern, or the day kind of a relative pattern: one day,
 *                    all seven ("day"), Monday to Friday ("weekday") or Saturday and Sunday ("weekend day")
 * @param dayOfMonth  the day of an absolute monthly or yearly pattern (1-31), else 0
 * @param month       the month of a yearly pattern (1-12), else 0
 * @param index       which of the month's matching days a relative pattern means, else null
 * @param firstDayOfWeek the first day of the week (WKST), for weekly patterns with an interval
 * @param start       the day of the first occurrence, in the event's zone
 * @param endDate     the last day an occurrence may fall on (UNTIL), or null
 * @param count       the number of occurrences (COUNT), or 0
 */
public record Recurrence(Type type, int interval, Set<DayOfWeek> days, int dayOfMonth, int month, Index index,
        DayOfWeek firstDayOfWeek, LocalDate start, LocalDate endDate, int count) {

    public enum Type {
        DAILY, WEEKLY, ABSOLUTE_MONTHLY, RELATIVE_MONTHLY, ABSOLUTE_YEARLY, RELATIVE_YEARLY
    }

    /** Exchange's DayOfTheWeekIndex: the first to fourth, or the last, matching day of the month. */
    public enum Index {
        FIRST(1), SECOND(2), THIRD(3), FOURTH(4), LAST(-1);

        private final int position;

        Index(int position) {
            this.position = position;
        }

        /** The iCalendar position: 1 to 4, or -1 for the last. */
        public int position() {
            return position;
        }

        /** The index for an iCalendar position, or null if Exchange has none (e.g. 5 or -2). */
        public static Index ofPosition(int position) {
            for (Index index : values()) {
                if (index.position == position) {
                    return index;
                }
            }
            return null;
        }
    }

    public Recurrence {
        Objects.requireNonNull(type, "type");
        days = Set.copyOf(days);
        Objects.requireNonNull(firstDayOfWeek, "firstDayOfWeek");
        Objects.requireNonNull(start, "start");
        if (interval < 1) {
            throw new IllegalArgumentException("interval must be at least 1: " + interval);
        }
        if (endDate != null && count > 0) {
            throw new IllegalArgumentException("a recurrence ends by date or by count, not both");
        }
        boolean relative = type == Type.RELATIVE_MONTHLY || type == Type.RELATIVE_YEARLY;
        if (relative != (index != null)) {
            throw new IllegalArgumentException("an index belongs to relative patterns only: " + type);
        }
    }
}
