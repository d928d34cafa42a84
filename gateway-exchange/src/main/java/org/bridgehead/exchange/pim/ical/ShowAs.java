package org.bridgehead.exchange.pim.ical;

/**
 * How an event shows in free/busy (Exchange's LegacyFreeBusyStatus). iCalendar has only TRANSP
 * (TRANSPARENT = free, OPAQUE = busy); the finer states travel as X-MICROSOFT-CDO-BUSYSTATUS, which
 * Outlook and Exchange themselves write.
 */
public enum ShowAs {
    FREE, TENTATIVE, BUSY, OOF, WORKING_ELSEWHERE
}
