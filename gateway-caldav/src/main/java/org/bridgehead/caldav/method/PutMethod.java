package org.bridgehead.caldav.method;

import java.util.List;
import java.util.Locale;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.http.DavRequest;
import org.bridgehead.caldav.http.DavResponse;
import org.bridgehead.caldav.property.ItemProperties;
import org.bridgehead.caldav.resource.Target;
import org.bridgehead.caldav.resource.TargetResolver;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.pim.ItemRef;
import org.bridgehead.exchange.pim.PimCollection;
import org.bridgehead.exchange.pim.PimService;
import org.bridgehead.exchange.pim.Precondition;

/**
 * PUT of one calendar object or vCard under the name the client chose. The body is checked for
 * structure and component kind here (400 with the reason), then written conditionally by the
 * backend: 201 for a new item, 204 for a replaced one, 412 when If-Match/If-None-Match fail.
 */
final class PutMethod implements DavMethod {

    @Override
    public DavResponse handle(DavRequest request) throws DavException, BackendException {
        Target target = TargetResolver.resolve(request.path(), request.session());
        PimService pim = request.session().pim();
        if (!(target instanceof Target.Member member) || member.parent() == null) {
            if (target instanceof Target.Member) {
                throw new DavException(409, "PUT an item into a calendar, task list or address book", null);
            }
            throw DavException.methodNotAllowed("PUT is for items of a calendar, task list or address book");
        }
        PimCollection collection = member.parent();
        checkContentType(request, collection);
        String body = request.bodyText();
        ContentCheck.check(body, collection.kind());
        Precondition precondition = Preconditions.of(request);
        boolean existed;
        if (precondition.ifNoneMatchAny()) {
            existed = false;
        } else if (precondition.ifMatch() != null) {
            existed = true;
        } else {
            existed = !pim.get(collection.id(), List.of(member.name())).isEmpty();
            if (!existed && Preconditions.requiresExisting(request)) {
                throw new DavException(412, "If-Match: * but there is no such item", null);
            }
        }
        ItemRef stored = pim.put(collection.id(), member.name(), body, precondition);
        return DavResponse.empty(existed ? 204 : 201).withHeader("ETag", ItemProperties.quoted(stored.etag()));
    }

    private static void checkContentType(DavRequest request, PimCollection collection) throws DavException {
        String type = request.header("content-type");
        if (type == null) {
            return;
        }
        String mime = type.split(";")[0].trim().toLowerCase(Locale.ROOT);
        boolean contacts = collection.kind() == org.bridgehead.exchange.pim.CollectionKind.CONTACTS;
        boolean fits = contacts ? mime.equals("text/vcard") || mime.equals("text/x-vcard")
                : mime.equals("text/calendar");
        // Some clients send a generic type; only a type of the other kind is refused.
        boolean generic = mime.equals("application/octet-stream") || mime.equals("text/plain") || mime.isEmpty();
        if (!fits && !generic) {
            throw new DavException(415, (contacts ? "an address book takes text/vcard" : "a calendar takes text/calendar")
                    + ", not " + mime, null);
        }
    }
}
