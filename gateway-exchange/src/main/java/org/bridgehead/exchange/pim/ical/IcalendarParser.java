package org.bridgehead.exchange.pim.ical;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.bridgehead.exchange.InvalidContentException;

/** Parses a client's VCALENDAR and finds its components of one kind, all with one UID. */
final class IcalendarParser {

    private IcalendarParser() {
    }

    static Calendar parse(String text) throws InvalidContentException {
        if (text == null || text.isBlank()) {
            throw new InvalidContentException("The iCalendar body is empty", null);
        }
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            throw new InvalidContentException("Invalid iCalendar at line " + e.getLineNo() + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new InvalidContentException("Invalid iCalendar: " + e.getMessage(), e);
        }
    }

    /**
     * The VEVENTs or VTODOs of a calendar object resource (RFC 4791 section 4.1): at least one, all
     * with the same UID, and no component of the other kind.
     */
    static List<Component> components(Calendar calendar, String kind) throws InvalidContentException {
        List<Component> found = IcalValues.components(calendar, kind);
        String other = Component.VEVENT.equals(kind) ? Component.VTODO : Component.VEVENT;
        if (found.isEmpty()) {
            throw new InvalidContentException("The VCALENDAR holds no " + kind, null);
        }
        if (!IcalValues.components(calendar, other).isEmpty()) {
            throw new InvalidContentException("A " + kind + " collection cannot store a " + other, null);
        }
        String uid = null;
        for (Component component : found) {
            String componentUid = component.getProperty("UID").map(p -> p.getValue().strip()).orElse("");
            if (componentUid.isEmpty()) {
                throw new InvalidContentException("A " + kind + " has no UID", null);
            }
            if (uid != null && !uid.equals(componentUid)) {
                throw new InvalidContentException("All " + kind + "s of one resource must share a UID", null);
            }
            uid = componentUid;
        }
        return found;
    }
}
