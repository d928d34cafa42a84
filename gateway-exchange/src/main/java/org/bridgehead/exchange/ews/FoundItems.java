package org.bridgehead.exchange.ews;

import java.util.List;
import microsoft.exchange.webservices.data.core.response.GetItemResponse;
import microsoft.exchange.webservices.data.core.response.ServiceResponseCollection;
import microsoft.exchange.webservices.data.core.service.item.Item;
import org.bridgehead.exchange.BackendException;
import org.bridgehead.exchange.NotFoundException;
import org.bridgehead.exchange.store.IndexEntry;

/** The items a GetItem of index entries found; items deleted meanwhile are skipped, other failures thrown. */
final class FoundItems {

    @FunctionalInterface
    interface Found {
        void item(IndexEntry entry, Item item) throws BackendException;
    }

    private FoundItems() {
    }

    static void forEach(ServiceResponseCollection<GetItemResponse> responses, List<IndexEntry> batch, Found found)
            throws BackendException {
        for (int i = 0; i < responses.getCount() && i < batch.size(); i++) {
            GetItemResponse response = responses.getResponseAtIndex(i);
            if (!MailContext.succeeded(response)) {
                BackendException failure = MailContext.failureOf(response);
                if (failure instanceof NotFoundException) {
                    continue; // deleted meanwhile: absent from the result
                }
                throw failure;
            }
            found.item(batch.get(i), response.getItem());
        }
    }
}
