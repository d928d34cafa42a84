package org.bridgehead.exchange.pim.ical;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Arrays;

/**
 * Time zone names: the IANA names iCalendar clients use and the Windows names Exchange uses,
 * translated by the CLDR windowsZones table (through ICU). The table maps many IANA zones to one
 * Windows zone (America/Winnipeg and America/Chicago are both "Central Standard Time"), so reading
 * prefers the zone the client originally named whenever it has the same Windows name; a zone is
 * never guessed from an offset.
 */
public final class TimeZones {

    /** Windows' name for UTC, which Exchange also uses. */
    public static final String WINDOWS_UTC = "UTC";

    private TimeZones() {
    }

    public static boolean isUtc(ZoneId zone) {
        ZoneId normalized = zone.normalized();
        return normalized.equals(ZoneOffset.UTC) || "Etc/UTC".equals(zone.getId()) || "UTC".equals(zone.getId())
                || "Etc/GMT".equals(zone.getId()) || "GMT".equals(zone.getId());
    }

    /**
     * The zone an iCalendar TZID names: an IANA name, a Windows name (Outlook writes those), or an
     * IANA name at the end of a longer TZID.
     */
    public static Optional<ZoneId> resolve(String tzid) {
        if (tzid == null || tzid.isBlank()) {
            return Optional.empty();
        }
        String name = tzid.strip();
        Optional<ZoneId> iana = iana(name);
        if (iana.isPresent()) {
            return iana;
        }
        Optional<ZoneId> windows = fromWindows(name);
        if (windows.isPresent()) {
            return windows;
        }
        // the longest trailing part that is an IANA name: a/b/Europe/Berlin -> Europe/Berlin
        String[] parts = name.split("/");
        for (int first = 1; first < parts.length - 1; first++) {
            Optional<ZoneId> found = iana(String.join("/", Arrays.asList(parts).subList(first, parts.length)));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Exchange's (Windows) name for a zone, if the table has one. */
    public static Optional<String> toWindows(ZoneId zone) {
        if (isUtc(zone)) {
            return Optional.of(WINDOWS_UTC);
        }
        String windows = com.ibm.icu.util.TimeZone.getWindowsID(zone.getId());
        return Optional.ofNullable(windows);
    }

    /**
     * The IANA zone for a Windows name: {@code preferred} (the zone the client named) if the table
     * gives it the same Windows name, else the table's main zone for it.
     */
    public static Optional<ZoneId> fromWindows(String windowsName, ZoneId preferred) {
        if (windowsName == null || windowsName.isBlank()) {
            return Optional.ofNullable(preferred);
        }
        if (preferred != null && toWindows(preferred).filter(windowsName::equals).isPresent()) {
            return Optional.of(preferred);
        }
        return fromWindows(windowsName);
    }

    private static Optional<ZoneId> fromWindows(String windowsName) {
        if (WINDOWS_UTC.equals(windowsName)) {
            return Optional.of(ZoneOffset.UTC);
        }
        String id = com.ibm.icu.util.TimeZone.getIDForWindowsID(windowsName, "001");
        return id == null ? Optional.empty() : iana(id);
    }

    private static Optional<ZoneId> iana(String name) {
        if (!name.contains("/") && !"UTC".equals(name) && !"GMT".equals(name)) {
            return Optional.empty();
        }
        try {
            ZoneId zone = ZoneId.of(name);
            return Optional.of(isUtc(zone) ? ZoneOffset.UTC : zone);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
