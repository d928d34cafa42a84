package org.bridgehead.exchange.ews;

import java.io.IOException;
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
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import microsoft.exchange.webservices.data.property.complex.MimeContent;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.ExchangeErrorException;
import org.bridgehead.exchange.cache.ContentCache;
import org.bridgehead.exchange.cache.ContentKey;
import org.bridgehead.exchange.cache.ContentSink;
import org.bridgehead.exchange.mail.Content;
import org.bridgehead.exchange.store.FolderIndex;
import org.bridgehead.exchange.store.IndexEntry;

/**
 * Message content: from the cache where possible, the rest with GetItem (MIME content) for many
 * items per call, in batches bounded by count and by estimated bytes.
 */
final class MessageFetcher {

    private final MailContext context;

    MessageFetcher(MailContext context) {
        this.context = context;
    }

    Map<Long, Content> fetch(String folderId, List<Long> uids) throws BackendException {
        FolderIndex index = context.store().folder(folderId);
        Map<Long, Content> found = new HashMap<>();
        List<IndexEntry> missing = new ArrayList<>();
        for (Long uid : new LinkedHashSet<>(uids)) {
            Optional<IndexEntry> entry = index.byUid(uid);
            if (entry.isEmpty()) {
                continue;
            }
            Optional<Content> cached = context.cache().get(context.contentKey(entry.get()));
            if (cached.isPresent()) {
                found.put(uid, cached.get());
            } else {
                missing.add(entry.get());
            }
        }
        MailSettings settings = context.settings();
        for (List<IndexEntry> batch : Batches.of(missing, settings.batchSize(), settings.fetchBatchBytes(),
                IndexEntry::size)) {
            found.putAll(fetchBatch(batch));
        }
        Map<Long, Content> ordered = new LinkedHashMap<>();
        for (Long uid : uids) {
            Content content = found.get(uid);
            if (content != null) {
                ordered.put(uid, content);
            }
        }
        return Collections.unmodifiableMap(ordered);
    }

    /**
     * One GetItem for the batch, its MIME contents streamed into cache sinks as they arrive (see
     * {@link MimeDownload}), never held whole on the heap.
     */
    private Map<Long, Content> fetchBatch(List<IndexEntry> batch) throws BackendException {
        List<ItemId> ids = new ArrayList<>();
        for (IndexEntry entry : batch) {
            ids.add(MailContext.itemId(entry.itemId()));
        }
        ContentCache cache = context.cache();
        try (MimeDownload.Expectation download = context.service().mimeDownload().expect(cache::sink)) {
            ServiceResponseCollection<GetItemResponse> responses = context.call("GetItem",
                    () -> context.service().bindToItems(ids, ItemProperties.mimeShape()));
            Map<Long, Content> contents = new HashMap<>();
            FoundItems.forEach(responses, batch,
                    (entry, item) -> contents.put(entry.uid(), store(download, entry, item)));
            return contents;
        }
    }

    private Content store(MimeDownload.Expectation download, IndexEntry entry, Item item) throws BackendException {
        try {
            String changeKey = item.getId() != null && item.getId().getChangeKey() != null
                    ? item.getId().getChangeKey() : entry.changeKey();
            ContentKey key = context.contentKey(entry.itemId(), changeKey);
            MimeContent mime = item.getMimeContent();
            if (mime == null || mime.getContent() == null) {
                return context.cache().put(key, new byte[0]);
            }
            Optional<ContentSink> sink = download.take(mime.getContent());
            if (sink.isEmpty()) {
                throw new ExchangeErrorException("The MIME content of a message did not arrive as it was sent",
                        "MimeContentLost", true, null);
            }
            return context.cache().put(key, sink.get());
        } catch (IOException e) {
            throw new ExchangeErrorException("Could not spool a message to the cache directory", "CacheWriteFailed",
                    true, e);
        } catch (BackendException e) {
            throw e;
        } catch (Exception e) {
            throw context.failure(e);
        }
    }
}
