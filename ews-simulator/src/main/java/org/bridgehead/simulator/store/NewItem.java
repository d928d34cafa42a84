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
 */
public record NewItem(byte[] mime, boolean read, boolean draft, FlagStatus flag, List<String> categories,
                      Importance importance, Instant received, Map<ExtendedPropertyKey, List<String>> extendedProperties) {

    public NewItem {
        categories = List.copyOf(categories);
        extendedProperties = Map.copyOf(extendedProperties);
    }

    /** A read, sent (not draft), unflagged message received now. */
    public static NewItem of(byte[] mime) {
        return new NewItem(mime, true, false, FlagStatus.NOT_FLAGGED, List.of(), null, null, Map.of());
    }

    public NewItem withRead(boolean isRead) {
        return new NewItem(mime, isRead, draft, flag, categories, importance, received, extendedProperties);
    }

    public NewItem withFlag(FlagStatus status) {
        return new NewItem(mime, read, draft, status, categories, importance, received, extendedProperties);
    }

    public NewItem withReceived(Instant time) {
        return new NewItem(mime, read, draft, flag, categories, importance, time, extendedProperties);
    }

    @Override
    public String toString() {
        return "NewItem[" + mime.length + " bytes]";
    }
}
