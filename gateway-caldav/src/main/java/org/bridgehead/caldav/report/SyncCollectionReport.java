package org.bridgehead.caldav.report;

import java.util.List;
import java.util.Map;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.http.DavRequest;
import org.bridgehead.caldav.http.DavResponse;
import org.bridgehead.caldav.property.ItemProperties;
import org.bridgehead.caldav.property.PropAnswers;
import org.bridgehead.caldav.property.PropRequest;
import org.bridgehead.caldav.resource.Bodies;
import org.bridgehead.caldav.resource.DavPath;
import org.bridgehead.caldav.resource.SyncTokens;
import org.bridgehead.caldav.resource.Target;
import org.bridgehead.caldav.xml.DavNames;
import org.bridgehead.caldav.xml.Multistatus;
import org.bridgehead.caldav.xml.XmlReader;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.pim.ItemRef;
import org.bridgehead.exchange.pim.PimCollection;
import org.bridgehead.exchange.pim.SyncChanges;
import org.w3c.dom.Element;

/**
 * sync-collection (RFC 6578): the changes since the client's token, straight from the backend's
 * incremental sync (Exchange's SyncFolderItems state travels inside the token). Removed items are
 * answered 404; an unknown token is 403 valid-sync-token, and the client starts over.
 */
final class SyncCollectionReport {

    DavResponse run(DavRequest request, Target target, Element root) throws DavException, BackendException {
        if (!(target instanceof Target.Collection collectionTarget)) {
            throw DavException.forbidden("sync-collection runs on a calendar, task list or address book",
                    DavNames.dav("supported-report"));
        }
        String level = XmlReader.child(root, DavNames.SYNC_LEVEL).map(XmlReader::text).orElse("1");
        if (!level.equals("1") && !level.equalsIgnoreCase("infinite")) {
            throw DavException.badRequest("sync-level must be 1 or infinite");
        }
        String token = SyncTokens.decode(XmlReader.child(root, DavNames.SYNC_TOKEN).map(XmlReader::text).orElse(""));
        PropRequest props = PropRequest.ofParent(root);
        PimCollection collection = collectionTarget.collection();
        SyncChanges changes = request.session().pim().sync(collection.id(), token);
        Map<String, String> bodies = ItemProperties.needsBody(props)
                ? Bodies.of(request.session().pim(), collection.id(), changes.changed()) : Map.of();
        Multistatus answer = new Multistatus();
        List<ItemRef> changed = changes.changed();
        for (ItemRef ref : changed) {
            String href = DavPath.child(target.href(), ref.resourceName(), false);
            if (ItemProperties.needsBody(props) && !bodies.containsKey(ref.resourceName())) {
                // Deleted between the sync and the fetch: the next sync reports the removal.
                continue;
            }
            PropAnswers.item(answer, href, props, ref.etag(), collection.kind(), bodies.get(ref.resourceName()));
        }
        for (String removed : changes.removed()) {
            answer.status(DavPath.child(target.href(), removed, false), 404);
        }
        answer.syncToken(SyncTokens.encode(changes.token()));
        return DavResponse.xml(207, answer.finish());
    }
}
