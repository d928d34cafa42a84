package org.bridgehead.caldav.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgehead.caldav.gal.GalEntries;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.http.DavRequest;
import org.bridgehead.caldav.http.DavResponse;
import org.bridgehead.caldav.ical.Component;
import org.bridgehead.caldav.ical.ContentLines;
import org.bridgehead.caldav.ical.MalformedContentException;
import org.bridgehead.caldav.property.PropAnswers;
import org.bridgehead.caldav.property.PropRequest;
import org.bridgehead.caldav.resource.Bodies;
import org.bridgehead.caldav.resource.DavPath;
import org.bridgehead.caldav.resource.Target;
import org.bridgehead.caldav.xml.DavNames;
import org.bridgehead.caldav.xml.Multistatus;
import org.bridgehead.caldav.xml.XmlReader;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.pim.CollectionKind;
import org.bridgehead.exchange.pim.PimItem;
import org.w3c.dom.Element;

/**
 * calendar-multiget (RFC 4791 7.9) and addressbook-multiget (RFC 6352 8.7): the named items in one
 * backend call; an href that names nothing is answered 404.
 */
final class MultigetReport {

    private MultigetReport() {
    }

    static DavResponse run(DavRequest request, Target target, Element root) throws DavException, BackendException {
        PropRequest props = PropRequest.ofParent(root);
        Map<String, String> hrefs = new LinkedHashMap<>();
        for (Element href : XmlReader.children(root, DavNames.HREF)) {
            String value = XmlReader.text(href);
            hrefs.put(value, DavPath.lastSegment(value));
        }
        Multistatus answer = new Multistatus();
        if (target instanceof Target.Collection collection) {
            CollectionKind kind = collection.collection().kind();
            boolean addressbook = XmlReader.is(root, DavNames.ADDRESSBOOK_MULTIGET);
            if (addressbook != (kind == CollectionKind.CONTACTS)) {
                throw DavException.forbidden(XmlReader.name(root).getLocalPart() + " does not fit this collection",
                        DavNames.dav("supported-report"));
            }
            Map<String, PimItem> items = Bodies.items(request.session().pim(), collection.collection().id(),
                    new ArrayList<>(hrefs.values()));
            CalendarData data = addressbook ? null : CalendarData.of(props);
            for (Map.Entry<String, String> href : hrefs.entrySet()) {
                PimItem item = items.get(href.getValue());
                if (item == null) {
                    answer.status(href.getKey(), 404);
                } else {
                    PropAnswers.item(answer, href.getKey(), props, item.ref().etag(), kind,
                            data == null ? item.body() : render(data, item.body()));
                }
            }
        } else if (target instanceof Target.Gal) {
            for (Map.Entry<String, String> href : hrefs.entrySet()) {
                var entry = GalEntries.find(request.session().directory(), href.getValue());
                if (entry.isEmpty()) {
                    answer.status(href.getKey(), 404);
                } else {
                    PropAnswers.item(answer, href.getKey(), props, entry.get().etag(), CollectionKind.CONTACTS,
                            entry.get().vcard());
                }
            }
        } else if (target instanceof Target.Inbox) {
            List<PimItem> inbox = request.session().pim().schedulingInbox();
            for (Map.Entry<String, String> href : hrefs.entrySet()) {
                var item = inbox.stream().filter(i -> i.ref().resourceName().equals(href.getValue())).findFirst();
                if (item.isEmpty()) {
                    answer.status(href.getKey(), 404);
                } else {
                    PropAnswers.item(answer, href.getKey(), props, item.get().ref().etag(), CollectionKind.CALENDAR,
                            item.get().body());
                }
            }
        } else {
            throw DavException.forbidden("multiget runs on a collection", DavNames.dav("supported-report"));
        }
        return DavResponse.xml(207, answer.finish());
    }

    private static String render(CalendarData data, String body) {
        try {
            Component calendar = ContentLines.parse(body);
            return data.render(calendar, body);
        } catch (MalformedContentException e) {
            return body;
        }
    }
}
