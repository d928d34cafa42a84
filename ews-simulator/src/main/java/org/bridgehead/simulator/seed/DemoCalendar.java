package org.bridgehead.simulator.seed;

import static org.bridgehead.simulator.seed.CalendarRequests.BERLIN;
import static org.bridgehead.simulator.seed.CalendarRequests.NEW_YORK;
import static org.bridgehead.simulator.seed.CalendarRequests.WINNIPEG;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.bridgehead.simulator.ews.LocalRequests;
import org.bridgehead.simulator.store.SimulatorStore;

/**
 * The demo calendars: for alice and bob about forty events each over the two months before and
 * the three after the current week (weekly and monthly series with a moved and a deleted
 * occurrence, all-day events, events in Berlin, New York and Winnipeg), a few tasks each, and
 * meetings between them: alice's invitations reach bob's Inbox and calendar, and his answers
 * (accepted, tentative, not yet) are in alice's Inbox and on her items, as Exchange leaves them.
 */
final class DemoCalendar {
    private static final String ALICE = "alice@example.com";
    private static final String BOB = "bob@example.com";
    private static final List<String> ALICE_TOPICS = List.of("Roadmap review", "Customer call: Northwind",
            "Budget check", "Interview: backend engineer", "Release retrospective", "Lunch with Carla",
            "Architecture forum", "Dentist", "Partner sync: Contoso", "Security review", "Offsite planning",
            "Demo rehearsal", "Hiring committee", "Marketing sync", "Quarterly numbers");
    private static final List<String> BOB_TOPICS = List.of("Ticket triage", "Vendor call: Fabrikam",
            "Escalation review", "On-call handover", "Training: new support tools", "Lunch with Dave",
            "Customer visit: Tailspin", "Knowledge base cleanup", "Gym", "Support metrics", "Incident review",
            "Onboarding: new hire", "Supplier audit", "Team coffee", "Backlog grooming");
    private static final List<String> ZONES = List.of(BERLIN, NEW_YORK, WINNIPEG);
    private static final List<String> PLACES = List.of("Room 1", "Room 2", "Online", "Berlin office",
            "New York office", "Winnipeg office");

    private final CalendarRequests calendar;
    private final LocalDate monday;

    DemoCalendar(SimulatorStore store) {
        this.calendar = new CalendarRequests(new LocalRequests(store));
        this.monday = LocalDate.ofInstant(store.clock().instant(), ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    void fill() {
        // the 12th standup: alice's (Mon, Wed, Fri) is on Friday of the 4th week, bob's (Tue, Thu) on Thursday of the 6th
        series(ALICE, "Team standup", "Monday Wednesday Friday", LocalTime.of(9, 30), BERLIN, 3 * 7 + 4,
                "Monthly report", NEW_YORK, "Board sync", WINNIPEG);
        series(BOB, "Support standup", "Tuesday Thursday", LocalTime.of(8, 45), WINNIPEG, 5 * 7 + 3,
                "Vendor invoices", BERLIN, "Support council", NEW_YORK);
        singles(ALICE, ALICE_TOPICS, 0);
        singles(BOB, BOB_TOPICS, 1);
        allDay(ALICE, "Company holiday", "Conference: EuroDev", "Working from Lisbon");
        allDay(BOB, "Company holiday", "Support summit", "Vacation");
        meetings();
        tasks(ALICE, "Prepare board slides", "Review hiring plan", "Book offsite venue", "Renew passport");
        tasks(BOB, "Close escalation backlog", "Update runbook", "Order headsets", "Plan on-call rota");
    }

    /**
     * A weekly series (its 12th occurrence, {@code twelfth} days after the series' Monday, moved two
     * hours later; its 15th deleted), a monthly one on a day, one on a weekday.
     */
    private void series(String user, String weekly, String days, LocalTime time, String weeklyZone, int twelfth,
                        String monthly, String monthlyZone, String relative, String relativeZone) {
        LocalDate start = monday.minusWeeks(8);
        String standup = calendar.create(user, CalendarRequests.Event.at(weekly, start.atTime(time), 15, weeklyZone,
                "Online").withRecurrence(CalendarRequests.weekly(days, 1), CalendarRequests.noEnd(start)));
        calendar.moveOccurrence(user, standup, 12, weekly + " (moved)", start.plusDays(twelfth).atTime(time.plusHours(2)),
                30);
        calendar.deleteOccurrence(user, standup, 15);
        LocalDate first = monday.minusMonths(2).withDayOfMonth(1);
        String report = calendar.create(user, CalendarRequests.Event.at(monthly, first.atTime(14, 0), 60, monthlyZone,
                "Room 2").withRecurrence(CalendarRequests.monthlyOnDay(1), CalendarRequests.times(first, 6)));
        calendar.deleteOccurrence(user, report, 2);
        calendar.create(user, CalendarRequests.Event.at(relative, first.atTime(16, 0), 90, relativeZone, "Board room")
                .withRecurrence(CalendarRequests.monthlyOnWeekday("First", "Tuesday"),
                        CalendarRequests.until(first, monday.plusMonths(3))));
    }

    /** Single events every few days, in each of the three zones in turn. */
    private void singles(String user, List<String> topics, int offset) {
        for (int i = 0; i < 30; i++) {
            LocalDateTime start = monday.minusWeeks(8).plusDays(3L * i + offset).atTime(9 + (i * 5) % 8, i % 2 * 30);
            String zone = ZONES.get((i + offset) % ZONES.size());
            calendar.create(user, CalendarRequests.Event.at(topics.get(i % topics.size()), start, 30 + 15 * (i % 4),
                    zone, PLACES.get((i + offset) % PLACES.size())));
        }
    }

    private void allDay(String user, String holiday, String multiDay, String other) {
        calendar.create(user, CalendarRequests.Event.allDay(holiday, monday.plusWeeks(3).plusDays(4), 1, BERLIN));
        calendar.create(user, CalendarRequests.Event.allDay(multiDay, monday.plusWeeks(6).plusDays(1), 3, NEW_YORK));
        calendar.create(user, CalendarRequests.Event.allDay(other, monday.minusWeeks(2).plusDays(2), 1, WINNIPEG));
    }

    /** Alice's meetings with bob, and bob's answers as he sent them. */
    private void meetings() {
        LocalDate thursday = monday.minusWeeks(4).plusDays(3);
        calendar.create(ALICE, CalendarRequests.Event.at("1:1 Alice / Bob", thursday.atTime(11, 0), 30, BERLIN,
                "Room 1").withRecurrence(CalendarRequests.weekly("Thursday", 1), CalendarRequests.noEnd(thursday))
                .withAttendees(List.of(BOB)).withBody("Our weekly catch-up."));
        calendar.answer(BOB, "AcceptItem");
        calendar.create(ALICE, CalendarRequests.Event.at("Quarterly planning", monday.plusWeeks(2).plusDays(1)
                .atTime(10, 0), 120, NEW_YORK, "New York office").withAttendees(List.of(BOB))
                .withBody("Plans for next quarter; bring your team's numbers."));
        calendar.answer(BOB, "TentativelyAcceptItem");
        calendar.create(ALICE, CalendarRequests.Event.at("Support handbook review", monday.plusDays(2).atTime(15, 0),
                60, WINNIPEG, "Online").withAttendees(List.of(BOB)));
        calendar.answer(BOB, null);
    }

    private void tasks(String user, String done, String started, String due, String later) {
        calendar.task(user, done, monday.minusWeeks(1), "Completed", 100);
        calendar.task(user, started, monday.plusDays(4), "InProgress", 50);
        calendar.task(user, due, monday.plusWeeks(2), "NotStarted", 0);
        calendar.task(user, later, null, "NotStarted", 0);
    }
}
