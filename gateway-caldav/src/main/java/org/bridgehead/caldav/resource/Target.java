package org.bridgehead.caldav.resource;

import org.bridgehead.exchange.pim.PimCollection;

/** What a request path names, with the href the answer uses for it. */
public sealed interface Target {

    String href();

    /** "/", "/users/" and "/principals/users/": where discovery starts. */
    record Root(String href) implements Target {
    }

    /** {@code /.well-known/caldav} or {@code /.well-known/carddav} (RFC 6764). */
    record WellKnown(String href) implements Target {
    }

    /** {@code /principals/users/<address>/}. */
    record Principal(String href, String address) implements Target {
    }

    /** {@code /users/<address>/}: the calendar and address book home. */
    record Home(String href, String address) implements Target {
    }

    /** A calendar, task list or address book. */
    record Collection(String href, PimCollection collection) implements Target {
    }

    /**
     * A name inside a collection (an item, which may not exist yet) or inside the home (a collection
     * a client may create); {@code parent} is null in the home.
     */
    record Member(String href, PimCollection parent, String name) implements Target {
    }

    /** The RFC 6638 scheduling inbox: meeting requests waiting in the Exchange Inbox. */
    record Inbox(String href) implements Target {
    }

    record InboxItem(String href, String name) implements Target {
    }

    /** The RFC 6638 scheduling outbox: free/busy requests are POSTed here. */
    record Outbox(String href) implements Target {
    }

    /** The read-only address book of the organisation's directory. */
    record Gal(String href) implements Target {
    }

    record GalItem(String href, String name) implements Target {
    }
}
