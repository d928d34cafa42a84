package org.bridgehead.simulator.ews;

import com.ibm.icu.util.TimeZone;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Time zones as Exchange names them: Windows ids ("W. Europe Standard Time"), mapped to and from
 * IANA zones by CLDR's table (through ICU), never guessed from an offset. Also finds the zone a
 * request speaks in: the element's own StartTimeZone / EndTimeZone / MeetingTimeZone, else the
 * TimeZoneContext SOAP header, else UTC.
 */
final class EwsTimeZones {
    static final String UTC_ID = "UTC";

    private EwsTimeZones() {
    }

    /** The IANA zone of a Windows id, or empty when CLDR does not know the id. */
    static Optional<ZoneId> zoneOf(String windowsId) {
        if (windowsId == null || windowsId.isBlank()) {
            return Optional.empty();
        }
        if (windowsId.equals(UTC_ID)) {
            return Optional.of(ZoneOffset.UTC);
        }
        String iana = TimeZone.getIDForWindowsID(windowsId, null);
        return iana == null ? Optional.empty() : Optional.of(ZoneId.of(iana));
    }

    /** The Windows id of a zone (America/Winnipeg -> Central Standard Time). */
    static String windowsIdOf(ZoneId zone) {
        if (zone.normalized() instanceof ZoneOffset offset && offset.getTotalSeconds() == 0) {
            return UTC_ID;
        }
        String id = TimeZone.getWindowsID(zone.getId());
        return id == null ? UTC_ID : id;
    }

    /** The zone a t:TimeZoneDefinition (StartTimeZone, TimeZoneContext) or t:MeetingTimeZone names. */
    static ZoneId read(Element definition) throws EwsError {
        String id = definition.hasAttribute("Id") ? definition.getAttribute("Id")
                : definition.getAttribute("TimeZoneName");
        return zoneOf(id).orElseThrow(() -> new EwsError("ErrorTimeZone",
                "The time zone isn't valid: " + id));
    }

    /** The zone of the request's TimeZoneContext header, or UTC when it has none. */
    static ZoneId context(Element operation) throws EwsError {
        Element envelope = operation.getOwnerDocument().getDocumentElement();
        for (Node part = envelope.getFirstChild(); part != null; part = part.getNextSibling()) {
            if (part instanceof Element header && "Header".equals(header.getLocalName())) {
                for (Element h : Dom.children(header)) {
                    if ("TimeZoneContext".equals(h.getLocalName())) {
                        Optional<Element> definition = Dom.child(h, "TimeZoneDefinition");
                        if (definition.isPresent()) {
                            return read(definition.get());
                        }
                    }
                }
            }
        }
        return ZoneOffset.UTC;
    }
}
