package org.bridgehead.exchange.ews;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import microsoft.exchange.webservices.data.core.response.GetItemResponse;
import microsoft.exchange.webservices.data.core.response.MoveCopyItemResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.ExchangeErrorException;
import org.bridgehead.exchange.NotFoundException;
import org.bridgehead.exchange.mail.Content;
import org.bridgehead.exchange.mail.CopyResult;
import org.bridgehead.exchange.store.FolderIndex;
import org.bridgehead.exchange.store.IndexEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copy and move: per batch one CopyItem or MoveItem with ReturnNewItemIds, then one GetItem of the
 * new items in the index shape, which gives their UIDs in the target (for COPYUID) and lets both
 * folder indexes be updated without a sync.
 */
final class MessageTransfer {

    private static final Logger LOG = LoggerFactory.getLogger(MessageTransfer.class);

    private final MailContext context;
    private final IndexRecorder recorder;
    private final OwnMoves ownMoves;

    MessageTransfer(MailContext context, OwnMoves ownMoves) {
        this.context = context;
        this.recorder = new IndexRecorder(context);
        this.ownMoves = ownMoves;
    }

    CopyResult transfer(String folderId, List<Long> uids, String targetFolderId, boolean move)
            throws BackendException {
        FolderIndex source = context.store().folder(folderId);
        FolderIndex target = context.store().folder(targetFolderId);
        Map<Long, Long> uidMap = new TreeMap<>();
        Map<Long, BackendException> failures = new HashMap<>();
        List<IndexEntry> entries = new ArrayList<>();
        for (Long uid : uids) {
            Optional<IndexEntry> entry = source.byUid(uid);
            if (entry.isPresent()) {
                entries.add(entry.get());
            } else {
                failures.put(uid, new NotFoundException("No message with UID " + uid, null));
            }
        }
        BackendException batchFailure = null;
        for (List<IndexEntry> batch : Batches.of(entries, context.settings().idBatchSize())) {
            if (batchFailure == null) {
                try {
                    transferBatch(source, target, batch, move, uidMap, failures);
                    continue;
                } catch (BackendException e) {
                    batchFailure = e;
                }
            }
            for (IndexEntry entry : batch) {
                failures.put(entry.uid(), batchFailure);
            }
        }
        return new CopyResult(target.uidValidity(), uidMap, failures);
    }

    private void transferBatch(FolderIndex source, FolderIndex target, List<IndexEntry> batch, boolean move,
            Map<Long, Long> uidMap, Map<Long, BackendException> failures) throws BackendException {
        if (!move) {
            transferBatchOnce(source, target, batch, false, uidMap, failures);
            return;
        }
        List<String> oldIds = batch.stream().map(IndexEntry::itemId).toList();
        // Recorded before the call: the echo of the move can come back before its response.
        ownMoves.moving(oldIds);
        List<String> moved = List.of();
        try {
            moved = transferBatchOnce(source, target, batch, true, uidMap, failures);
        } finally {
            ownMoves.moved(moved);
            List<String> notMoved = new ArrayList<>(oldIds);
            notMoved.removeAll(new HashSet<>(moved));
            ownMoves.notMoved(notMoved);
        }
    }

    /** Copies or moves one batch; returns the ids (before the move) of the items moved and recorded in both indexes. */
    private List<String> transferBatchOnce(FolderIndex source, FolderIndex target, List<IndexEntry> batch,
            boolean move, Map<Long, Long> uidMap, Map<Long, BackendException> failures) throws BackendException {
        List<ItemId> ids = new ArrayList<>();
        for (IndexEntry entry : batch) {
            ids.add(MailContext.itemId(entry.itemId()));
        }
        var targetId = MailContext.folderId(target.folderId());
        // Not repeated after an ambiguous failure: a repeated copy would duplicate the messages.
        ServiceResponseCollection<MoveCopyItemResponse> responses = move
                ? context.callOnce("MoveItem", () -> context.service().moveItems(ids, targetId, true))
                : context.callOnce("CopyItem", () -> context.service().copyItems(ids, targetId, true));
        List<IndexEntry> transferred = new ArrayList<>();
        List<ItemId> newIds = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            IndexEntry entry = batch.get(i);
            if (i >= responses.getCount()) {
                failures.put(entry.uid(), MailContext.unanswered(entry.uid()));
                continue;
            }
            MoveCopyItemResponse response = responses.getResponseAtIndex(i);
            if (!MailContext.succeeded(response)) {
                failures.put(entry.uid(), MailContext.failureOf(response));
                continue;
            }
            Item newItem = response.getItem();
            ItemId newId = newItem == null ? null : idOf(newItem);
            if (newId == null) {
                failures.put(entry.uid(), new ExchangeErrorException("Exchange did not return the new item's id",
                        "ErrorNoNewItemId", false, null));
                continue;
            }
            transferred.add(entry);
            newIds.add(newId);
        }
        if (move) {
            synchronized (source.lock()) {
                transferred.forEach(entry -> source.removeUid(entry.uid()));
                source.commit();
            }
        }
        if (!newIds.isEmpty()) {
            try {
                recordInTarget(target, transferred, newIds, uidMap, failures);
            } catch (BackendException e) {
                // The messages were copied or moved: reporting them as failed would invite a retry
                // that duplicates them. Their new UIDs stay unknown; the target's next sync lists them.
                LOG.warn("{} messages reached folder {} but their new UIDs could not be read: {}", newIds.size(),
                        target.folderId(), e.getMessage());
            }
        }
        // Only where both indexes know of the move is its echo redundant.
        return move ? transferred.stream().filter(entry -> uidMap.containsKey(entry.uid())).map(IndexEntry::itemId)
                .toList() : List.of();
    }

    private void recordInTarget(FolderIndex target, List<IndexEntry> transferred, List<ItemId> newIds,
            Map<Long, Long> uidMap, Map<Long, BackendException> failures) throws BackendException {
        ServiceResponseCollection<GetItemResponse> responses = context.call("GetItem",
                () -> context.service().bindToItems(newIds, ItemProperties.indexShape()));
        synchronized (target.lock()) {
            for (int i = 0; i < transferred.size(); i++) {
                IndexEntry entry = transferred.get(i);
                GetItemResponse response = i < responses.getCount() ? responses.getResponseAtIndex(i) : null;
                if (response == null || !MailContext.succeeded(response)) {
                    failures.put(entry.uid(), response == null
                            ? MailContext.unanswered(entry.uid())
                            : MailContext.failureOf(response));
                    continue;
                }
                try {
                    OptionalLong exactSize = context.cache().get(context.contentKey(entry))
                            .map(content -> OptionalLong.of(content.length())).orElseGet(OptionalLong::empty);
                    Optional<IndexEntry> recorded = recorder.record(target, response.getItem(), exactSize);
                    if (recorded.isPresent()) {
                        uidMap.put(entry.uid(), recorded.get().uid());
                        shareContent(entry, recorded.get());
                    } else {
                        failures.put(entry.uid(), new ExchangeErrorException(
                                "Exchange gave the new message no article number", "ErrorNoArticleNumber", false, null));
                    }
                } catch (BackendException e) {
                    failures.put(entry.uid(), e);
                } catch (Exception e) {
                    failures.put(entry.uid(), context.failure(e));
                }
            }
            target.commit();
        }
    }

    /** A copy has the same content as its original: a cached original serves the copy too. */
    private void shareContent(IndexEntry original, IndexEntry copy) {
        Optional<Content> cached = context.cache().get(context.contentKey(original));
        if (cached.isPresent()) {
            context.cache().alias(context.contentKey(original), context.contentKey(copy));
        }
    }

    private static ItemId idOf(Item item) {
        try {
            return item.getId();
        } catch (Exception e) {
            return null;
        }
    }
}
