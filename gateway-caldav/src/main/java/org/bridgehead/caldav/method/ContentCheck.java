package org.bridgehead.caldav.method;

import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.ical.Component;
import org.bridgehead.caldav.ical.ContentLines;
import org.bridgehead.caldav.ical.MalformedContentException;
import org.bridgehead.caldav.xml.DavNames;
import org.bridgehead.exchange.pim.CollectionKind;

/**
 * What a PUT body must be before the backend sees it (RFC 4791 5.3.2, RFC 6352 6.3.2): one
 * VCALENDAR with components of the collection's kind and one UID, or one VCARD.
 */
final class ContentCheck {

    private ContentCheck() {
    }

    static Component check(String body, CollectionKind kind) throws DavException {
        Component root;
        try {
            root = ContentLines.parse(body);
        } catch (MalformedContentException e) {
            throw invalid(kind, e.getMessage());
        }
        if (kind == CollectionKind.CONTACTS) {
            if (!root.name().equals("VCARD")) {
                throw invalid(kind, "an address book takes a VCARD, not " + root.name());
            }
            if (root.property("FN").isEmpty() && root.property("N").isEmpty()) {
                throw invalid(kind, "the vCard has neither FN nor N");
            }
            return root;
        }
        if (!root.name().equals("VCALENDAR")) {
            throw invalid(kind, "a calendar takes a VCALENDAR, not " + root.name());
        }
        String wanted = kind == CollectionKind.TASKS ? "VTODO" : "VEVENT";
        String uid = null;
        boolean any = false;
        for (Component component : root.components()) {
            if (component.name().equals("VTIMEZONE")) {
                continue;
            }
            if (!component.name().equals(wanted)) {
                throw new DavException(403, (kind == CollectionKind.TASKS ? "a task list" : "a calendar")
                        + " holds " + wanted + " only, not " + component.name(),
                        DavNames.caldav("supported-calendar-component"));
            }
            any = true;
            String componentUid = component.property("UID").map(p -> p.value().trim()).orElse(null);
            if (componentUid == null || componentUid.isEmpty()) {
                throw invalid(kind, wanted + " without UID");
            }
            if (uid != null && !uid.equals(componentUid)) {
                throw invalid(kind, "one calendar object holds one UID, found " + uid + " and " + componentUid);
            }
            uid = componentUid;
            if (component.property("DTSTART").isEmpty() && wanted.equals("VEVENT")) {
                throw invalid(kind, "VEVENT " + componentUid + " without DTSTART");
            }
        }
        if (!any) {
            throw invalid(kind, "the VCALENDAR holds no " + wanted);
        }
        return root;
    }

    private static DavException invalid(CollectionKind kind, String reason) {
        return new DavException(400, reason, kind == CollectionKind.CONTACTS
                ? DavNames.carddav("valid-address-data") : DavNames.caldav("valid-calendar-data"));
    }
}
