package org.bridgehead.imap.protocol.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchableHeaderTest {

    private static final SearchableHeader HEADER = SearchableHeader.parse((""
            + "Date: Tue, 7 Jan 2020 23:29:00 -0800\r\n"
            + "From: =?ISO-8859-1?Q?Andr=E9_Gr=FCn?= <andre@example.de>\r\n"
            + "To: Friends: ann@example.org, \"B. Bee\" <bee@example.org>;\r\n"
            + "Subject: folded over\r\n several lines\r\n"
            + "X-Empty:\r\n"
            + "\r\n").getBytes(StandardCharsets.US_ASCII));

    @Test
    void addressFieldsMatchDisplayNamesAddressesAndGroupsCaseInsensitively() {
        assertTrue(HEADER.fieldContains("from", "ANDRÉ GRÜN"));
        assertTrue(HEADER.fieldContains("From", "andre@example.de"));
        assertTrue(HEADER.fieldContains("To", "friends"));
        assertTrue(HEADER.fieldContains("To", "b. bee"));
        assertFalse(HEADER.fieldContains("Cc", "bee"));
    }

    @Test
    void foldedFieldsAreUnfoldedBeforeMatching() {
        assertTrue(HEADER.fieldContains("Subject", "over several"));
    }

    @Test
    void anEmptyTextMatchesEveryFieldPresentEvenAnEmptyOne() {
        assertTrue(HEADER.fieldContains("X-Empty", ""));
        assertTrue(HEADER.fieldContains("Subject", ""));
        assertFalse(HEADER.fieldContains("Reply-To", ""));
    }

    @Test
    void textMatchesFieldNamesAndValues() {
        assertTrue(HEADER.anyFieldContains("x-empty"));
        assertTrue(HEADER.anyFieldContains("grün"));
        assertFalse(HEADER.anyFieldContains("nowhere"));
    }

    @Test
    void theSentDayIsTheDayInTheSendersOwnZone() {
        assertEquals(Optional.of(LocalDate.of(2020, 1, 7)), HEADER.sentDay());
        assertEquals(Optional.of(LocalDate.of(1999, 12, 31)), SearchableHeader.day("31 Dec 99 23:00 EST"));
        assertEquals(Optional.of(LocalDate.of(2004, 2, 1)), SearchableHeader.day("1 Feb 04 00:00 +0000"));
        assertEquals(Optional.empty(), SearchableHeader.day("yesterday"));
        assertEquals(Optional.empty(), SearchableHeader.day("31 Feb 2020 10:00 +0000"));
        assertEquals(Optional.empty(), SearchableHeader.parse(new byte[0]).sentDay());
    }
}
