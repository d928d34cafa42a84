package org.bridgehead.caldav.method;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.http.DavRequest;
import org.bridgehead.caldav.http.DavResponse;
import org.bridgehead.caldav.ical.Component;
import org.bridgehead.caldav.ical.ContentLines;
import org.bridgehead.caldav.ical.FreeBusyCalendar;
import org.bridgehead.caldav.ical.IcalTime;
import org.bridgehead.caldav.ical.MalformedContentException;
import org.bridgehead.caldav.ical.Property;
import org.bridgehead.caldav.resource.Target;
import org.bridgehead.caldav.resource.TargetResolver;
import org.bridgehead.caldav.xml.DavNames;
import org.bridgehead.caldav.xml.XmlWriter;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.pim.BusyPeriod;
import org.bridgehead.exchange.pim.FreeBusy;

/**
 * POST to the scheduling outbox (RFC 6638 5.1): a VFREEBUSY request for several attendees,
 * answered from Exchange's availability in one backend call, one schedule-response per attendee.
 * Invitations need no POST: the server schedules on PUT.
 */
final class PostMethod implements DavMethod {

    @Override
    public DavResponse handle(DavRequest request) throws DavException, BackendException {
        Target target = TargetResolver.resolve(request.path(), request.session());
        if (!(target instanceof Target.Outbox)) {
            throw DavException.methodNotAllowed("POST is for the scheduling outbox");
        }
        Component calendar;
        try {
            calendar = ContentLines.parse(request.bodyText());
        } catch (MalformedContentException e) {
            throw new DavException(400, e.getMessage(), DavNames.caldav("valid-calendar-data"));
        }
        Component freeBusy = calendar.components("VFREEBUSY").stream().findFirst()
                .orElseThrow(() -> new DavException(403, "the outbox answers VFREEBUSY requests only;"
                        + " invitations are sent when the event is saved", DavNames.caldav("valid-scheduling-message")));
        Instant start = time(freeBusy, "DTSTART");
        Instant end = time(freeBusy, "DTEND");
        if (!end.isAfter(start)) {
            throw DavException.badRequest("DTEND must be after DTSTART");
        }
        List<String> attendees = new ArrayList<>();
        for (Property attendee : freeBusy.properties("ATTENDEE")) {
            attendees.add(address(attendee.value()));
        }
        if (attendees.isEmpty()) {
            throw DavException.badRequest("the VFREEBUSY request names no ATTENDEE");
        }
        Map<String, FreeBusy> answers = request.session().pim().freeBusy(attendees, start, end);
        XmlWriter xml = new XmlWriter().start(DavNames.SCHEDULE_RESPONSE);
        for (String attendee : attendees) {
            FreeBusy answer = answers.get(attendee);
            xml.start(DavNames.RESPONSE_C).start(DavNames.RECIPIENT).element(DavNames.HREF, "mailto:" + attendee).end();
            if (answer == null || !answer.known()) {
                xml.element(DavNames.REQUEST_STATUS, "3.7;Invalid calendar user").end();
                continue;
            }
            List<BusyPeriod> busy = answer.busy();
            xml.element(DavNames.REQUEST_STATUS, "2.0;Success")
                    .element(DavNames.CALENDAR_DATA,
                            FreeBusyCalendar.of(busy, start, end, "REPLY", request.address(), attendee))
                    .end();
        }
        return DavResponse.xml(200, xml.end().toBytes());
    }

    private static Instant time(Component component, String name) throws DavException {
        return component.property(name).flatMap(IcalTime::instant)
                .orElseThrow(() -> DavException.badRequest("the VFREEBUSY request needs " + name));
    }

    static String address(String calAddress) {
        String value = calAddress.trim();
        return value.toLowerCase(Locale.ROOT).startsWith("mailto:") ? value.substring(7) : value;
    }
}
