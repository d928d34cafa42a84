package org.bridgehead.caldav.ical;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgehead.exchange.pim.BusyPeriod;

/** A VFREEBUSY (RFC 5545 3.6.4) for one person's busy periods, as a report answer or an iTIP REPLY. */
public final class FreeBusyCalendar {

    private FreeBusyCalendar() {
    }

    /**
     * @param method    "REPLY" for a scheduling answer (RFC 6638), null for free-busy-query
     * @param organizer the asking user's address, or null
     * @param attendee  the person whose time this is, or null
     */
    public static String of(List<BusyPeriod> busy, Instant start, Instant end, String method, String organizer,
            String attendee) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Bridgehead//CalDAV//EN");
        if (method != null) {
            lines.add("METHOD:" + method);
        }
        lines.add("BEGIN:VFREEBUSY");
        lines.add("UID:" + UUID.randomUUID());
        lines.add("DTSTAMP:" + IcalTime.utc(Instant.now()));
        lines.add("DTSTART:" + IcalTime.utc(start));
        lines.add("DTEND:" + IcalTime.utc(end));
        if (organizer != null) {
            lines.add("ORGANIZER:mailto:" + organizer);
        }
        if (attendee != null) {
            lines.add("ATTENDEE:mailto:" + attendee);
        }
        for (BusyPeriod period : busy) {
            lines.add("FREEBUSY;FBTYPE=" + fbType(period.type()) + ":" + IcalTime.utc(period.start()) + "/"
                    + IcalTime.utc(period.end()));
        }
        lines.add("END:VFREEBUSY");
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> ContentLines.fold(out, line));
        return out.toString();
    }

    private static String fbType(BusyPeriod.Type type) {
        return switch (type) {
            case BUSY -> "BUSY";
            case TENTATIVE -> "BUSY-TENTATIVE";
            case UNAVAILABLE -> "BUSY-UNAVAILABLE";
        };
    }
}
