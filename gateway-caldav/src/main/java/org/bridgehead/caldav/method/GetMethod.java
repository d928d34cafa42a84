package org.bridgehead.caldav.method;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bridgehead.caldav.gal.GalEntries;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.http.DavRequest;
import org.bridgehead.caldav.http.DavResponse;
import org.bridgehead.caldav.property.ItemProperties;
import org.bridgehead.caldav.resource.Target;
import org.bridgehead.caldav.resource.TargetResolver;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.pim.CollectionKind;
import org.bridgehead.exchange.pim.PimItem;

/** GET and HEAD: an item's iCalendar or vCard with its strong ETag; 304 when If-None-Match matches. */
final class GetMethod implements DavMethod {

    @Override
    public DavResponse handle(DavRequest request) throws DavException, BackendException {
        Target target = TargetResolver.resolve(request.path(), request.session());
        if (target instanceof Target.Member member && member.parent() != null) {
            List<PimItem> found = request.session().pim().get(member.parent().id(), List.of(member.name()));
            if (found.isEmpty()) {
                throw DavException.notFound("no such item: " + member.href());
            }
            return item(request, found.get(0).ref().etag(), member.parent().kind(), found.get(0).body());
        }
        if (target instanceof Target.InboxItem item) {
            PimItem found = request.session().pim().schedulingInbox().stream()
                    .filter(candidate -> candidate.ref().resourceName().equals(item.name())).findFirst()
                    .orElseThrow(() -> DavException.notFound("no such scheduling message: " + item.href()));
            return item(request, found.ref().etag(), CollectionKind.CALENDAR, found.body());
        }
        if (target instanceof Target.GalItem item) {
            GalEntries.Entry entry = GalEntries.find(request.session().directory(), item.name())
                    .orElseThrow(() -> DavException.notFound("no such person in the directory: " + item.href()));
            return item(request, entry.etag(), CollectionKind.CONTACTS, entry.vcard());
        }
        if (target instanceof Target.Member) {
            throw DavException.notFound("nothing here: " + target.href());
        }
        return DavResponse.text(200, "Bridgehead CalDAV/CardDAV: add " + target.href()
                + " to a calendar or address book client");
    }

    private static DavResponse item(DavRequest request, String etag, CollectionKind kind, String body) {
        String quoted = ItemProperties.quoted(etag);
        String ifNoneMatch = request.header("if-none-match");
        if (ifNoneMatch != null && (ifNoneMatch.trim().equals("*") || ifNoneMatch.contains(quoted))) {
            return DavResponse.empty(304).withHeader("ETag", quoted);
        }
        return new DavResponse(200, Map.of("ETag", quoted), ItemProperties.contentType(kind),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
