package org.bridgehead.caldav.report;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.http.DavRequest;
import org.bridgehead.caldav.http.DavResponse;
import org.bridgehead.caldav.ical.Component;
import org.bridgehead.caldav.ical.ContentLines;
import org.bridgehead.caldav.ical.MalformedContentException;
import org.bridgehead.caldav.ical.TimeRange;
import org.bridgehead.caldav.property.PropAnswers;
import org.bridgehead.caldav.property.PropRequest;
import org.bridgehead.caldav.resource.Bodies;
import org.bridgehead.caldav.resource.DavPath;
import org.bridgehead.caldav.resource.Listings;
import org.bridgehead.caldav.resource.Target;
import org.bridgehead.caldav.xml.DavNames;
import org.bridgehead.caldav.xml.Multistatus;
import org.bridgehead.caldav.xml.XmlReader;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.pim.CollectionKind;
import org.bridgehead.exchange.pim.ItemRef;
import org.bridgehead.exchange.pim.PimCollection;
import org.bridgehead.exchange.pim.PimItem;
import org.bridgehead.exchange.pim.PimService;
import org.w3c.dom.Element;

/**
 * calendar-query (RFC 4791 7.8). A time range on the events or to-dos goes to the backend, which
 * lets Exchange expand recurring series (CalendarView); the rest of the filter is evaluated here on
 * the iCalendar of the candidates, fetched in one batch.
 */
final class CalendarQueryReport {

    private final Listings listings;

    CalendarQueryReport(Listings listings) {
        this.listings = listings;
    }

    DavResponse run(DavRequest request, Target target, Element root) throws DavException, BackendException {
        if (!(target instanceof Target.Collection collectionTarget)
                || collectionTarget.collection().kind() == CollectionKind.CONTACTS) {
            throw DavException.forbidden("calendar-query runs on a calendar or task list",
                    DavNames.caldav("calendar-collection-location-ok"));
        }
        PimCollection collection = collectionTarget.collection();
        PropRequest props = PropRequest.ofParent(root);
        Element filterElement = XmlReader.child(root, DavNames.FILTER)
                .orElseThrow(() -> new DavException(403, "calendar-query needs a filter", DavNames.caldav("valid-filter")));
        CalendarFilter filter = CalendarFilter.of(filterElement);
        PimService pim = request.session().pim();
        Optional<TimeRange> range = filter.componentRange();
        List<ItemRef> candidates = range.isPresent()
                ? pim.findInRange(collection.id(), range.get().start(), range.get().end())
                : listings.list(request.address(), pim, collection).items();
        Set<String> inRange = new HashSet<>();
        if (range.isPresent()) {
            candidates.forEach(ref -> inRange.add(ref.resourceName()));
        }
        Map<String, PimItem> items = Bodies.items(pim, collection.id(),
                candidates.stream().map(ItemRef::resourceName).toList());
        CalendarData data = CalendarData.of(props);
        Multistatus answer = new Multistatus();
        for (ItemRef ref : candidates) {
            PimItem item = items.get(ref.resourceName());
            if (item == null) {
                continue;
            }
            Component calendar;
            try {
                calendar = ContentLines.parse(item.body());
            } catch (MalformedContentException e) {
                // An item the backend could not render properly is left out rather than failing the query.
                continue;
            }
            if (filter.matches(calendar, inRange.contains(ref.resourceName()))) {
                PropAnswers.item(answer, DavPath.child(target.href(), ref.resourceName(), false), props,
                        item.ref().etag(), collection.kind(), data.render(calendar, item.body()));
            }
        }
        return DavResponse.xml(207, answer.finish());
    }
}
