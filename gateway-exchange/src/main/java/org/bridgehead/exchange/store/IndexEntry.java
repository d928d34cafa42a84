package org.bridgehead.exchange.store;

import java.time.Instant;
import java.util.Objects;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.MessageSummary;

/**
 * What the folder index knows of one message.
 *
 * @param uid          the message's UID in its folder
 * @param itemId       the backend's item id
 * @param changeKey    the backend's version of the item; content is cached under id and version
 * @param flags        the flags, DELETED included (which only the gateway holds)
 * @param size         the size reported for the UID; never changes once stored
 * @param internalDate when the message arrived
 * @param modSeq       the folder's modification counter at the last flag change
 */
public record IndexEntry(long uid, String itemId, String changeKey, MessageFlags flags, long size,
        Instant internalDate, long modSeq) {

    public IndexEntry {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(changeKey, "changeKey");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(internalDate, "internalDate");
    }

    public MessageSummary summary() {
        return new MessageSummary(uid, flags, size, internalDate, modSeq);
    }

    public IndexEntry withFlags(MessageFlags newFlags, String newChangeKey, long newModSeq) {
        return new IndexEntry(uid, itemId, newChangeKey, newFlags, size, internalDate, newModSeq);
    }
}
