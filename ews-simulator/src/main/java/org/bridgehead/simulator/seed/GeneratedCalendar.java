package org.bridgehead.simulator.seed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.bridgehead.simulator.ews.LocalRequests;
import org.bridgehead.simulator.store.Account;
import org.bridgehead.simulator.store.SimulatorStore;

/**
 * Calendars for load tests: each user gets the given number of events over the year around
 * {@link GeneratedDataSet#NEWEST_MESSAGE}: one in ten a recurring series (weekly or monthly, ten to
 * twenty occurrences, one moved and one deleted), one in twenty all-day, the others single events,
 * in Berlin, New York and Winnipeg in turn. The same seed gives the same calendars.
 */
final class GeneratedCalendar {
    static final int MAX_EVENTS_PER_USER = 100_000;
    private static final List<String> SUBJECTS = List.of("Planning", "Review", "Customer call", "Sync", "Interview",
            "Workshop", "Lunch", "Training", "Retrospective", "Demo");
    private static final List<String> ZONES = List.of(CalendarRequests.BERLIN, CalendarRequests.NEW_YORK,
            CalendarRequests.WINNIPEG);

    private GeneratedCalendar() {
    }

    /**
     * @throws IllegalArgumentException if the count is negative or above {@link #MAX_EVENTS_PER_USER}
     */
    static void addEvents(SimulatorStore store, int perUser, long seed) {
        if (perUser < 0 || perUser > MAX_EVENTS_PER_USER) {
            throw new IllegalArgumentException("events per user must be between 0 and " + MAX_EVENTS_PER_USER + ": "
                    + perUser);
        }
        if (perUser == 0) {
            return;
        }
        CalendarRequests calendar = new CalendarRequests(new LocalRequests(store));
        LocalDate first = LocalDate.ofInstant(GeneratedDataSet.NEWEST_MESSAGE, ZoneOffset.UTC).minusMonths(6);
        Random random = new Random(seed);
        for (Account account : store.accounts()) {
            String user = account.address();
            for (int i = 0; i < perUser; i++) {
                LocalDate day = first.plusDays(random.nextInt(365));
                String subject = SUBJECTS.get(random.nextInt(SUBJECTS.size())) + " " + (i + 1);
                String zone = ZONES.get(i % ZONES.size());
                if (i % 20 == 19) {
                    calendar.create(user, CalendarRequests.Event.allDay(subject, day, 1 + random.nextInt(3), zone));
                    continue;
                }
                LocalDateTime start = day.atTime(8 + random.nextInt(9), random.nextBoolean() ? 0 : 30);
                int minutes = 30 * (1 + random.nextInt(4));
                CalendarRequests.Event event = CalendarRequests.Event.at(subject, start, minutes, zone, "Room "
                        + (1 + random.nextInt(9)));
                if (i % 10 != 4) {
                    calendar.create(user, event);
                    continue;
                }
                int count = 10 + random.nextInt(11);
                boolean weekly = random.nextBoolean();
                String pattern = weekly ? CalendarRequests.weekly(day.getDayOfWeek().getDisplayName(
                        java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH), 1)
                        : CalendarRequests.monthlyOnDay(Math.min(day.getDayOfMonth(), 28));
                String master = calendar.create(user, event.withRecurrence(pattern, CalendarRequests.times(day, count)));
                LocalDate fifth = weekly ? day.plusWeeks(4) : day.plusMonths(4);
                calendar.moveOccurrence(user, master, 5, subject + " (moved)", fifth.atTime(start.toLocalTime())
                        .plusHours(1), minutes);
                calendar.deleteOccurrence(user, master, 7);
            }
        }
    }
}
