package org.bridgehead.caldav.method;

import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.http.DavRequest;
import org.bridgehead.caldav.http.DavResponse;
import org.bridgehead.caldav.resource.Target;
import org.bridgehead.caldav.resource.TargetResolver;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.pim.PimService;

/** DELETE of an item (an organizer's delete cancels the meeting), a collection, or a processed scheduling message. */
final class DeleteMethod implements DavMethod {

    @Override
    public DavResponse handle(DavRequest request) throws DavException, BackendException {
        Target target = TargetResolver.resolve(request.path(), request.session());
        PimService pim = request.session().pim();
        if (target instanceof Target.Member member && member.parent() != null) {
            pim.delete(member.parent().id(), member.name(), Preconditions.of(request));
            return DavResponse.empty(204);
        }
        if (target instanceof Target.Collection collection) {
            if (collection.collection().primary()) {
                throw DavException.forbidden("the default " + collection.collection().kind().name().toLowerCase()
                        + " folder cannot be deleted");
            }
            pim.deleteCollection(collection.collection().id());
            return DavResponse.empty(204);
        }
        if (target instanceof Target.InboxItem item) {
            pim.deleteFromSchedulingInbox(item.name());
            return DavResponse.empty(204);
        }
        if (target instanceof Target.Member) {
            throw DavException.notFound("nothing here: " + target.href());
        }
        throw DavException.forbidden(target.href() + " cannot be deleted");
    }
}
