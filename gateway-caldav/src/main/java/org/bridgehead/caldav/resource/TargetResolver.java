package org.bridgehead.caldav.resource;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bridgehead.caldav.http.DavException;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.pim.PimCollection;
import org.bridgehead.exchange.ExchangeSession;

/**
 * Turns a path into a {@link Target}: DavMail's layout ({@code /users/<address>/calendar/},
 * {@code /principals/users/<address>/}) plus the scheduling inbox/outbox and the directory address
 * book. A path of another user is refused: no one reaches another user's data.
 */
public final class TargetResolver {

    public static final String INBOX = "inbox";
    public static final String OUTBOX = "outbox";
    public static final String GAL = "gal";

    private TargetResolver() {
    }

    public static String principalHref(String address) {
        return "/principals/users/" + DavPath.encode(address) + "/";
    }

    public static String homeHref(String address) {
        return "/users/" + DavPath.encode(address) + "/";
    }

    public static String collectionHref(String address, CollectionPaths paths, PimCollection collection) {
        StringBuilder href = new StringBuilder(homeHref(address));
        for (String segment : paths.pathOf(collection)) {
            href.append(DavPath.encode(segment)).append('/');
        }
        return href.toString();
    }

    /**
     * @param session the signed-in user's; its calendars are asked for only when the path is below the home
     */
    public static Target resolve(DavPath path, ExchangeSession session) throws DavException, BackendException {
        String address = session.primaryAddress();
        List<String> s = path.segments();
        if (s.isEmpty() || s.equals(List.of("users")) || s.equals(List.of("principals"))
                || s.equals(List.of("principals", "users"))) {
            return new Target.Root(path.href(true));
        }
        if (s.size() == 2 && s.get(0).equals(".well-known") && (s.get(1).equals("caldav") || s.get(1).equals("carddav"))) {
            return new Target.WellKnown(path.href(false));
        }
        if (s.size() == 3 && s.get(0).equals("principals") && s.get(1).equals("users")) {
            checkOwn(s.get(2), address);
            return new Target.Principal(principalHref(address), address);
        }
        if (s.get(0).equals("users") && s.size() >= 2) {
            checkOwn(s.get(1), address);
            return below(path, s.subList(2, s.size()), address, session);
        }
        throw DavException.notFound("nothing here: " + path.href(false));
    }

    private static Target below(DavPath path, List<String> rest, String address, ExchangeSession session)
            throws DavException, BackendException {
        if (rest.isEmpty()) {
            return new Target.Home(homeHref(address), address);
        }
        String first = rest.get(0);
        if (first.equals(INBOX) || first.equals(OUTBOX) || first.equals(GAL)) {
            return special(path, rest, first);
        }
        CollectionPaths paths = new CollectionPaths(session.pim().collections());
        Optional<PimCollection> collection = paths.find(rest);
        if (collection.isPresent()) {
            return new Target.Collection(path.href(true), collection.get());
        }
        String name = rest.get(rest.size() - 1);
        if (rest.size() == 1) {
            return new Target.Member(path.href(path.trailingSlash()), null, name);
        }
        Optional<PimCollection> parent = paths.find(rest.subList(0, rest.size() - 1));
        if (parent.isEmpty()) {
            throw new DavException(409, "no such collection: " + path.href(true), null);
        }
        return new Target.Member(path.href(path.trailingSlash()), parent.get(), name);
    }

    private static Target special(DavPath path, List<String> rest, String first) throws DavException {
        if (rest.size() == 1) {
            return switch (first) {
                case INBOX -> new Target.Inbox(path.href(true));
                case OUTBOX -> new Target.Outbox(path.href(true));
                default -> new Target.Gal(path.href(true));
            };
        }
        if (rest.size() == 2 && first.equals(INBOX)) {
            return new Target.InboxItem(path.href(false), rest.get(1));
        }
        if (rest.size() == 2 && first.equals(GAL)) {
            return new Target.GalItem(path.href(false), rest.get(1));
        }
        throw DavException.notFound("nothing here: " + path.href(false));
    }

    private static void checkOwn(String segment, String address) throws DavException {
        if (!segment.toLowerCase(Locale.ROOT).equals(address.toLowerCase(Locale.ROOT))) {
            throw DavException.forbidden("the signed-in user may only reach their own calendars and contacts");
        }
    }
}
