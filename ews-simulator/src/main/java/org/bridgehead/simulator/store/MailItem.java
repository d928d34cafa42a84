package org.bridgehead.simulator.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A message's mutable state, guarded by its mailbox's lock; the outside world sees {@link ItemState}. */
final class MailItem {
    final long number;
    final byte[] mime;
    final MessageSummary summary;
    final Instant created;
    /** PR_TRANSPORT_MESSAGE_HEADERS: the header block as it arrived over SMTP; null for other items. */
    final String transportHeaders;
    final Map<ExtendedPropertyKey, List<String>> extendedProperties = new LinkedHashMap<>();
    Folder folder;
    long articleNumber;
    /** When the item entered its folder, in the mailbox's change sequence. */
    long enteredSequence;
    /** The last change other than of the read flag. */
    long changeSequence;
    /** The last change of the read flag. */
    long readSequence;
    String subject;
    boolean read;
    boolean draft;
    FlagStatus flag;
    List<String> categories;
    Importance importance;
    Instant received;
    Instant lastModified;
    /** The properties of a calendar item, task or contact; null for a message. */
    PimData pim;

    MailItem(long number, byte[] mime, MessageSummary summary, Instant created, String transportHeaders) {
        this.number = number;
        this.mime = mime;
        this.summary = summary;
        this.created = created;
        this.transportHeaders = transportHeaders;
    }

    /** A copy with a new number, for moves and copies; the caller places it in a folder. */
    MailItem duplicate(long newNumber, Instant now) {
        MailItem copy = new MailItem(newNumber, mime, summary, now, transportHeaders);
        copy.extendedProperties.putAll(extendedProperties);
        copy.subject = subject;
        copy.read = read;
        copy.draft = draft;
        copy.flag = flag;
        copy.categories = new ArrayList<>(categories);
        copy.importance = importance;
        copy.received = received;
        copy.lastModified = now;
        copy.pim = pim;
        return copy;
    }

    /** Applies the changes an update names; the caller accounts for them (sequence, counts). */
    void apply(ItemUpdate update) {
        if (update.read() != null) {
            read = update.read();
        }
        if (update.draft() != null) {
            draft = update.draft();
        }
        if (update.flag() != null) {
            flag = update.flag();
        }
        if (update.categories() != null) {
            categories = new ArrayList<>(update.categories());
        }
        if (update.subject() != null) {
            subject = update.subject();
        }
        if (update.importance() != null) {
            importance = update.importance();
        }
        if (update.received() != null) {
            received = update.received();
        }
        if (update.pim() != null) {
            pim = update.pim();
        }
        update.removed().forEach(extendedProperties::remove);
        extendedProperties.putAll(update.set());
    }

    long changeNumber() {
        return Math.max(enteredSequence, Math.max(changeSequence, readSequence));
    }

    ItemState snapshot() {
        return new ItemState(number, folder.number, changeNumber(), articleNumber, mime, summary, subject, read,
                draft, flag, categories, importance, received, created, lastModified, extendedProperties,
                transportHeaders, pim);
    }
}
