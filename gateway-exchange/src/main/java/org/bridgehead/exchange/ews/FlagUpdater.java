package org.bridgehead.exchange.ews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.enumeration.service.ConflictResolutionMode;
import microsoft.exchange.webservices.data.core.enumeration.service.MessageDisposition;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import microsoft.exchange.webservices.data.core.response.UpdateItemResponse;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.NotFoundException;
import org.bridgehead.exchange.PreconditionFailedException;
import org.bridgehead.exchange.mail.BatchResult;
import org.bridgehead.exchange.mail.FlagChange;
import org.bridgehead.exchange.mail.MailService;
import org.bridgehead.exchange.mail.MessageFlags;
import org.bridgehead.exchange.store.FolderIndex;
import org.bridgehead.exchange.store.IndexEntry;

/**
 * Flag changes: one UpdateItem per batch with a change per message. Unconditional changes use
 * AutoResolve, so a message changed meanwhile elsewhere is still updated; a conditional one (STORE
 * UNCHANGEDSINCE) sends the indexed change key with NeverOverwrite, so Exchange refuses it for a
 * message changed since, even where AutoResolve would have merged the change. The index takes the
 * new flags and change keys from the response, without another sync. Changes Exchange does not
 * store (DELETED) touch only the index.
 */
final class FlagUpdater {

    private final MailContext context;

    FlagUpdater(MailContext context) {
        this.context = context;
    }

    BatchResult setFlags(String folderId, List<Long> uids, FlagChange change, long unchangedSince)
            throws BackendException {
        boolean conditional = unchangedSince != MailService.UNCONDITIONAL;
        FolderIndex index = context.store().folder(folderId);
        synchronized (index.lock()) {
            List<Long> succeeded = new ArrayList<>();
            Map<Long, BackendException> failures = new HashMap<>();
            Map<Long, Long> modSeqs = new HashMap<>();
            List<Planned> toServer = new ArrayList<>();
            for (Long uid : uids) {
                Optional<IndexEntry> entry = index.byUid(uid);
                if (entry.isEmpty()) {
                    failures.put(uid, new NotFoundException("No message with UID " + uid, null));
                    continue;
                }
                if (entry.get().modSeq() > unchangedSince) {
                    failures.put(uid, new PreconditionFailedException("Message " + uid + " changed since modSeq "
                            + unchangedSince, null));
                    continue;
                }
                MessageFlags before = entry.get().flags();
                MessageFlags after = ItemFlags.storable(before, before.apply(change));
                if (ItemFlags.differOnServer(before, after)) {
                    toServer.add(new Planned(entry.get(), after));
                } else {
                    if (!after.equals(before)) {
                        long modSeq = index.nextModSeq();
                        index.put(entry.get().withFlags(after, entry.get().changeKey(), modSeq));
                        modSeqs.put(uid, modSeq);
                    }
                    succeeded.add(uid);
                }
            }
            BackendException batchFailure = null;
            for (List<Planned> batch : Batches.of(toServer, context.settings().idBatchSize())) {
                if (batchFailure == null) {
                    try {
                        update(index, batch, conditional, succeeded, failures, modSeqs);
                        continue;
                    } catch (BackendException e) {
                        batchFailure = e;
                    }
                }
                // After a failed request the server is unlikely to take the next; report, do not retry.
                for (Planned planned : batch) {
                    failures.put(planned.entry().uid(), batchFailure);
                }
            }
            index.commit();
            return new BatchResult(succeeded, failures, modSeqs);
        }
    }

    private void update(FolderIndex index, List<Planned> batch, boolean conditional, List<Long> succeeded,
            Map<Long, BackendException> failures, Map<Long, Long> modSeqs) throws BackendException {
        Instant now = context.clock().instant();
        List<Item> items = new ArrayList<>();
        for (Planned planned : batch) {
            try {
                ItemId id = MailContext.itemId(planned.entry().itemId());
                if (conditional) {
                    id.setChangeKey(planned.entry().changeKey());
                }
                ExistingMessage message = new ExistingMessage(context.service(), id);
                ItemFlags.writeChanges(message, planned.entry().flags(), planned.after(), now);
                items.add(message);
            } catch (Exception e) {
                throw context.failure(e);
            }
        }
        ServiceResponseCollection<UpdateItemResponse> responses = context.call("UpdateItem",
                () -> context.service().updateItems(items, null,
                        conditional ? ConflictResolutionMode.NeverOverwrite : ConflictResolutionMode.AutoResolve,
                        MessageDisposition.SaveOnly, null));
        for (int i = 0; i < batch.size(); i++) {
            IndexEntry entry = batch.get(i).entry();
            if (i >= responses.getCount()) {
                failures.put(entry.uid(), MailContext.unanswered(entry.uid()));
                continue;
            }
            UpdateItemResponse response = responses.getResponseAtIndex(i);
            if (!MailContext.succeeded(response)) {
                failures.put(entry.uid(), MailContext.failureOf(response));
                continue;
            }
            String changeKey = changeKeyOf(items.get(i), entry);
            // Flags are not part of the MIME content: what was cached stays valid for the new version.
            context.cache().alias(context.contentKey(entry), context.contentKey(entry.itemId(), changeKey));
            long modSeq = index.nextModSeq();
            index.put(entry.withFlags(batch.get(i).after(), changeKey, modSeq));
            modSeqs.put(entry.uid(), modSeq);
            succeeded.add(entry.uid());
        }
    }

    private static String changeKeyOf(Item item, IndexEntry entry) {
        try {
            String changeKey = item.getId().getChangeKey();
            return changeKey == null ? entry.changeKey() : changeKey;
        } catch (Exception e) {
            return entry.changeKey();
        }
    }

    private record Planned(IndexEntry entry, MessageFlags after) {
    }
}
