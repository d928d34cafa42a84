package org.bridgehead.simulator.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bridgehead.simulator.store.DistinguishedFolder;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.Mailbox;
import org.bridgehead.simulator.store.PimData;
import org.bridgehead.simulator.store.SimulatorStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo's calendars, tasks and meetings, and generated calendars of a given size. */
class CalendarSeedsTest {
    private static SimulatorStore demo;

    @BeforeAll
    static void seed() {
        demo = Seeds.parse("demo");
    }

    @Test
    void aliceAndBobEachHaveAboutFortyVariedEvents() throws Exception {
        for (String user : List.of("alice@example.com", "bob@example.com")) {
            List<PimData> events = pims(demo, user, DistinguishedFolder.CALENDAR, "CalendarItem");
            assertTrue(events.size() >= 35 && events.size() <= 45, user + ": " + events.size());
            assertTrue(events.stream().anyMatch(e -> e.fields().containsKey("DeletedOccurrences")), user);
            assertTrue(events.stream().anyMatch(e -> e.fields().containsKey("x-exceptions")), user);
            Set<String> patterns = events.stream().filter(e -> e.fields().containsKey("Recurrence"))
                    .map(e -> e.field("Recurrence").orElseThrow().children().get(0).name()).collect(Collectors.toSet());
            assertTrue(patterns.containsAll(Set.of("WeeklyRecurrence", "AbsoluteMonthlyRecurrence",
                    "RelativeMonthlyRecurrence")), patterns.toString());
            assertTrue(events.stream().anyMatch(e -> e.text("IsAllDayEvent").orElse("").equals("true")), user);
            Set<String> zones = events.stream().map(e -> e.field("StartTimeZone").orElseThrow().attributes().get("Id"))
                    .collect(Collectors.toSet());
            assertTrue(zones.containsAll(Set.of("W. Europe Standard Time", "Eastern Standard Time",
                    "Central Standard Time")), zones.toString());
            assertTrue(pims(demo, user, DistinguishedFolder.TASKS, "Task").size() >= 3, user);
        }
    }

    @Test
    void meetingsAreInBothCalendarsWithBobsAnswers() throws Exception {
        List<PimData> alices = pims(demo, "alice@example.com", DistinguishedFolder.CALENDAR, "CalendarItem");
        List<PimData> bobs = pims(demo, "bob@example.com", DistinguishedFolder.CALENDAR, "CalendarItem");
        assertEquals("Accept", bobsResponse(alices, "1:1 Alice / Bob"));
        assertEquals("Tentative", bobsResponse(alices, "Quarterly planning"));
        assertEquals("Unknown", bobsResponse(alices, "Support handbook review"));
        assertEquals("Accept", mine(bobs, "1:1 Alice / Bob").text("MyResponseType").orElseThrow());
        assertEquals("NoResponseReceived", mine(bobs, "Support handbook review").text("MyResponseType").orElseThrow());
        assertEquals(mine(alices, "Quarterly planning").text("UID"), mine(bobs, "Quarterly planning").text("UID"));
        assertEquals(1, pims(demo, "bob@example.com", DistinguishedFolder.INBOX, "MeetingRequest").size(),
                "the unanswered request waits in bob's Inbox");
        assertEquals(2, pims(demo, "alice@example.com", DistinguishedFolder.INBOX, "MeetingResponse").size());
    }

    @Test
    void generatedCalendarsHaveTheAskedSizeWithSeries() throws Exception {
        SimulatorStore store = Seeds.parse("generated:1:0+events:200");
        List<PimData> events = pims(store, "user1@example.com", DistinguishedFolder.CALENDAR, "CalendarItem");
        assertEquals(200, events.size());
        assertEquals(20, events.stream().filter(e -> e.fields().containsKey("Recurrence")).count());
        assertEquals(10, events.stream().filter(e -> e.text("IsAllDayEvent").orElse("").equals("true")).count());
        List<String> again = pims(Seeds.parse("generated:1:0+events:200"), "user1@example.com",
                DistinguishedFolder.CALENDAR, "CalendarItem").stream().map(e -> e.text("Start").orElseThrow()).toList();
        assertEquals(events.stream().map(e -> e.text("Start").orElseThrow()).toList(), again);
    }

    @Test
    void suffixesComeInAnyOrderOnce() {
        SimulatorStore store = Seeds.parse("generated:1:0+events:3+people:5");
        assertEquals(3, store.mailbox("user1@example.com").map(CalendarSeedsTest::calendarSize).orElseThrow());
        for (String bad : List.of("generated:1:0+events:x", "generated:1:0+meetings:3", "generated:1:0+events:1+events:2",
                "generated:1:0+events:-1")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Seeds.parse(bad), bad);
            assertTrue(e.getMessage().contains("generated:") || e.getMessage().contains("between")
                    || e.getMessage().contains("not a number"), e.getMessage());
        }
    }

    private static int calendarSize(Mailbox mailbox) {
        try {
            return mailbox.items(mailbox.folder(DistinguishedFolder.CALENDAR).number()).size();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String bobsResponse(List<PimData> events, String subject) {
        return mine(events, subject).field("RequiredAttendees").orElseThrow().children().get(0)
                .childText("ResponseType").orElseThrow();
    }

    private static PimData mine(List<PimData> events, String subject) {
        return events.stream().filter(e -> e.text("Subject").orElse("").equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + subject));
    }

    private static List<PimData> pims(SimulatorStore store, String user, DistinguishedFolder folder, String type)
            throws Exception {
        Mailbox mailbox = store.mailbox(user).orElseThrow();
        return mailbox.items(mailbox.folder(folder).number()).stream().map(ItemState::pim)
                .filter(p -> p != null && p.type().equals(type)).toList();
    }
}
