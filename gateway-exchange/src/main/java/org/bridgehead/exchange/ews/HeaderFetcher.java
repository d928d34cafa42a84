package org.bridgehead.exchange.ews;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.response.GetItemResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.ExchangeErrorException;
import org.bridgehead.exchange.mail.Content;
import org.bridgehead.exchange.mail.HeaderBlocks;
import org.bridgehead.exchange.store.FolderIndex;
import org.bridgehead.exchange.store.IndexEntry;

/**
 * Header blocks without bodies: from the folder index where known, else from cached content, else
 * with GetItem of PR_TRANSPORT_MESSAGE_HEADERS for many items per call. Only items Exchange keeps
 * no header block for (sent, appended, drafts) cost their full MIME content. What is learnt is kept
 * in the index: a UID's header block never changes.
 */
final class HeaderFetcher {

    private final MailContext context;
    private final MessageFetcher contents;

    HeaderFetcher(MailContext context, MessageFetcher contents) {
        this.context = context;
        this.contents = contents;
    }

    Map<Long, byte[]> headers(String folderId, List<Long> uids) throws BackendException {
        FolderIndex index = context.store().folder(folderId);
        Map<Long, byte[]> found = new HashMap<>();
        Map<Long, byte[]> learnt = new HashMap<>();
        List<IndexEntry> missing = new ArrayList<>();
        for (Long uid : new LinkedHashSet<>(uids)) {
            Optional<IndexEntry> entry = index.byUid(uid);
            if (entry.isEmpty()) {
                continue;
            }
            Optional<byte[]> known = index.header(uid);
            Optional<Content> cached = known.isPresent() ? Optional.empty()
                    : context.cache().get(context.contentKey(entry.get()));
            if (known.isPresent()) {
                found.put(uid, known.get());
            } else if (cached.isPresent()) {
                learnt.put(uid, headerOf(cached.get()));
            } else {
                missing.add(entry.get());
            }
        }
        List<Long> withoutBlock = new ArrayList<>();
        for (List<IndexEntry> batch : Batches.of(missing, context.settings().idBatchSize())) {
            fetchBatch(batch, learnt, withoutBlock);
        }
        if (!withoutBlock.isEmpty()) {
            for (Map.Entry<Long, Content> content : contents.fetch(folderId, withoutBlock).entrySet()) {
                learnt.put(content.getKey(), headerOf(content.getValue()));
            }
        }
        remember(index, learnt);
        found.putAll(learnt);
        Map<Long, byte[]> ordered = new LinkedHashMap<>();
        for (Long uid : uids) {
            byte[] header = found.get(uid);
            if (header != null) {
                ordered.put(uid, header);
            }
        }
        return Collections.unmodifiableMap(ordered);
    }

    private void fetchBatch(List<IndexEntry> batch, Map<Long, byte[]> learnt, List<Long> withoutBlock)
            throws BackendException {
        List<ItemId> ids = new ArrayList<>();
        for (IndexEntry entry : batch) {
            ids.add(MailContext.itemId(entry.itemId()));
        }
        ServiceResponseCollection<GetItemResponse> responses = context.call("GetItem",
                () -> context.service().bindToItems(ids, ItemProperties.headerShape()));
        FoundItems.forEach(responses, batch, (entry, item) -> {
            Optional<String> text;
            try {
                text = ItemProperties.extended(item, ItemProperties.TRANSPORT_HEADERS, String.class);
            } catch (Exception e) {
                throw context.failure(e);
            }
            if (text.isPresent() && !text.get().isBlank()) {
                learnt.put(entry.uid(), HeaderBlocks.fromTransportHeaders(text.get()));
            } else {
                withoutBlock.add(entry.uid());
            }
        });
    }

    private static void remember(FolderIndex index, Map<Long, byte[]> learnt) {
        if (learnt.isEmpty()) {
            return;
        }
        synchronized (index.lock()) {
            learnt.forEach(index::putHeader);
            index.commit();
        }
    }

    private static byte[] headerOf(Content content) throws BackendException {
        try (InputStream in = content.openStream()) {
            return HeaderBlocks.read(in);
        } catch (IOException e) {
            throw new ExchangeErrorException("Could not read a cached message: " + e.getMessage(), "CacheReadFailed",
                    true, e);
        }
    }
}
