package org.bridgehead.exchange.pim.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import org.bridgehead.exchange.pim.ical.Recurrence.Index;
import org.bridgehead.exchange.pim.ical.Recurrence.Type;
import org.bridgehead.exchange.pim.ical.RecurrenceRules.UnsupportedRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecurrenceRulesTest {

    private static final ZoneId WINNIPEG = ZoneId.of("America/Winnipeg");
    /** Tuesday 8 December 2026, 10:00 in Winnipeg. */
    private static final DateOrTime START = new DateOrTime(LocalDateTime.of(2026, 12, 8, 10, 0).atZone(WINNIPEG), false);

    private static Recurrence parse(String rule) throws UnsupportedRuleException {
        return RecurrenceRules.parse(rule, START);
    }

    @Test
    void weeklyWithDaysIntervalCountAndWeekStart() throws Exception {
        Recurrence r = parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10;WKST=SU");
        assertEquals(Type.WEEKLY, r.type());
        assertEquals(2, r.interval());
        assertEquals(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), r.days());
        assertEquals(10, r.count());
        assertEquals(DayOfWeek.SUNDAY, r.firstDayOfWeek());
        assertEquals(LocalDate.of(2026, 12, 8), r.start());
    }

    @Test
    void weeklyWithoutDaysRepeatsOnTheStartDay() throws Exception {
        assertEquals(Set.of(DayOfWeek.TUESDAY), parse("FREQ=WEEKLY").days());
    }

    @Test
    void dailyOnWeekdaysIsWeekly() throws Exception {
        Recurrence r = parse("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR");
        assertEquals(Type.WEEKLY, r.type());
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), r.days());
    }

    @Test
    void positionedDayIsRelativeMonthly() throws Exception {
        Recurrence second = parse("FREQ=MONTHLY;BYDAY=2TU");
        assertEquals(Type.RELATIVE_MONTHLY, second.type());
        assertEquals(Index.SECOND, second.index());
        assertEquals(Set.of(DayOfWeek.TUESDAY), second.days());
        assertEquals(Index.LAST, parse("FREQ=MONTHLY;BYDAY=-1FR").index());
    }

    @Test
    void setPositionOverWeekdaysIsRelativeMonthly() throws Exception {
        Recurrence r = parse("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1");
        assertEquals(Type.RELATIVE_MONTHLY, r.type());
        assertEquals(Index.LAST, r.index());
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), r.days());
        assertEquals("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", RecurrenceRules.format(r, START));
    }

    @Test
    void monthDayAndYearlyDates() throws Exception {
        Recurrence monthly = parse("FREQ=MONTHLY;BYMONTHDAY=15;INTERVAL=3");
        assertEquals(Type.ABSOLUTE_MONTHLY, monthly.type());
        assertEquals(15, monthly.dayOfMonth());
        assertEquals(3, monthly.interval());
        Recurrence yearly = parse("FREQ=YEARLY");
        assertEquals(Type.ABSOLUTE_YEARLY, yearly.type());
        assertEquals(12, yearly.month());
        assertEquals(8, yearly.dayOfMonth());
        Recurrence thanksgiving = parse("FREQ=YEARLY;BYMONTH=11;BYDAY=4TH");
        assertEquals(Type.RELATIVE_YEARLY, thanksgiving.type());
        assertEquals(11, thanksgiving.month());
        assertEquals(Index.FOURTH, thanksgiving.index());
        assertEquals(Set.of(DayOfWeek.THURSDAY), thanksgiving.days());
    }

    @Test
    void lastDayOfTheMonth() throws Exception {
        Recurrence r = parse("FREQ=MONTHLY;BYMONTHDAY=-1");
        assertEquals(Type.RELATIVE_MONTHLY, r.type());
        assertEquals(Index.LAST, r.index());
        assertEquals(7, r.days().size());
    }

    @Test
    void untilIsTheDayInTheSeriesZone() throws Exception {
        // 04:00 UTC on 1 February is still 31 January in Winnipeg (UTC-6, or UTC-5 in newer tzdata)
        Recurrence r = parse("FREQ=DAILY;UNTIL=20270201T040000Z");
        assertEquals(LocalDate.of(2027, 1, 31), r.endDate());
        assertEquals(0, r.count());
        String lastStart = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                .format(LocalDateTime.of(2027, 1, 31, 10, 0).atZone(WINNIPEG).toInstant());
        assertEquals("FREQ=DAILY;UNTIL=" + lastStart, RecurrenceRules.format(r, START));
    }

    @Test
    void allDaySeriesUntilADate() throws Exception {
        DateOrTime day = DateOrTime.ofDate(LocalDate.of(2026, 12, 8), java.time.ZoneOffset.UTC);
        Recurrence r = RecurrenceRules.parse("FREQ=WEEKLY;UNTIL=20270105", day);
        assertEquals(LocalDate.of(2027, 1, 5), r.endDate());
        assertTrue(RecurrenceRules.format(r, day).endsWith("UNTIL=20270105"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FREQ=HOURLY", "FREQ=MINUTELY;INTERVAL=5", "FREQ=YEARLY;BYWEEKNO=20",
            "FREQ=MONTHLY;BYDAY=5TU", "FREQ=MONTHLY;BYDAY=TU", "FREQ=MONTHLY;BYMONTHDAY=1,15",
            "FREQ=YEARLY;BYMONTH=1,7", "FREQ=WEEKLY;BYDAY=1MO", "FREQ=MONTHLY;BYDAY=MO,WE;BYSETPOS=1",
            "FREQ=DAILY;BYHOUR=9,17", "FREQ=MONTHLY;BYDAY=-2FR", "FREQ=MONTHLY;BYMONTHDAY=-3", "NOT A RULE"})
    void rulesExchangeCannotHoldAreRefused(String rule) {
        UnsupportedRuleException refused = assertThrows(UnsupportedRuleException.class, () -> parse(rule));
        assertTrue(refused.getMessage().contains(rule), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"FREQ=DAILY;INTERVAL=3;COUNT=5", "FREQ=WEEKLY;BYDAY=MO,WE,FR;WKST=SU",
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;WKST=MO;UNTIL=20270302T160000Z", "FREQ=MONTHLY;BYMONTHDAY=8",
            "FREQ=MONTHLY;BYDAY=2TU;COUNT=12", "FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=1",
            "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=8", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "FREQ=MONTHLY;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=3"})
    void formattedRulesParseBackToTheSameRecurrence(String rule) throws Exception {
        Recurrence parsed = parse(rule);
        String formatted = RecurrenceRules.format(parsed, START);
        assertEquals(parsed, parse(formatted), formatted);
        assertNull(parse("FREQ=DAILY").index());
    }
}
