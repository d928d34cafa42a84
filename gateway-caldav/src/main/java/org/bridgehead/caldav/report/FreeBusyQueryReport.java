package org.bridgehead.caldav.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.http.DavRequest;
import org.bridgehead.caldav.http.DavResponse;
import org.bridgehead.caldav.ical.FreeBusyCalendar;
import org.bridgehead.caldav.ical.TimeRange;
import org.bridgehead.caldav.resource.Target;
import org.bridgehead.caldav.xml.DavNames;
import org.bridgehead.caldav.xml.XmlReader;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.pim.CollectionKind;
import org.bridgehead.exchange.pim.FreeBusy;
import org.w3c.dom.Element;

/**
 * free-busy-query (RFC 4791 7.10) on a calendar: the user's busy time from Exchange's availability
 * service, one backend call, as a VFREEBUSY.
 */
final class FreeBusyQueryReport {

    private FreeBusyQueryReport() {
    }

    static DavResponse run(DavRequest request, Target target, Element root) throws DavException, BackendException {
        if (!(target instanceof Target.Collection collection) || collection.collection().kind() != CollectionKind.CALENDAR) {
            throw DavException.forbidden("free-busy-query runs on a calendar", DavNames.dav("supported-report"));
        }
        Element rangeElement = XmlReader.child(root, DavNames.TIME_RANGE)
                .orElseThrow(() -> DavException.badRequest("free-busy-query needs a time-range"));
        TimeRange range = CalendarFilter.timeRange(rangeElement);
        if (range.start() == null || range.end() == null) {
            throw DavException.badRequest("free-busy-query needs a time-range with start and end");
        }
        String address = request.address();
        Map<String, FreeBusy> answer = request.session().pim().freeBusy(List.of(address), range.start(), range.end());
        FreeBusy own = answer.get(address);
        String body = FreeBusyCalendar.of(own == null ? List.of() : own.busy(), range.start(), range.end(), null,
                null, null);
        return new DavResponse(200, Map.of(), "text/calendar; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }
}
