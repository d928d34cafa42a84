package org.bridgehead.imap.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImapDatesTest {

    @Test
    void internalDateHasRfcFormat() {
        assertEquals("17-Jul-1996 02:44:25 -0700",
                ImapDates.formatDateTime(OffsetDateTime.parse("1996-07-17T02:44:25-07:00")));
        assertEquals(" 7-Jan-2024 23:05:00 +0530",
                ImapDates.formatDateTime(OffsetDateTime.parse("2024-01-07T23:05:00+05:30")));
        assertEquals(" 1-Dec-2023 00:00:00 +0000", ImapDates.formatDateTime(OffsetDateTime.parse("2023-12-01T00:00:00Z")));
    }

    @Test
    void dateTimeParsesEveryDayPadding() throws Exception {
        OffsetDateTime expected = OffsetDateTime.parse("2024-01-07T23:05:00+05:30");
        assertEquals(expected, ImapDates.parseDateTime(" 7-Jan-2024 23:05:00 +0530"));
        assertEquals(expected, ImapDates.parseDateTime("07-Jan-2024 23:05:00 +0530"));
        assertEquals(expected, ImapDates.parseDateTime("7-jan-2024 23:05:00 +0530"));
        OffsetDateTime time = OffsetDateTime.parse("1996-07-17T02:44:25-07:00");
        assertEquals(time, ImapDates.parseDateTime(ImapDates.formatDateTime(time)));
    }

    @Test
    void searchDateParses() throws Exception {
        assertEquals(LocalDate.of(1994, 2, 1), ImapDates.parseDate("1-Feb-1994"));
        assertEquals(LocalDate.of(1994, 2, 1), ImapDates.parseDate("01-FEB-1994"));
        assertEquals("1-Feb-1994", ImapDates.formatDate(LocalDate.of(1994, 2, 1)));
    }

    @Test
    void aDayPastTheMonthsEndRunsIntoTheNextMonthAsDovecotReadsIt() throws Exception {
        assertEquals(LocalDate.of(2020, 3, 2), ImapDates.parseDate("31-Feb-2020"));
        assertEquals(LocalDate.of(2021, 5, 1), ImapDates.parseDate("31-Apr-2021"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"32-Jan-2020", "0-Jan-2020", "1-Foo-2020", "1-Feb-94", "-Feb-2020", "123-Feb-2020", "1/Feb/2020", "a-Feb-2020"})
    void invalidSearchDatesAreRejected(String text) {
        assertThrows(ImapSyntaxException.class, () -> ImapDates.parseDate(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"17-Jul-1996 02:44:25", "17-Jul-1996 25:44:25 -0700", "17-Jul-1996 02:44:25 0700",
            "17-Jul-1996 2:44:25 -0700", "17-Jul-1996  02:44:25 -0700", "17-Jul-1996 02:44:25 -07:0"})
    void invalidDateTimesAreRejected(String text) {
        assertThrows(ImapSyntaxException.class, () -> ImapDates.parseDateTime(text));
    }
}
