package org.bridgehead.simulator.ews;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bridgehead.simulator.store.ItemState;
import org.bridgehead.simulator.store.PimData;
import org.bridgehead.simulator.store.XmlNode;

/**
 * A calendar item's MimeContent: iCalendar as Exchange writes it (METHOD:PUBLISH, Microsoft's
 * PRODID, a VTIMEZONE named by the Windows id with the zone's current rules from 1601, local
 * DTSTART/DTEND with TZID, VALUE=DATE for all-day events, X-MICROSOFT-CDO-* properties, a VALARM
 * for the reminder), lines folded at 75 octets.
 */
final class CalendarMime {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private CalendarMime() {
    }

    static String write(ItemState item, String ownerAddress) {
        return write(item.pim(), item.subject(), item.categories(), item.created(), "PUBLISH");
    }

    /**
     * The iCalendar of a calendar item's properties: PUBLISH for the item itself, REQUEST, REPLY or
     * CANCEL for the text/calendar part of a meeting message (a cancelled event is STATUS:CANCELLED).
     */
    static String write(PimData pim, String subject, List<String> categories, Instant created, String method) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "METHOD:" + method);
        line(ics, "PRODID:Microsoft Exchange Server 2010");
        line(ics, "VERSION:2.0");
        String tzid = pim.field("StartTimeZone").map(z -> z.attributes().get("Id")).orElse(EwsTimeZones.UTC_ID);
        ZoneId zone = EwsTimeZones.zoneOf(tzid).orElse(ZoneOffset.UTC);
        writeTimeZone(ics, tzid, zone);
        line(ics, "BEGIN:VEVENT");
        pim.field("Organizer").flatMap(o -> o.child("Mailbox")).ifPresent(m -> line(ics, "ORGANIZER;CN="
                + param(m.childText("Name").orElse("")) + ":mailto:" + m.childText("EmailAddress").orElse("")));
        attendees(ics, pim, "RequiredAttendees", "REQ-PARTICIPANT");
        attendees(ics, pim, "OptionalAttendees", "OPT-PARTICIPANT");
        pim.field("Body").map(XmlNode::textOrEmpty).filter(b -> !b.isEmpty())
                .ifPresent(b -> line(ics, "DESCRIPTION;LANGUAGE=en-US:" + text(b)));
        line(ics, "UID:" + pim.text("UID").orElse(""));
        line(ics, "SUMMARY;LANGUAGE=en-US:" + text(subject == null ? "" : subject));
        boolean allDay = pim.text("IsAllDayEvent").map(Boolean::parseBoolean).orElse(false);
        line(ics, "DTSTART" + time(Instant.parse(pim.text("Start").orElseThrow()), zone, tzid, allDay));
        line(ics, "DTEND" + time(Instant.parse(pim.text("End").orElseThrow()), zone, tzid, allDay));
        line(ics, "CLASS:" + switch (pim.text("Sensitivity").orElse("Normal")) {
            case "Private", "Personal" -> "PRIVATE";
            case "Confidential" -> "CONFIDENTIAL";
            default -> "PUBLIC";
        });
        line(ics, "PRIORITY:" + switch (pim.text("Importance").orElse("Normal")) {
            case "High" -> "1";
            case "Low" -> "9";
            default -> "5";
        });
        if (!categories.isEmpty()) {
            line(ics, "CATEGORIES:" + String.join(",", categories.stream().map(CalendarMime::text).toList()));
        }
        line(ics, "DTSTAMP:" + UTC.format(Instant.parse(pim.text("DateTimeStamp").orElse(ItemWriter.time(created)))));
        String busy = pim.text("LegacyFreeBusyStatus").orElse("Busy");
        line(ics, "TRANSP:" + (busy.equals("Free") ? "TRANSPARENT" : "OPAQUE"));
        line(ics, "STATUS:" + (method.equals("CANCEL") ? "CANCELLED" : busy.equals("Tentative") ? "TENTATIVE" : "CONFIRMED"));
        line(ics, "SEQUENCE:" + pim.text("AppointmentSequenceNumber").orElse("0"));
        pim.text("Location").filter(l -> !l.isEmpty()).ifPresent(l -> line(ics, "LOCATION;LANGUAGE=en-US:" + text(l)));
        line(ics, "X-MICROSOFT-CDO-APPT-SEQUENCE:" + pim.text("AppointmentSequenceNumber").orElse("0"));
        line(ics, "X-MICROSOFT-CDO-BUSYSTATUS:" + busy.toUpperCase(Locale.ROOT));
        line(ics, "X-MICROSOFT-CDO-INTENDEDSTATUS:" + busy.toUpperCase(Locale.ROOT));
        line(ics, "X-MICROSOFT-CDO-ALLDAYEVENT:" + (allDay ? "TRUE" : "FALSE"));
        line(ics, "X-MICROSOFT-CDO-IMPORTANCE:" + switch (pim.text("Importance").orElse("Normal")) {
            case "High" -> "2";
            case "Low" -> "0";
            default -> "1";
        });
        line(ics, "X-MICROSOFT-CDO-INSTTYPE:" + ("RecurringMaster".equals(pim.text("CalendarItemType").orElse("")) ? "1" : "0"));
        line(ics, "X-MICROSOFT-DISALLOW-COUNTER:" + (pim.text("AllowNewTimeProposal").orElse("true").equals("true")
                ? "FALSE" : "TRUE"));
        if (pim.text("ReminderIsSet").map(Boolean::parseBoolean).orElse(false)) {
            line(ics, "BEGIN:VALARM");
            line(ics, "DESCRIPTION:REMINDER");
            line(ics, "TRIGGER;RELATED=START:-" + Duration.ofMinutes(Long.parseLong(
                    pim.text("ReminderMinutesBeforeStart").orElse("15"))));
            line(ics, "ACTION:DISPLAY");
            line(ics, "END:VALARM");
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void attendees(StringBuilder ics, PimData pim, String list, String role) {
        Optional<XmlNode> attendees = pim.field(list);
        if (attendees.isEmpty()) {
            return;
        }
        for (XmlNode a : attendees.get().children("Attendee")) {
            XmlNode m = a.child("Mailbox").orElse(XmlNode.of("Mailbox", List.of()));
            String partstat = switch (a.childText("ResponseType").orElse("Unknown")) {
                case "Accept" -> "ACCEPTED";
                case "Tentative" -> "TENTATIVE";
                case "Decline" -> "DECLINED";
                default -> "NEEDS-ACTION";
            };
            line(ics, "ATTENDEE;ROLE=" + role + ";PARTSTAT=" + partstat + ";RSVP=TRUE;CN="
                    + param(m.childText("Name").orElse("")) + ":mailto:" + m.childText("EmailAddress").orElse(""));
        }
    }

    private static String time(Instant instant, ZoneId zone, String tzid, boolean allDay) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        if (allDay) {
            return ";VALUE=DATE:" + DATE.format(local);
        }
        return ";TZID=" + param(tzid) + ":" + LOCAL.format(local);
    }

    /** VTIMEZONE with the zone's standing rules, as Exchange writes a Windows zone (from 1601). */
    private static void writeTimeZone(StringBuilder ics, String tzid, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        line(ics, "BEGIN:VTIMEZONE");
        line(ics, "TZID:" + tzid);
        List<ZoneOffsetTransitionRule> transitions = rules.getTransitionRules();
        if (transitions.size() == 2) {
            ZoneOffsetTransitionRule toDaylight = transitions.get(0).getOffsetAfter().getTotalSeconds()
                    > transitions.get(0).getOffsetBefore().getTotalSeconds() ? transitions.get(0) : transitions.get(1);
            ZoneOffsetTransitionRule toStandard = toDaylight == transitions.get(0) ? transitions.get(1) : transitions.get(0);
            observance(ics, "STANDARD", toStandard);
            observance(ics, "DAYLIGHT", toDaylight);
        } else {
            ZoneOffset offset = rules.getStandardOffset(Instant.now());
            line(ics, "BEGIN:STANDARD");
            line(ics, "DTSTART:16010101T000000");
            line(ics, "TZOFFSETFROM:" + offset(offset));
            line(ics, "TZOFFSETTO:" + offset(offset));
            line(ics, "END:STANDARD");
        }
        line(ics, "END:VTIMEZONE");
    }

    private static void observance(StringBuilder ics, String kind, ZoneOffsetTransitionRule rule) {
        LocalDateTime at = rule.createTransition(1601).getDateTimeBefore();
        line(ics, "BEGIN:" + kind);
        line(ics, "DTSTART:16010101T" + LOCAL.format(at).substring(9));
        line(ics, "TZOFFSETFROM:" + offset(rule.getOffsetBefore()));
        line(ics, "TZOFFSETTO:" + offset(rule.getOffsetAfter()));
        line(ics, "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=" + week(rule) + rule.getDayOfWeek().name().substring(0, 2)
                + ";BYMONTH=" + rule.getMonth().getValue());
        line(ics, "END:" + kind);
    }

    /** The week of the month a rule's day falls in: -1 for "last", else 1 to 4. */
    private static String week(ZoneOffsetTransitionRule rule) {
        int day = rule.getDayOfMonthIndicator();
        return day < 0 || day > 21 ? "-1" : String.valueOf((day - 1) / 7 + 1);
    }

    private static String offset(ZoneOffset offset) {
        int minutes = offset.getTotalSeconds() / 60;
        return String.format(Locale.ROOT, "%s%02d%02d", minutes < 0 ? "-" : "+", Math.abs(minutes) / 60,
                Math.abs(minutes) % 60);
    }

    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    private static String param(String value) {
        return value.matches(".*[;:,].*") ? "\"" + value.replace("\"", "") + "\"" : value;
    }

    /** Appends a content line folded at 75 octets (RFC 5545 3.1), ending in CRLF. */
    private static void line(StringBuilder ics, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int start = 0;
        int limit = 75;
        while (bytes.length - start > limit) {
            int end = start + limit;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--; // never split a UTF-8 sequence
            }
            ics.append(new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8)).append("\r\n ");
            start = end;
            limit = 74;
        }
        ics.append(new String(bytes, start, bytes.length - start, java.nio.charset.StandardCharsets.UTF_8)).append("\r\n");
    }
}
