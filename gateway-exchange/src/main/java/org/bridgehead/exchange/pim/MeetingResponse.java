package org.bridgehead.exchange.pim;

/** An attendee's answer to a meeting request (iCalendar PARTSTAT). */
public enum MeetingResponse {
    ACCEPTED,
    TENTATIVE,
    DECLINED
}
