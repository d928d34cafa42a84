package org.bridgehead.simulator.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of one message, taken under its mailbox's lock.
 *
 * @param number             the item's number in its mailbox; part of its id, never reused (a moved
 *                           item gets a new number, as a moved Exchange item gets a new id)
 * @param folderNumber       the folder holding the item
 * @param changeNumber       bumped on every change; the source of the change key
 * @param articleNumber      PR_INTERNET_ARTICLE_NUMBER: ascending per folder in order of arrival
 * @param mime               the message as stored, byte for byte; shared, never to be modified
 * @param summary            what Exchange derived from the MIME
 * @param subject            the subject, the MIME's unless a client changed it
 * @param read               IsRead
 * @param draft              IsDraft (MSGFLAG_UNSENT)
 * @param flag               the follow-up flag
 * @param categories         Categories (IMAP keywords), in order
 * @param importance         Importance
 * @param received           DateTimeReceived (PR_MESSAGE_DELIVERY_TIME)
 * @param created            DateTimeCreated
 * @param lastModified       LastModifiedTime
 * @param extendedProperties extended properties set by clients; a single-valued property has one value
 * @param transportHeaders   PR_TRANSPORT_MESSAGE_HEADERS, the header block as received over SMTP;
 *                           null for items that did not arrive that way (sent, appended, drafts)
 * @param pim                the properties of a calendar item, task or contact, or the meeting
 *                           properties of a meeting message; null for a mail message
 */
public record ItemState(long number, long folderNumber, long changeNumber, long articleNumber, byte[] mime,
                        MessageSummary summary, String subject, boolean read, boolean draft, FlagStatus flag,
                        List<String> categories, Importance importance, Instant received, Instant created,
                        Instant lastModified, Map<ExtendedPropertyKey, List<String>> extendedProperties,
                        String transportHeaders, PimData pim) {

    public ItemState {
        categories = List.copyOf(categories);
        extendedProperties = Map.copyOf(extendedProperties);
    }

    /** The transport header block's fields (InternetMessageHeaders), empty for items without one. */
    public List<MessageHeader> transportHeaderFields() {
        return transportHeaders == null ? List.of()
                : HeaderBlock.parse(transportHeaders.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Whether the item is a message, with MIME: a mail message, or a meeting message (request,
     * response, cancellation), which carries its meeting properties in {@code pim} besides.
     */
    public boolean isMessage() {
        return pim == null || mime.length > 0;
    }

    /** Size in bytes: the MIME's length, as Exchange reports it for messages; the properties' otherwise. */
    public long size() {
        return isMessage() ? mime.length : pim.size();
    }

    /** PR_MESSAGE_FLAGS as derived from the item's state. */
    public int messageFlags() {
        int flags = 0;
        if (read) {
            flags |= MapiTags.MSGFLAG_READ;
        }
        if (draft) {
            flags |= MapiTags.MSGFLAG_UNSENT;
        }
        if (summary.hasAttachments()) {
            flags |= MapiTags.MSGFLAG_HASATTACH;
        }
        return flags;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ItemState other && number == other.number && changeNumber == other.changeNumber;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(number) * 31 + Long.hashCode(changeNumber);
    }

    @Override
    public String toString() {
        return "ItemState[" + number + " in folder " + folderNumber + ", change " + changeNumber + ", "
                + mime.length + " bytes]";
    }
}
