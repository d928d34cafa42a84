package org.bridgehead.caldav.report;

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
import org.bridgehead.caldav.resource.Listings;
import org.bridgehead.caldav.resource.Target;
import org.bridgehead.caldav.xml.DavNames;
import org.bridgehead.caldav.xml.Multistatus;
import org.bridgehead.caldav.xml.XmlReader;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.pim.CollectionKind;
import org.bridgehead.exchange.pim.ItemRef;
import org.bridgehead.exchange.pim.PimCollection;
import org.w3c.dom.Element;

/**
 * addressbook-query (RFC 6352 8.6) on an address book, or on the directory, which is searched by
 * the filter's name and address matches (the directory is never listed whole). CARDDAV:limit
 * truncates, with 507 on the collection as RFC 6352 8.6.1 asks.
 */
final class AddressbookQueryReport {

    private final Listings listings;

    AddressbookQueryReport(Listings listings) {
        this.listings = listings;
    }

    DavResponse run(DavRequest request, Target target, Element root) throws DavException, BackendException {
        PropRequest props = PropRequest.ofParent(root);
        CardFilter filter = new CardFilter(XmlReader.child(root, DavNames.CARD_FILTER)
                .orElseThrow(() -> DavException.badRequest("addressbook-query needs a filter")));
        int limit = XmlReader.child(root, DavNames.CARD_LIMIT)
                .flatMap(l -> XmlReader.child(l, DavNames.carddav("nresults")))
                .map(XmlReader::text).filter(s -> s.matches("\\d{1,6}")).map(Integer::parseInt)
                .orElse(Integer.MAX_VALUE);
        Multistatus answer = new Multistatus();
        int count = 0;
        boolean truncated = false;
        if (target instanceof Target.Gal) {
            List<org.bridgehead.exchange.directory.SearchCriterion> criteria = filter.directoryCriteria();
            List<GalEntries.Entry> entries = criteria.isEmpty() ? List.of()
                    : GalEntries.search(request.session().directory(), criteria, GalEntries.LIMIT);
            for (GalEntries.Entry entry : entries) {
                if (matches(filter, entry.vcard())) {
                    if (count++ >= limit) {
                        truncated = true;
                        break;
                    }
                    PropAnswers.item(answer, DavPath.child(target.href(), entry.name(), false), props, entry.etag(),
                            CollectionKind.CONTACTS, entry.vcard());
                }
            }
        } else if (target instanceof Target.Collection collectionTarget
                && collectionTarget.collection().kind() == CollectionKind.CONTACTS) {
            PimCollection collection = collectionTarget.collection();
            List<ItemRef> refs = listings.list(request.address(), request.session().pim(), collection).items();
            Map<String, String> bodies = Bodies.of(request.session().pim(), collection.id(), refs);
            for (ItemRef ref : refs) {
                String body = bodies.get(ref.resourceName());
                if (body != null && matches(filter, body)) {
                    if (count++ >= limit) {
                        truncated = true;
                        break;
                    }
                    PropAnswers.item(answer, DavPath.child(target.href(), ref.resourceName(), false), props,
                            ref.etag(), CollectionKind.CONTACTS, body);
                }
            }
        } else {
            throw DavException.forbidden("addressbook-query runs on an address book",
                    DavNames.carddav("addressbook-collection-location-ok"));
        }
        if (truncated) {
            answer.status(target.href(), 507);
        }
        return DavResponse.xml(207, answer.finish());
    }

    private static boolean matches(CardFilter filter, String body) throws DavException {
        try {
            Component vcard = ContentLines.parse(body);
            return filter.matches(vcard);
        } catch (MalformedContentException e) {
            return false;
        }
    }
}
