package org.bridgehead.exchange.pim.ical;

/** iCalendar CLASS as Exchange keeps it (its Sensitivity; Exchange's Personal reads as PRIVATE). */
public enum Sensitivity {
    PUBLIC, PRIVATE, CONFIDENTIAL
}
