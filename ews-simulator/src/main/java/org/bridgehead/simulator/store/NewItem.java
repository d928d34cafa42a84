package org.bridgehead.simulator.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A message to store, with the properties a client sets besides its MIME.
 *
 * @param mime               the message; kept as given, without a copy
 * @param read               IsRead
 * @param draft              IsDraft
 * @param flag               the follow-up flag
 * @param categories         Categories
 * @param importance         Importance, or null for the MIME's
 * @param received           DateTimeReceived, or null for now
 * @param extendedProperties further extended properties
 * @param viaTransport       the message arrived over SMTP, so Exchange keeps its header block as
 *                           PR_TRANSPORT_MESSAGE_HEADERS; false for sent, appended and draft items
 * @param pim                the properties of a calendar item, task or contact (with no MIME), or
 *                           the meeting properties of a meeting message (with MIME); null
 *                           for a message
 */
public record NewItem(byte[] mime, boolean read, boolean draft, FlagStatus flag, List<String> categories,
                      Importance importance, Instant received, Map<ExtendedPropertyKey, List<String>> extendedProperties,
                      boolean viaTransport, PimData pim) {

    public NewItem {
        categories = List.copyOf(categories);
        extendedProperties = Map.copyOf(extendedProperties);
    }

    /** A message, with or without transport headers. */
    public NewItem(byte[] mime, boolean read, boolean draft, FlagStatus flag, List<String> categories,
                   Importance importance, Instant received, Map<ExtendedPropertyKey, List<String>> extendedProperties,
                   boolean viaTransport) {
        this(mime, read, draft, flag, categories, importance, received, extendedProperties, viaTransport, null);
    }

    /** A calendar item, task or contact: read, with the categories and importance its fields give. */
    public static NewItem pim(PimData pim, List<String> categories, Importance importance,
                              Map<ExtendedPropertyKey, List<String>> extendedProperties) {
        return new NewItem(new byte[0], true, false, FlagStatus.NOT_FLAGGED, categories,
                importance == null ? Importance.NORMAL : importance, null, extendedProperties, false, pim);
    }

    /** A meeting message (request, response, cancellation): its MIME and its meeting properties. */
    public static NewItem meetingMessage(byte[] mime, PimData meeting, boolean read, boolean draft,
                                         boolean viaTransport) {
        return new NewItem(mime, read, draft, FlagStatus.NOT_FLAGGED, List.of(), null, null, Map.of(), viaTransport,
                meeting);
    }

    /** An item a client created (CreateItem): no transport headers. */
    public NewItem(byte[] mime, boolean read, boolean draft, FlagStatus flag, List<String> categories,
                   Importance importance, Instant received, Map<ExtendedPropertyKey, List<String>> extendedProperties) {
        this(mime, read, draft, flag, categories, importance, received, extendedProperties, false);
    }

    /** A read, sent (not draft), unflagged message stored now by a client, as CreateItem stores it. */
    public static NewItem of(byte[] mime) {
        return new NewItem(mime, true, false, FlagStatus.NOT_FLAGGED, List.of(), null, null, Map.of(), false);
    }

    /** A read, unflagged message that arrived over SMTP (with transport headers), received now. */
    public static NewItem received(byte[] mime) {
        return new NewItem(mime, true, false, FlagStatus.NOT_FLAGGED, List.of(), null, null, Map.of(), true);
    }

    public NewItem withRead(boolean isRead) {
        return new NewItem(mime, isRead, draft, flag, categories, importance, received, extendedProperties,
                viaTransport, pim);
    }

    public NewItem withFlag(FlagStatus status) {
        return new NewItem(mime, read, draft, status, categories, importance, received, extendedProperties,
                viaTransport, pim);
    }

    public NewItem withReceived(Instant time) {
        return new NewItem(mime, read, draft, flag, categories, importance, time, extendedProperties, viaTransport, pim);
    }

    @Override
    public String toString() {
        return "NewItem[" + mime.length + " bytes]";
    }
}
