package org.bridgehead.exchange.ews;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import microsoft.exchange.webservices.data.core.enumeration.service.DeleteMode;
import microsoft.exchange.webservices.data.core.response.ServiceResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import microsoft.exchange.webservices.data.property.complex.ItemId;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.NotFoundException;
import org.bridgehead.exchange.mail.BatchResult;
import org.bridgehead.exchange.store.FolderIndex;
import org.bridgehead.exchange.store.IndexEntry;

/**
 * Expunge: DeleteItem (SoftDelete, recoverable by the user as Exchange allows) for many items per
 * call. A message already gone from Exchange counts as expunged: it is gone either way.
 */
final class MessageExpunger {

    private final MailContext context;

    MessageExpunger(MailContext context) {
        this.context = context;
    }

    BatchResult expunge(String folderId, List<Long> uids) throws BackendException {
        FolderIndex index = context.store().folder(folderId);
        List<Long> succeeded = new ArrayList<>();
        Map<Long, BackendException> failures = new HashMap<>();
        Map<Long, Long> modSeqs = new HashMap<>();
        List<IndexEntry> entries = new ArrayList<>();
        for (Long uid : uids) {
            Optional<IndexEntry> entry = index.byUid(uid);
            if (entry.isPresent()) {
                entries.add(entry.get());
            } else {
                succeeded.add(uid);
            }
        }
        BackendException batchFailure = null;
        for (List<IndexEntry> batch : Batches.of(entries, context.settings().idBatchSize())) {
            if (batchFailure == null) {
                try {
                    deleteBatch(index, batch, succeeded, failures, modSeqs);
                    continue;
                } catch (BackendException e) {
                    batchFailure = e;
                }
            }
            for (IndexEntry entry : batch) {
                failures.put(entry.uid(), batchFailure);
            }
        }
        return new BatchResult(succeeded, failures, modSeqs);
    }

    private void deleteBatch(FolderIndex index, List<IndexEntry> batch, List<Long> succeeded,
            Map<Long, BackendException> failures, Map<Long, Long> modSeqs) throws BackendException {
        List<ItemId> ids = new ArrayList<>();
        for (IndexEntry entry : batch) {
            ids.add(MailContext.itemId(entry.itemId()));
        }
        ServiceResponseCollection<ServiceResponse> responses = context.call("DeleteItem",
                () -> context.service().deleteItems(ids, DeleteMode.SoftDelete, null, null));
        synchronized (index.lock()) {
            for (int i = 0; i < batch.size(); i++) {
                IndexEntry entry = batch.get(i);
                if (i >= responses.getCount()) {
                    failures.put(entry.uid(), MailContext.unanswered(entry.uid()));
                    continue;
                }
                ServiceResponse response = responses.getResponseAtIndex(i);
                BackendException failure = MailContext.succeeded(response) ? null : MailContext.failureOf(response);
                if (failure == null || failure instanceof NotFoundException) {
                    long modSeq = index.removeUid(entry.uid());
                    if (modSeq > 0) {
                        modSeqs.put(entry.uid(), modSeq);
                    }
                    succeeded.add(entry.uid());
                } else {
                    failures.put(entry.uid(), failure);
                }
            }
            index.commit();
        }
    }
}
