package org.bridgehead.caldav.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.http.DavRequest;
import org.bridgehead.caldav.http.DavResponse;
import org.bridgehead.caldav.resource.Target;
import org.bridgehead.caldav.resource.TargetResolver;
import org.bridgehead.caldav.xml.DavNames;
import org.bridgehead.caldav.xml.Multistatus;
import org.bridgehead.caldav.xml.XmlReader;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.pim.CollectionChange;
import org.w3c.dom.Element;

/**
 * PROPPATCH of a collection: displayname, calendar-color and calendar-order are stored in Exchange.
 * Atomic as RFC 4918 9.2 asks: one property that cannot be set fails them all (403 for it, 424
 * for the others) and nothing is written.
 */
final class ProppatchMethod implements DavMethod {

    @Override
    public DavResponse handle(DavRequest request) throws DavException, BackendException {
        Target target = TargetResolver.resolve(request.path(), request.session());
        Element root = XmlReader.parse(request.body());
        if (!XmlReader.is(root, DavNames.PROPERTYUPDATE)) {
            throw DavException.badRequest("PROPPATCH body must be DAV:propertyupdate");
        }
        Updates updates = updates(root);
        List<QName> refused = new ArrayList<>(updates.refused);
        if (!(target instanceof Target.Collection collection)) {
            refused.addAll(updates.accepted());
            return answer(target.href(), List.of(), refused);
        }
        if (!refused.isEmpty()) {
            return answer(target.href(), updates.accepted(), refused);
        }
        if (!updates.accepted().isEmpty()) {
            request.session().pim().updateCollection(collection.collection().id(),
                    new CollectionChange(updates.displayName, updates.color, updates.order));
        }
        Map<Integer, List<QName>> statuses = new LinkedHashMap<>();
        statuses.put(200, updates.accepted());
        return DavResponse.xml(207, new Multistatus().statuses(target.href(), statuses).finish());
    }

    private static DavResponse answer(String href, List<QName> failedDependency, List<QName> refused) {
        Map<Integer, List<QName>> statuses = new LinkedHashMap<>();
        statuses.put(403, refused);
        if (!failedDependency.isEmpty()) {
            statuses.put(424, failedDependency);
        }
        return DavResponse.xml(207, new Multistatus().statuses(href, statuses).finish());
    }

    private static Updates updates(Element root) throws DavException {
        Updates updates = new Updates();
        for (Element action : XmlReader.children(root)) {
            boolean set = XmlReader.is(action, DavNames.SET);
            if (!set && !XmlReader.is(action, DavNames.REMOVE)) {
                continue;
            }
            for (Element prop : XmlReader.children(action, DavNames.PROP)) {
                for (Element property : XmlReader.children(prop)) {
                    QName name = XmlReader.name(property);
                    String value = XmlReader.text(property);
                    if (!set) {
                        updates.refused.add(name);
                    } else if (name.equals(DavNames.DISPLAYNAME) && !value.isEmpty()) {
                        updates.displayName = Optional.of(value);
                    } else if (name.equals(DavNames.CALENDAR_COLOR) && !value.isEmpty()) {
                        updates.color = Optional.of(value);
                    } else if (name.equals(DavNames.CALENDAR_ORDER) && value.matches("-?\\d{1,9}")) {
                        updates.order = Optional.of(Integer.parseInt(value));
                    } else {
                        updates.refused.add(name);
                    }
                    if (set && !updates.refused.contains(name)) {
                        updates.accepted.add(name);
                    }
                }
            }
        }
        return updates;
    }

    /** What a propertyupdate asks, sorted into what can be stored and what cannot. */
    private static final class Updates {
        Optional<String> displayName = Optional.empty();
        Optional<String> color = Optional.empty();
        Optional<Integer> order = Optional.empty();
        final List<QName> accepted = new ArrayList<>();
        final List<QName> refused = new ArrayList<>();

        List<QName> accepted() {
            return List.copyOf(accepted);
        }
    }
}
