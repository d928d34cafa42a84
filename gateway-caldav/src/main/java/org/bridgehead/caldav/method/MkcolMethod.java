package org.bridgehead.caldav.method;

import java.util.Optional;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.caldav.http.DavRequest;
import org.bridgehead.caldav.http.DavResponse;
import org.bridgehead.caldav.resource.Target;
import org.bridgehead.caldav.resource.TargetResolver;
import org.bridgehead.caldav.xml.DavNames;
import org.bridgehead.caldav.xml.XmlReader;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.pim.CollectionChange;
import org.bridgehead.exchange.pim.CollectionKind;
import org.bridgehead.exchange.pim.PimCollection;
import org.bridgehead.exchange.pim.PimService;
import org.w3c.dom.Element;

/**
 * MKCALENDAR (RFC 4791 5.3.1) and MKCOL, plain or extended (RFC 5689): a new Exchange folder under
 * the name the client chose. A VTODO-only component set makes a task list; an addressbook
 * resourcetype an address book; a plain MKCOL inside a collection makes one of the same kind.
 */
final class MkcolMethod implements DavMethod {

    @Override
    public DavResponse handle(DavRequest request) throws DavException, BackendException {
        Target target = TargetResolver.resolve(request.path(), request.session());
        PimService pim = request.session().pim();
        if (!(target instanceof Target.Member member)) {
            throw DavException.methodNotAllowed(target.href() + " exists already");
        }
        Element props = request.hasBody() ? props(XmlReader.parse(request.body()), request.method()) : null;
        CollectionKind kind = kind(request.method(), props, member.parent());
        if (member.parent() != null && member.parent().kind() != kind) {
            throw DavException.forbidden("a " + kind.name().toLowerCase() + " folder cannot be made inside a "
                    + member.parent().kind().name().toLowerCase() + " folder");
        }
        String displayName = props == null ? member.name()
                : XmlReader.child(props, DavNames.DISPLAYNAME).map(XmlReader::text).filter(s -> !s.isEmpty())
                        .orElse(member.name());
        PimCollection created = pim.createCollection(kind, member.parent() == null ? null : member.parent().id(),
                member.name(), displayName);
        Optional<String> color = props == null ? Optional.empty()
                : XmlReader.child(props, DavNames.CALENDAR_COLOR).map(XmlReader::text).filter(s -> !s.isEmpty());
        if (color.isPresent()) {
            pim.updateCollection(created.id(), new CollectionChange(Optional.empty(), color, Optional.empty()));
        }
        return DavResponse.empty(201).withHeader("Location", request.path().href(true));
    }

    /** The DAV:prop of the body's DAV:set, checking the root element fits the method. */
    private static Element props(Element root, String method) throws DavException {
        boolean fits = method.equals("MKCALENDAR") ? XmlReader.is(root, DavNames.MKCALENDAR)
                : XmlReader.is(root, DavNames.MKCOL);
        if (!fits) {
            throw DavException.badRequest(method + " body must be " + (method.equals("MKCALENDAR")
                    ? "CALDAV:mkcalendar" : "DAV:mkcol"));
        }
        return XmlReader.child(root, DavNames.SET).flatMap(set -> XmlReader.child(set, DavNames.PROP)).orElse(null);
    }

    private static CollectionKind kind(String method, Element props, PimCollection parent) throws DavException {
        if (props != null) {
            Optional<Element> type = XmlReader.child(props, DavNames.RESOURCETYPE);
            if (type.isPresent() && XmlReader.child(type.get(), DavNames.ADDRESSBOOK).isPresent()) {
                return CollectionKind.CONTACTS;
            }
            Optional<Element> components = XmlReader.child(props, DavNames.SUPPORTED_CALENDAR_COMPONENT_SET);
            if (components.isPresent()) {
                boolean event = false;
                boolean todo = false;
                for (Element comp : XmlReader.children(components.get(), DavNames.COMP)) {
                    String name = XmlReader.attribute(comp, "name", "");
                    event |= name.equalsIgnoreCase("VEVENT");
                    todo |= name.equalsIgnoreCase("VTODO");
                }
                if (todo && !event) {
                    return CollectionKind.TASKS;
                }
                if (event) {
                    return CollectionKind.CALENDAR;
                }
                throw new DavException(403, "Exchange folders hold VEVENT or VTODO",
                        DavNames.caldav("supported-calendar-component"));
            }
            if (type.isPresent() && XmlReader.child(type.get(), DavNames.CALENDAR).isPresent()) {
                return parent != null && parent.kind() == CollectionKind.TASKS ? CollectionKind.TASKS
                        : CollectionKind.CALENDAR;
            }
        }
        if (method.equals("MKCALENDAR")) {
            return parent != null && parent.kind() == CollectionKind.TASKS ? CollectionKind.TASKS : CollectionKind.CALENDAR;
        }
        if (parent != null) {
            return parent.kind();
        }
        throw DavException.forbidden("say what the new collection holds: MKCALENDAR, or MKCOL with a"
                + " resourcetype of calendar or addressbook", DavNames.dav("valid-resourcetype"));
    }
}
