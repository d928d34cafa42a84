package org.bridgehead.exchange.pim;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bridgehead.exchange.BackendException;

/**
 * A user's calendars, task lists and address books, as CalDAV/CardDAV servers see them: collections
 * of items addressed by the resource names clients chose, in iCalendar and vCard.
 *
 * <p>The backend maps Exchange items to iCalendar/vCard and back (time zones by the Windows/IANA
 * table, recurrences with their exceptions, reminders, attendees); properties Exchange cannot hold
 * survive a round trip. Each write checks its {@link Precondition} atomically against Exchange's
 * change key and fails with PreconditionFailedException. Scheduling follows RFC 6638 with the
 * server as scheduling agent: a write by the organizer with attendees sends invitations or updates,
 * a change of the user's own PARTSTAT sends the response, a change of alarms only sends nothing,
 * the organizer's delete cancels the meeting.
 */
public interface PimService {

    /** Every calendar, tasks and contacts folder of the mailbox, parents before children. */
    List<PimCollection> collections() throws BackendException;

    /**
     * Creates a collection below {@code parentId} (null: below the default folder of the kind).
     *
     * @param resourceName the URL segment the client chose; the collection keeps it (see
     *                     {@link PimCollection#resourceName()}); a taken name fails with
     *                     PreconditionFailedException
     */
    PimCollection createCollection(CollectionKind kind, String parentId, String resourceName, String displayName)
            throws BackendException;

    /** Stores a client's name, colour or order for the collection. */
    PimCollection updateCollection(String collectionId, CollectionChange change) throws BackendException;

    /** Deletes a collection with its items; the default folders cannot be deleted. */
    void deleteCollection(String collectionId) throws BackendException;

    /**
     * What changed since {@code token}; null asks for everything. A token this backend no longer
     * understands fails with InvalidSyncTokenException (the client then syncs from scratch).
     * An unchanged collection costs one server call.
     */
    SyncChanges sync(String collectionId, String token) throws BackendException;

    /** The named items with their content; names that do not exist are left out. */
    List<PimItem> get(String collectionId, Collection<String> resourceNames) throws BackendException;

    /**
     * Items with an occurrence overlapping [start, end) — recurring series are expanded by
     * Exchange, and a series is returned once, by its resource name. Null bounds are open.
     */
    List<ItemRef> findInRange(String collectionId, Instant start, Instant end) throws BackendException;

    /**
     * Creates or replaces an item under the client's resource name.
     *
     * @param body a VCALENDAR for calendars and task lists, a vCard for address books;
     *             InvalidContentException when it cannot be parsed or has the wrong kind of component
     * @return the stored item's reference with its new etag
     */
    ItemRef put(String collectionId, String resourceName, String body, Precondition precondition)
            throws BackendException;

    /** Deletes an item (the organizer's delete of a meeting cancels it). */
    void delete(String collectionId, String resourceName, Precondition precondition) throws BackendException;

    /**
     * Answers a meeting request in the user's calendar.
     *
     * @param notifyOrganizer send the response to the organizer, or only record it
     * @param comment         text for the organizer, may be empty
     */
    ItemRef respond(String collectionId, String resourceName, MeetingResponse response, boolean notifyOrganizer,
            String comment) throws BackendException;

    /** Availability of each address over [start, end), in one server call. */
    Map<String, FreeBusy> freeBusy(List<String> addresses, Instant start, Instant end) throws BackendException;

    /**
     * Meeting requests and cancellations waiting in the user's Inbox, as iTIP (a VCALENDAR with
     * METHOD:REQUEST or METHOD:CANCEL), for the RFC 6638 scheduling inbox.
     */
    List<PimItem> schedulingInbox() throws BackendException;

    /** Removes a message from the scheduling inbox once the client has processed it. */
    void deleteFromSchedulingInbox(String resourceName) throws BackendException;
}
