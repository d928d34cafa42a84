package org.bridgehead.caldav.method;

import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.http.DavRequest;
import org.bridgehead.caldav.http.DavResponse;
import org.bridgehead.caldav.property.CollectionProperties;
import org.bridgehead.caldav.property.ItemProperties;
import org.bridgehead.caldav.property.PrincipalProperties;
import org.bridgehead.caldav.property.PropAnswers;
import org.bridgehead.caldav.property.PropRequest;
import org.bridgehead.caldav.resource.Bodies;
import org.bridgehead.caldav.resource.CollectionPaths;
import org.bridgehead.caldav.resource.DavPath;
import org.bridgehead.caldav.gal.GalEntries;
import org.bridgehead.caldav.resource.Listings;
import org.bridgehead.caldav.resource.SyncTokens;
import org.bridgehead.caldav.resource.Target;
import org.bridgehead.caldav.resource.TargetResolver;
import org.bridgehead.caldav.xml.DavNames;
import org.bridgehead.caldav.xml.Multistatus;
import org.bridgehead.caldav.xml.PropValue;
import org.bridgehead.caldav.xml.XmlReader;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.pim.CollectionKind;
import org.bridgehead.exchange.pim.ItemRef;
import org.bridgehead.exchange.pim.PimCollection;
import org.bridgehead.exchange.pim.PimItem;
import org.bridgehead.exchange.pim.PimService;

/**
 * PROPFIND (RFC 4918 9.1) at depth 0 or 1: every asked property is answered, or named in a 404
 * propstat. Item bodies are fetched only when calendar-data or address-data is asked for.
 */
final class PropfindMethod implements DavMethod {

    private final Listings listings;

    PropfindMethod(Listings listings) {
        this.listings = listings;
    }

    @Override
    public DavResponse handle(DavRequest request) throws DavException, BackendException {
        PropRequest props = PropRequest.ofPropfind(request.hasBody() ? XmlReader.parse(request.body()) : null);
        int depth = request.depth(1);
        String address = request.address();
        Target target = TargetResolver.resolve(request.path(), request.session());
        Multistatus answer = new Multistatus();
        if (target instanceof Target.Root || target instanceof Target.WellKnown) {
            add(answer, target.href(), props, PrincipalProperties.root(address));
            return DavResponse.xml(207, answer.finish());
        }
        if (target instanceof Target.Principal) {
            add(answer, target.href(), props, PrincipalProperties.principal(address));
            return DavResponse.xml(207, answer.finish());
        }
        if (target instanceof Target.Outbox outbox) {
            add(answer, outbox.href(), props, CollectionProperties.outbox(address));
            return DavResponse.xml(207, answer.finish());
        }
        if (target instanceof Target.Gal gal) {
            add(answer, gal.href(), props, CollectionProperties.gal(address));
            return DavResponse.xml(207, answer.finish());
        }
        if (target instanceof Target.GalItem item) {
            GalEntries.Entry entry = GalEntries.find(request.session().directory(), item.name())
                    .orElseThrow(() -> DavException.notFound("no such person in the directory: " + item.href()));
            item(answer, item.href(), props, entry.etag(), CollectionKind.CONTACTS, entry.vcard());
            return DavResponse.xml(207, answer.finish());
        }
        // Everything else lives in the backend's calendars and contacts.
        PimService pim = request.session().pim();
        if (target instanceof Target.Home home) {
            add(answer, home.href(), props, PrincipalProperties.home(address));
            if (depth == 1) {
                homeMembers(answer, props, address, pim);
            }
        } else if (target instanceof Target.Collection collection) {
            collection(answer, collection, props, depth, address, pim);
        } else if (target instanceof Target.Member member) {
            member(answer, member, props, pim);
        } else if (target instanceof Target.Inbox inbox) {
            add(answer, inbox.href(), props, CollectionProperties.inbox(address));
            if (depth == 1) {
                for (PimItem item : pim.schedulingInbox()) {
                    item(answer, DavPath.child(inbox.href(), item.ref().resourceName(), false), props,
                            item.ref().etag(), CollectionKind.CALENDAR, item.body());
                }
            }
        } else if (target instanceof Target.InboxItem item) {
            PimItem found = pim.schedulingInbox().stream()
                    .filter(candidate -> candidate.ref().resourceName().equals(item.name())).findFirst()
                    .orElseThrow(() -> DavException.notFound("no such scheduling message: " + item.href()));
            item(answer, item.href(), props, found.ref().etag(), CollectionKind.CALENDAR, found.body());
        }
        return DavResponse.xml(207, answer.finish());
    }

    private void homeMembers(Multistatus answer, PropRequest props, String address, PimService pim)
            throws BackendException {
        CollectionPaths paths = new CollectionPaths(pim.collections());
        for (PimCollection collection : paths.collections()) {
            String token = props.asks(DavNames.SYNC_TOKEN) ? syncToken(address, pim, collection) : null;
            add(answer, TargetResolver.collectionHref(address, paths, collection), props,
                    CollectionProperties.of(collection, address, token));
        }
        String home = TargetResolver.homeHref(address);
        add(answer, home + TargetResolver.INBOX + "/", props, CollectionProperties.inbox(address));
        add(answer, home + TargetResolver.OUTBOX + "/", props, CollectionProperties.outbox(address));
        add(answer, home + TargetResolver.GAL + "/", props, CollectionProperties.gal(address));
    }

    private void collection(Multistatus answer, Target.Collection target, PropRequest props, int depth,
            String address, PimService pim) throws BackendException {
        PimCollection collection = target.collection();
        Listings.Listing listing = depth == 1 || props.asks(DavNames.SYNC_TOKEN)
                ? listings.list(address, pim, collection) : null;
        String token = listing != null && props.asks(DavNames.SYNC_TOKEN) ? SyncTokens.encode(listing.token()) : null;
        add(answer, target.href(), props, CollectionProperties.of(collection, address, token));
        if (depth == 1) {
            Map<String, String> bodies = ItemProperties.needsBody(props)
                    ? Bodies.of(pim, collection.id(), listing.items()) : Map.of();
            for (ItemRef ref : listing.items()) {
                item(answer, DavPath.child(target.href(), ref.resourceName(), false), props, ref.etag(),
                        collection.kind(), bodies.get(ref.resourceName()));
            }
        }
    }

    private static void member(Multistatus answer, Target.Member member, PropRequest props, PimService pim)
            throws DavException, BackendException {
        if (member.parent() == null) {
            throw DavException.notFound("no such collection: " + member.href());
        }
        List<PimItem> found = pim.get(member.parent().id(), List.of(member.name()));
        if (found.isEmpty()) {
            throw DavException.notFound("no such item: " + member.href());
        }
        PimItem item = found.get(0);
        item(answer, member.href(), props, item.ref().etag(), member.parent().kind(), item.body());
    }

    private String syncToken(String address, PimService pim, PimCollection collection) throws BackendException {
        return SyncTokens.encode(listings.list(address, pim, collection).token());
    }

    private static void item(Multistatus answer, String href, PropRequest props, String etag, CollectionKind kind,
            String body) {
        PropAnswers.item(answer, href, props, etag, kind, body);
    }

    private static void add(Multistatus answer, String href, PropRequest props, Map<QName, PropValue> available) {
        PropAnswers.add(answer, href, props, available);
    }
}
