package org.bridgehead.exchange.ews;

import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import microsoft.exchange.webservices.data.core.service.item.EmailMessage;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.service.schema.EmailMessageSchema;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.property.complex.StringList;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.SystemFlag;

/**
 * Message flags to and from Exchange properties: SEEN is IsRead, FLAGGED the follow-up flag status,
 * ANSWERED and FORWARDED the last verb executed, DRAFT the draft state, keywords the categories.
 *
 * <p>Exchange keeps one last verb, so a message both answered and forwarded is stored as answered.
 * DELETED is never sent to Exchange. The draft state can only be chosen when a message is created;
 * a later change of DRAFT is ignored (IMAP lets a server leave out of PERMANENTFLAGS what it cannot
 * store, and the message then simply keeps its real state).
 */
final class ItemFlags {

    static final int FLAG_STATUS_FLAGGED = 2;
    static final int VERB_REPLIED = 102;
    static final int VERB_REPLIED_ALL = 103;
    static final int VERB_FORWARDED = 104;

    private ItemFlags() {
    }

    /** The flags an item's properties express (never DELETED). */
    static MessageFlags of(Item item) throws Exception {
        Set<SystemFlag> system = EnumSet.noneOf(SystemFlag.class);
        if (ItemProperties.flag(item, EmailMessageSchema.IsRead)) {
            system.add(SystemFlag.SEEN);
        }
        if (ItemProperties.integer(item, ItemProperties.FLAG_STATUS) == FLAG_STATUS_FLAGGED) {
            system.add(SystemFlag.FLAGGED);
        }
        int verb = ItemProperties.integer(item, ItemProperties.LAST_VERB);
        if (verb == VERB_REPLIED || verb == VERB_REPLIED_ALL) {
            system.add(SystemFlag.ANSWERED);
        } else if (verb == VERB_FORWARDED) {
            system.add(SystemFlag.FORWARDED);
        }
        if (ItemProperties.flag(item, ItemSchema.IsDraft)) {
            system.add(SystemFlag.DRAFT);
        }
        return new MessageFlags(system, new LinkedHashSet<>(ItemProperties.categories(item)));
    }

    /** The flags after a change as Exchange can hold them: DRAFT stays as it was. */
    static MessageFlags storable(MessageFlags before, MessageFlags requested) {
        Set<SystemFlag> system = EnumSet.noneOf(SystemFlag.class);
        system.addAll(requested.system());
        system.remove(SystemFlag.DRAFT);
        if (before.has(SystemFlag.DRAFT)) {
            system.add(SystemFlag.DRAFT);
        }
        return new MessageFlags(system, requested.keywords());
    }

    /** True if going from one set of flags to the other changes something Exchange stores. */
    static boolean differOnServer(MessageFlags before, MessageFlags after) {
        return before.has(SystemFlag.SEEN) != after.has(SystemFlag.SEEN)
                || before.has(SystemFlag.FLAGGED) != after.has(SystemFlag.FLAGGED)
                || verb(before) != verb(after)
                || !before.keywords().equals(after.keywords());
    }

    /** Sets on an existing message the properties that differ between the two sets of flags. */
    static void writeChanges(EmailMessage message, MessageFlags before, MessageFlags after, Instant now)
            throws Exception {
        if (before.has(SystemFlag.SEEN) != after.has(SystemFlag.SEEN)) {
            message.setIsRead(after.has(SystemFlag.SEEN));
        }
        if (before.has(SystemFlag.FLAGGED) != after.has(SystemFlag.FLAGGED)) {
            message.setExtendedProperty(ItemProperties.FLAG_STATUS,
                    after.has(SystemFlag.FLAGGED) ? FLAG_STATUS_FLAGGED : 0);
        }
        int verb = verb(after);
        if (verb(before) != verb) {
            message.setExtendedProperty(ItemProperties.LAST_VERB, verb);
            if (verb != 0) {
                message.setExtendedProperty(ItemProperties.LAST_VERB_TIME, Date.from(now));
            }
        }
        if (!before.keywords().equals(after.keywords())) {
            message.setCategories(new StringList(after.keywords()));
        }
    }

    /** Sets on a new message the properties for its initial flags, DRAFT included. */
    static void writeInitial(EmailMessage message, MessageFlags flags, Instant now) throws Exception {
        // Exchange makes an item saved with SaveOnly a draft unless PR_MESSAGE_FLAGS says otherwise;
        // IsRead is a view of the same property, so it is not set besides.
        message.setExtendedProperty(ItemProperties.MESSAGE_FLAGS,
                (flags.has(SystemFlag.DRAFT) ? ItemProperties.MSGFLAG_UNSENT : 0)
                        | (flags.has(SystemFlag.SEEN) ? ItemProperties.MSGFLAG_READ : 0));
        if (flags.has(SystemFlag.FLAGGED)) {
            message.setExtendedProperty(ItemProperties.FLAG_STATUS, FLAG_STATUS_FLAGGED);
        }
        int verb = verb(flags);
        if (verb != 0) {
            message.setExtendedProperty(ItemProperties.LAST_VERB, verb);
            message.setExtendedProperty(ItemProperties.LAST_VERB_TIME, Date.from(now));
        }
        if (!flags.keywords().isEmpty()) {
            message.setCategories(new StringList(flags.keywords()));
        }
    }

    private static int verb(MessageFlags flags) {
        if (flags.has(SystemFlag.ANSWERED)) {
            return VERB_REPLIED;
        }
        return flags.has(SystemFlag.FORWARDED) ? VERB_FORWARDED : 0;
    }
}
