package org.bridgehead.simulator.ews;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import org.bridgehead.simulator.soap.XmlWriter;

/**
 * Writes a t:TimeZoneDefinition (StartTimeZone, EndTimeZone) as Exchange 2010 SP1 and later give
 * it: the Windows id, its periods (a Bias being minus the UTC offset), one transitions group with
 * the zone's standing daylight-saving rules, and the transition to that group.
 */
final class TimeZoneDefinitions {
    private static final String STANDARD = "Std";
    private static final String DAYLIGHT = "Dlt/1";

    private TimeZoneDefinitions() {
    }

    static void write(XmlWriter out, String element, String windowsId) {
        ZoneId zone = EwsTimeZones.zoneOf(windowsId).orElse(ZoneOffset.UTC);
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransitionRule> transitions = rules.getTransitionRules();
        out.start("t:" + element).attr("Id", windowsId);
        out.start("t:Periods");
        ZoneOffsetTransitionRule toDaylight = null;
        ZoneOffsetTransitionRule toStandard = null;
        if (transitions.size() == 2) {
            boolean firstIsDaylight = transitions.get(0).getOffsetAfter().getTotalSeconds()
                    > transitions.get(0).getOffsetBefore().getTotalSeconds();
            toDaylight = transitions.get(firstIsDaylight ? 0 : 1);
            toStandard = transitions.get(firstIsDaylight ? 1 : 0);
            period(out, toStandard.getOffsetAfter(), "Standard", STANDARD);
            period(out, toDaylight.getOffsetAfter(), "Daylight", DAYLIGHT);
        } else {
            period(out, rules.getStandardOffset(Instant.now()), "Standard", STANDARD);
        }
        out.end();
        out.start("t:TransitionsGroups").start("t:TransitionsGroup").attr("Id", "0");
        if (toDaylight != null) {
            recurring(out, toDaylight, DAYLIGHT);
            recurring(out, toStandard, STANDARD);
        } else {
            out.start("t:Transition").start("t:To").attr("Kind", "Period").text(STANDARD).end().end();
        }
        out.end().end();
        out.start("t:Transitions").start("t:Transition").start("t:To").attr("Kind", "Group").text("0").end().end().end();
        out.end();
    }

    private static void period(XmlWriter out, ZoneOffset offset, String name, String id) {
        out.start("t:Period").attr("Bias", bias(offset)).attr("Name", name).attr("Id", id).end();
    }

    private static void recurring(XmlWriter out, ZoneOffsetTransitionRule rule, String to) {
        LocalDateTime at = rule.createTransition(2001).getDateTimeBefore();
        int day = rule.getDayOfMonthIndicator();
        int occurrence = day < 0 || day > 21 ? -1 : (day - 1) / 7 + 1;
        out.start("t:RecurringDayTransition");
        out.start("t:To").attr("Kind", "Period").text(to).end();
        out.element("t:TimeOffset", java.time.Duration.ofSeconds(at.toLocalTime().toSecondOfDay()).toString());
        out.element("t:Month", rule.getMonth().getValue());
        String dayName = rule.getDayOfWeek().name();
        out.element("t:DayOfWeek", dayName.charAt(0) + dayName.substring(1).toLowerCase(Locale.ROOT));
        out.element("t:Occurrence", occurrence);
        out.end();
    }

    /** Windows' bias: minutes to add to local time to get UTC, as an xs:duration. */
    private static String bias(ZoneOffset offset) {
        int minutes = -offset.getTotalSeconds() / 60;
        return (minutes < 0 ? "-" : "") + "PT" + Math.abs(minutes) + "M";
    }
}
