package org.bridgehead.exchange.ews;

import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import org.bridgehead.exchange.mail.Content;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.mail.SystemFlag;
import org.bridgehead.exchange.store.FolderIndex;
import org.bridgehead.exchange.store.IndexEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records an item as Exchange describes it (index shape) in a folder index. The size reported for
 * a UID never changes: an entry keeps its size; a new entry takes the exact MIME length when the
 * content is known (cached, or just appended), otherwise Exchange's Size.
 */
final class IndexRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRecorder.class);

    private final MailContext context;

    IndexRecorder(MailContext context) {
        this.context = context;
    }

    /** Adds or updates the item's entry; empty if Exchange sent no article number for it. */
    Optional<IndexEntry> record(FolderIndex index, Item item, OptionalLong exactSize) throws Exception {
        OptionalLong uid = ItemProperties.articleNumber(item);
        ItemId id = item.getId();
        if (uid.isEmpty() || id == null) {
            LOG.warn("Exchange listed an item of folder {} without an article number; it is left out",
                    index.folderId());
            return Optional.empty();
        }
        String changeKey = id.getChangeKey() == null ? "" : id.getChangeKey();
        Optional<IndexEntry> existing = index.byUid(uid.getAsLong())
                .filter(e -> e.itemId().equals(id.getUniqueId()));
        MessageFlags flags = withLocalDeleted(ItemFlags.of(item), existing);
        long size = existing.map(IndexEntry::size).orElseGet(() -> newSize(item, id.getUniqueId(), changeKey,
                exactSize));
        long modSeq = existing.filter(e -> e.flags().equals(flags)).map(IndexEntry::modSeq)
                .orElseGet(index::nextModSeq);
        IndexEntry entry = new IndexEntry(uid.getAsLong(), id.getUniqueId(), changeKey, flags, size,
                ItemProperties.received(item).or(() -> existing.map(IndexEntry::internalDate))
                        .orElseGet(() -> context.clock().instant()),
                modSeq);
        index.put(entry);
        return Optional.of(entry);
    }

    private long newSize(Item item, String itemId, String changeKey, OptionalLong exactSize) {
        if (exactSize.isPresent()) {
            return exactSize.getAsLong();
        }
        Optional<Content> cached = context.cache().get(context.contentKey(itemId, changeKey));
        if (cached.isPresent()) {
            return cached.get().length();
        }
        try {
            return ItemProperties.size(item);
        } catch (Exception e) {
            return 0;
        }
    }

    /** DELETED lives only in the index, so a server-side update must not clear it. */
    private static MessageFlags withLocalDeleted(MessageFlags serverFlags, Optional<IndexEntry> existing) {
        if (existing.isEmpty() || !existing.get().flags().has(SystemFlag.DELETED)) {
            return serverFlags;
        }
        Set<SystemFlag> system = serverFlags.system().isEmpty() ? EnumSet.noneOf(SystemFlag.class)
                : EnumSet.copyOf(serverFlags.system());
        system.add(SystemFlag.DELETED);
        return new MessageFlags(system, serverFlags.keywords());
    }
}
